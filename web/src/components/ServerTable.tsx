// A table whose rows are paginated, filtered and sorted by the server ({count, results}).
import { Button, Empty, Skeleton, Table, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { forwardRef, useImperativeHandle, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, Query } from '../api/client';
import { exportColumns } from '../lib/export';
import { useApi } from '../lib/useApi';
import { PAGE_SIZES, type TableQuery } from '../lib/useTableQuery';
import ExportButton from './ExportButton';
import ProblemAlert from './ProblemAlert';

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
  /** The exported file's name (without extension); export is offered unless `exportable` is false. */
  exportName?: string;
  exportable?: boolean;
  /** The server's sort key while the person has not sorted by a column. */
  defaultSort?: string;
}

function ServerTableInner<T extends object>(
  { path, query, table, emptyText, filterKeys, testId, exportName, exportable = true, defaultSort, ...rest }: Props<T>,
  ref: React.Ref<ServerTableHandle>,
) {
  const { t } = useTranslation();
  const { page, size } = table;
  const sort = table.filters.sort;
  const state = useApi<Page<T>>(path, { ...query, sort: sort ?? defaultSort, limit: size, offset: (page - 1) * size });
  useImperativeHandle(ref, () => ({ reload: state.reload }), [state.reload]);

  if (state.error && !state.data) {
    return (
      <div data-testid={testId}>
        <ProblemAlert error={state.error} />
        <Button onClick={state.reload}>{t('common.retry')}</Button>
      </div>
    );
  }
  if (!state.data) {
    return (
      <div data-testid={testId} className="table-skeleton">
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
  const columns = rest.columns?.map((c) => {
    if (!('sorter' in c) || !c.sorter) return c;
    const key = String(c.key ?? ('dataIndex' in c ? c.dataIndex : ''));
    const order = sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null;
    return { ...c, sortOrder: order } as typeof c;
  });
  return (
    <div data-testid={testId}>
      {state.error && <ProblemAlert error={state.error} />}
      {exportable && state.data.count > 0 && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}>
          <ExportButton path={path} query={{ ...query, sort: sort ?? defaultSort }} columns={exportColumns(rest.columns)} name={exportName} />
        </div>
      )}
      <Table<T>
        size="middle"
        rowKey={'id' as keyof T as string}
        {...rest}
        columns={columns}
        loading={state.loading}
        dataSource={state.data.results}
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
