// The audit log (R6.1.3): who changed what, when, from where; before and after side by side.
import { Card, DatePicker, Descriptions, Input, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';

const ACTION_COLOURS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  login: 'cyan',
  logout: 'default',
  disable: 'orange',
  enable: 'green',
};

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const before = (entry.before && typeof entry.before === 'object' ? entry.before : {}) as Record<string, unknown>;
  const after = (entry.after && typeof entry.after === 'object' ? entry.after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = keys
    .map((k) => ({ key: k, before: show(before[k]), after: show(after[k]), changed: show(before[k]) !== show(after[k]) }))
    .sort((a, b) => Number(b.changed) - Number(a.changed));
  return (
    <div style={{ maxWidth: 1100 }}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('audit.requestId')}>
          <Typography.Text className="mono" copyable>
            {entry.request_id || '—'}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.roles')}>{entry.roles}</Descriptions.Item>
        <Descriptions.Item label={t('audit.hash')}>
          <Typography.Text className="mono" ellipsis={{ tooltip: entry.hash }} style={{ maxWidth: 220 }}>
            {entry.hash}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('audit.field'), dataIndex: 'key', width: 180, render: (k, r) => <span className="mono" style={{ fontWeight: r.changed ? 600 : 400 }}>{k}</span> },
          { title: t('audit.before'), dataIndex: 'before', render: (v, r) => <span className="mono" style={{ color: r.changed ? '#cf1322' : undefined, wordBreak: 'break-all' }}>{v}</span> },
          { title: t('audit.after'), dataIndex: 'after', render: (v, r) => <span className="mono" style={{ color: r.changed ? '#389e0d' : undefined, wordBreak: 'break-all' }}>{v}</span> },
        ]}
      />
    </div>
  );
}

export default function Audit() {
  const { t } = useTranslation();
  const table = useTableQuery(50);
  const f = table.filters;
  return (
    <PageContainer title={t('nav.audit')} subTitle={t('audit.subtitle')} crumbs={[{ title: t('nav.group.system') }, { title: t('nav.audit') }]} testId="audit-page">
      <Card>
        <div className="filter-bar">
          <Input.Search allowClear placeholder={t('audit.actor')} defaultValue={f.actor} onSearch={(v) => table.setFilter('actor', v)} style={{ width: 170 }} />
          <Input.Search allowClear placeholder={t('audit.objectType')} defaultValue={f.object_type} onSearch={(v) => table.setFilter('object_type', v)} style={{ width: 190 }} />
          <Input.Search allowClear placeholder={t('audit.objectId')} defaultValue={f.object_id} onSearch={(v) => table.setFilter('object_id', v)} style={{ width: 140 }} />
          <Input.Search allowClear placeholder={t('audit.action')} defaultValue={f.action} onSearch={(v) => table.setFilter('action', v)} style={{ width: 150 }} />
          <RefSelect kind="customers" placeholder={t('dcim.customer')} value={f.customer ? Number(f.customer) : undefined} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          <DatePicker.RangePicker
            value={f.from && f.to ? [dayjs(f.from), dayjs(f.to)] : null}
            onChange={(r) => table.setFilters({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          />
        </div>
        <ServerTable<AuditEntry>
          path="/api/v1/audit"
          query={{ actor: f.actor, object_type: f.object_type, object_id: f.object_id, action: f.action, customer: f.customer, from: f.from, to: f.to }}
          filterKeys={['actor', 'object_type', 'object_id', 'action', 'customer', 'from', 'to']}
          table={table}
          testId="audit-table"
          expandable={{ expandedRowRender: (e) => <Changes entry={e} /> }}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v) => <DateTime value={v} /> },
            { title: t('audit.actor'), dataIndex: 'actor', render: (a) => <a onClick={() => table.setFilter('actor', a)}>{a}</a> },
            { title: t('audit.action'), dataIndex: 'action', render: (a) => <Tag color={ACTION_COLOURS[a] ?? 'default'}>{t(`audit.actions.${a}`, { defaultValue: a })}</Tag> },
            {
              title: t('audit.object'),
              render: (_, e) => (
                <span>
                  <a className="mono" onClick={() => table.setFilters({ object_type: e.object_type, object_id: e.object_id })}>
                    {e.object_type}
                  </a>{' '}
                  <span className="muted">#{e.object_id}</span>
                </span>
              ),
            },
            { title: t('dcim.customer'), dataIndex: 'customer_id', render: (c) => (c ? <RefName kind="customers" id={c} /> : '—') },
            { title: t('audit.source'), dataIndex: 'source', render: (s) => <span className="mono">{s}</span> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
