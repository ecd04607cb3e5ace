// A table whose rows are paginated, filtered and sorted by the server ({count, results}), with the
// toolbar every list shares: refresh, saved filters, density and column settings (kept per user),
// row selection for bulk actions, CSV import where the API imports, and export of what the filter
// shows.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Space, Table, Tooltip, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useState, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, Query } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { exportColumns } from '../lib/export';
import { useApi } from '../lib/useApi';
import { applySettings, parseSettings, storageKey, type TableSettings } from '../lib/tableSettings';
import { PAGE_SIZES, type TableQuery } from '../lib/useTableQuery';
import ExportButton from './ExportButton';
import ProblemAlert from './ProblemAlert';
import { ColumnSettings, CsvImportButton, DensitySwitch, SavedViews } from './TableTools';

export interface ServerTableHandle {
  reload: () => void;
}

interface Props<T> extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'loading'> {
  path: string;
  /** Filters sent to the server (besides limit and offset). */
  query?: Query;
  table: TableQuery;
  emptyText?: ReactNode;
  /** Keys of `query` that, when set, count as filtering (for the "clear filters" action). */
  filterKeys?: string[];
  testId?: string;
  /** Names the list ("dcim.devices"): turns on saved filters and per-user column settings. */
  listKey?: string;
  /** Buttons at the start of the toolbar (export, …). */
  toolbar?: ReactNode;
  /** Shown above the table while rows are selected; `clear` unselects (after the action). */
  bulkActions?: (ids: Key[], clear: () => void, reload: () => void) => ReactNode;
  /** POST a CSV file here (text/csv) to import; the answer's per-line errors are shown. */
  importPath?: string;
  /** Reshapes the page's rows before showing them (a hierarchy with `children`). */
  transform?: (rows: T[]) => T[];
  /** The exported file's name (without extension); export is offered unless `exportable` is false. */
  exportName?: string;
  exportable?: boolean;
  /** The server's sort key while the person has not sorted by a column. */
  defaultSort?: string;
}

function useSettings(listKey: string | undefined) {
  const { user } = useAuth();
  const key = listKey ? storageKey(user?.id, listKey) : null;
  const [settings, setSettings] = useState<TableSettings>(() => parseSettings(key ? localStorage.getItem(key) : null));
  useEffect(() => {
    setSettings(parseSettings(key ? localStorage.getItem(key) : null));
  }, [key]);
  const save = useCallback(
    (s: TableSettings) => {
      setSettings(s);
      if (key) localStorage.setItem(key, JSON.stringify(s));
    },
    [key],
  );
  return [settings, save] as const;
}

function ServerTableInner<T extends object>(
  {
    path,
    query,
    table,
    emptyText,
    filterKeys,
    testId,
    listKey,
    toolbar,
    bulkActions,
    importPath,
    transform,
    exportName,
    exportable = true,
    defaultSort,
    ...rest
  }: Props<T>,
  ref: React.Ref<ServerTableHandle>,
) {
  const { t } = useTranslation();
  const { page, size } = table;
  const sort = table.filters.sort;
  const state = useApi<Page<T>>(path, { ...query, sort: sort ?? defaultSort, limit: size, offset: (page - 1) * size });
  useImperativeHandle(ref, () => ({ reload: state.reload }), [state.reload]);
  const [settings, saveSettings] = useSettings(listKey);
  const [selected, setSelected] = useState<Key[]>([]);
  const clearSelection = useCallback(() => setSelected([]), []);
  // A different page or filter shows other rows: a selection of rows no longer shown would act unseen.
  const queryKey = JSON.stringify([query, page, size, sort]);
  useEffect(() => setSelected([]), [queryKey]);

  const columns = useMemo(() => {
    const sorted = rest.columns?.map((c) => {
      if (!('sorter' in c) || !c.sorter) return c;
      const key = String(c.key ?? ('dataIndex' in c ? c.dataIndex : ''));
      const order = sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null;
      return { ...c, sortOrder: order } as typeof c;
    });
    return sorted && listKey ? applySettings(sorted, settings) : sorted;
  }, [rest.columns, sort, listKey, settings]);

  const tools = (
    <div className="table-toolbar" data-testid={testId ? `${testId}-toolbar` : undefined}>
      <Space wrap size={8}>
        {toolbar}
        {exportable && !!state.data?.count && (
          <ExportButton path={path} query={{ ...query, sort: sort ?? defaultSort }} columns={exportColumns(rest.columns)} name={exportName} />
        )}
        {importPath && <CsvImportButton path={importPath} onDone={state.reload} />}
        {listKey && <SavedViews listKey={listKey} table={table} />}
      </Space>
      <Space size={4}>
        <Tooltip title={t('tables.refresh')}>
          <Button type="text" icon={<ReloadOutlined spin={state.loading} />} onClick={state.reload} aria-label={t('tables.refresh')} data-testid="table-refresh" />
        </Tooltip>
        {listKey && <DensitySwitch settings={settings} onChange={saveSettings} />}
        {listKey && rest.columns && <ColumnSettings columns={rest.columns} settings={settings} onChange={saveSettings} />}
      </Space>
    </div>
  );

  if (state.error && !state.data) {
    return (
      <div data-testid={testId}>
        {tools}
        <ProblemAlert error={state.error} />
        <Button onClick={state.reload}>{t('common.retry')}</Button>
      </div>
    );
  }
  if (!state.data) {
    return (
      <div data-testid={testId} className="table-skeleton">
        {tools}
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  const filtered = (filterKeys ?? []).some((k) => query && query[k] !== undefined && query[k] !== '');
  const onChange: TableProps<T>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T>;
      const key = (s.columnKey ?? (s.field as string | undefined)) as string | undefined;
      table.setFilter('sort', s.order && key ? (s.order === 'descend' ? `-${key}` : key) : null);
      return;
    }
    table.setPage(pagination.current ?? 1, pagination.pageSize);
  };
  return (
    <div data-testid={testId}>
      {tools}
      {state.error && <ProblemAlert error={state.error} />}
      {bulkActions && selected.length > 0 && (
        <div className="table-bulkbar" data-testid="table-bulkbar">
          <span>{t('tables.selected', { count: selected.length })}</span>
          <Space wrap size={8}>
            {bulkActions(selected, clearSelection, state.reload)}
            <Button size="small" type="link" onClick={clearSelection}>
              {t('tables.unselect')}
            </Button>
          </Space>
        </div>
      )}
      <Table<T>
        size={listKey ? settings.density : 'middle'}
        rowKey={'id' as keyof T as string}
        {...rest}
        rowSelection={bulkActions ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys), preserveSelectedRowKeys: false } : rest.rowSelection}
        columns={columns}
        loading={state.loading}
        dataSource={transform ? transform(state.data.results) : state.data.results}
        onChange={onChange}
        scroll={{ x: 'max-content', ...rest.scroll }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filtered ? t('common.noMatches') : (emptyText ?? t('common.empty'))}
            >
              {filtered && (
                <Button size="small" onClick={table.reset}>
                  {t('common.clearFilters')}
                </Button>
              )}
            </Empty>
          ),
        }}
        pagination={{
          current: page,
          pageSize: size,
          total: state.data.count,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total, range) => t('common.range', { from: range[0], to: range[1], total }),
          hideOnSinglePage: false,
        }}
      />
    </div>
  );
}

const ServerTable = forwardRef(ServerTableInner) as <T extends object>(
  p: Props<T> & { ref?: React.Ref<ServerTableHandle> },
) => ReturnType<typeof ServerTableInner>;
export default ServerTable;
