// The tools of a list's toolbar: saved filters (on the server, per user), density and column
// settings (in the browser, per user) and CSV import with the server's per-line errors.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  ColumnHeightOutlined,
  DeleteOutlined,
  SaveOutlined,
  SettingOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { App, Button, Checkbox, Dropdown, Form, Input, Modal, Popover, Select, Space, Tooltip, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { SavedView } from '../api/types';
import { useApi } from '../lib/useApi';
import {
  columnId,
  DEFAULT_SETTINGS,
  moveColumn,
  sameQuery,
  toggleHidden,
  viewQuery,
  type Density,
  type TableSettings,
} from '../lib/tableSettings';
import type { TableQuery } from '../lib/useTableQuery';
import ProblemAlert from './ProblemAlert';

export function DensitySwitch({ settings, onChange }: { settings: TableSettings; onChange: (s: TableSettings) => void }) {
  const { t } = useTranslation();
  const items = (['large', 'middle', 'small'] as Density[]).map((d) => ({ key: d, label: t(`tables.density.${d}`) }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{ items, selectable: true, selectedKeys: [settings.density], onClick: ({ key }) => onChange({ ...settings, density: key as Density }) }}
    >
      <Tooltip title={t('tables.density.title')}>
        <Button type="text" icon={<ColumnHeightOutlined />} aria-label={t('tables.density.title')} data-testid="table-density" />
      </Tooltip>
    </Dropdown>
  );
}

export function ColumnSettings<T>({
  columns,
  settings,
  onChange,
}: {
  columns: ColumnsType<T>;
  settings: TableSettings;
  onChange: (s: TableSettings) => void;
}) {
  const { t } = useTranslation();
  const ids = columns.map((c, i) => columnId(c as never, i));
  const ordered = moveColumn(ids, settings, '', 1); // the current order, unchanged
  const titleOf = (id: string): ReactNode => {
    const c = columns[ids.indexOf(id)] as { title?: unknown };
    return typeof c?.title === 'function' ? id : ((c?.title as ReactNode) ?? id);
  };
  const content = (
    <div className="column-settings" data-testid="column-settings">
      {ordered.map((id, i) => (
        <div key={id} className="column-settings-row">
          <Checkbox checked={!settings.hidden.includes(id)} onChange={(e) => onChange(toggleHidden(settings, id, e.target.checked))}>
            {titleOf(id)}
          </Checkbox>
          <Space size={0}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('tables.columns.up')} onClick={() => onChange({ ...settings, order: moveColumn(ids, settings, id, -1) })} />
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === ordered.length - 1} aria-label={t('tables.columns.down')} onClick={() => onChange({ ...settings, order: moveColumn(ids, settings, id, 1) })} />
          </Space>
        </div>
      ))}
      <Button size="small" type="link" onClick={() => onChange({ ...DEFAULT_SETTINGS, density: settings.density })}>
        {t('tables.columns.reset')}
      </Button>
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('tables.columns.title')} content={content}>
      <Tooltip title={t('tables.columns.title')}>
        <Button type="text" icon={<SettingOutlined />} aria-label={t('tables.columns.title')} data-testid="table-columns" />
      </Tooltip>
    </Popover>
  );
}

export function SavedViews({ listKey, table }: { listKey: string; table: TableQuery }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const views = useApi<SavedView[]>('/api/v1/me/saved-views', { page: listKey });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const current = viewQuery(table.filters);
  const active = views.data?.find((v) => sameQuery(v.query, current));
  const apply = (v: SavedView) => {
    const cleared: Record<string, null | string> = {};
    for (const k of Object.keys(table.filters)) cleared[k] = null;
    table.setFilters({ ...cleared, ...v.query });
  };
  const remove = (v: SavedView) =>
    modal.confirm({
      title: t('tables.views.deleteConfirm', { name: v.name }),
      okText: t('common.remove'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        await api.del(`/api/v1/me/saved-views/${v.id}`);
        views.reload();
      },
    });
  return (
    <>
      <Select
        size="middle"
        placeholder={t('tables.views.placeholder')}
        value={active?.id}
        style={{ minWidth: 160 }}
        popupMatchSelectWidth={false}
        onChange={(id) => {
          const v = views.data?.find((x) => x.id === id);
          if (v) apply(v);
        }}
        notFoundContent={<span className="muted">{t('tables.views.none')}</span>}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        optionRender={(o) => {
          const v = views.data?.find((x) => x.id === o.value);
          return (
            <div className="saved-view-option">
              <span>{o.label}</span>
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
                onClick={(e) => {
                  e.stopPropagation();
                  if (v) remove(v);
                }}
              />
            </div>
          );
        }}
        data-testid="saved-views"
      />
      <Button icon={<SaveOutlined />} onClick={() => { setError(null); form.resetFields(); setSaving(true); }} data-testid="saved-views-save">
        {t('tables.views.save')}
      </Button>
      <Modal
        open={saving}
        title={t('tables.views.saveTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'saved-views-ok' } as never}
        onCancel={() => setSaving(false)}
        onOk={async () => {
          const { name } = await form.validateFields();
          try {
            await api.post<SavedView>('/api/v1/me/saved-views', { page: listKey, name, query: current });
            message.success(t('common.saved'));
            setSaving(false);
            views.reload();
          } catch (e) {
            if (e instanceof ApiError) setError(e);
            else throw e;
          }
        }}
      >
        {error && <ProblemAlert error={error} rest={error.problem.errors} />}
        <p className="muted">{Object.keys(current).length ? t('tables.views.saveHint') : t('tables.views.saveAll')}</p>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="name" label={t('tables.views.name')} rules={[{ required: true, whitespace: true, message: t('tables.views.nameRequired') }, { max: 100 }]}>
            <Input autoFocus maxLength={100} data-testid="saved-views-name" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

interface CsvReport {
  created: number;
  updated: number;
  unchanged: number;
}

export function CsvImportButton({ path, onDone }: { path: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      <Upload
        accept=".csv,text/csv"
        showUploadList={false}
        beforeUpload={async (file) => {
          setBusy(true);
          try {
            const r = await api.upload<CsvReport>(path, await file.arrayBuffer(), 'text/csv');
            message.success(t('tables.import.done', { ...r }));
            onDone();
          } catch (e) {
            if (e instanceof ApiError) setError(e);
            else throw e;
          } finally {
            setBusy(false);
          }
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid="table-import">
          {t('tables.import.button')}
        </Button>
      </Upload>
      <Modal
        open={!!error}
        title={t('tables.import.failed')}
        footer={<Button onClick={() => setError(null)}>{t('common.done')}</Button>}
        onCancel={() => setError(null)}
        width={640}
      >
        {error && <ProblemAlert error={error} rest={error.problem.errors} />}
        <p className="muted">{t('tables.import.nothingWritten')}</p>
      </Modal>
    </>
  );
}
