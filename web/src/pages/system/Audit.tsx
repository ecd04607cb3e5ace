// The audit log (R6.1.3): who changed what, when, from where; before and after side by side.
import { Card, DatePicker, Input, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import { ACTION_COLOURS, AuditObjectRef, Changes, useAuditLabels } from '../../components/AuditParts';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from '../../lib/audit';
import { useApi } from '../../lib/useApi';
import { useTableQuery } from '../../lib/useTableQuery';

export default function Audit() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const table = useTableQuery(50);
  const f = table.filters;
  const actors = useApi<{ results: string[] }>('/api/v1/audit/actors');
  const byLabel = (input: string, option?: { label?: unknown; value?: unknown }) =>
    `${String(option?.label ?? '')} ${String(option?.value ?? '')}`.toLowerCase().includes(input.toLowerCase());
  return (
    <PageContainer title={t('nav.audit')} subTitle={t('audit.subtitle')} crumbs={[{ title: t('nav.group.system') }, { title: t('nav.audit') }]} testId="audit-page">
      <Card>
        <div className="filter-bar">
          <Select
            allowClear
            showSearch
            data-testid="audit-filter-actor"
            placeholder={t('audit.allActors')}
            value={f.actor || undefined}
            onChange={(v) => table.setFilter('actor', v)}
            options={(actors.data?.results ?? []).map((a) => ({ value: a, label: a }))}
            filterOption={byLabel}
            style={{ width: 170 }}
          />
          <Select
            allowClear
            showSearch
            data-testid="audit-filter-action"
            placeholder={t('audit.allActions')}
            value={f.action || undefined}
            onChange={(v) => table.setFilter('action', v)}
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: labels.action(a) }))}
            filterOption={byLabel}
            style={{ width: 170 }}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            showSearch
            data-testid="audit-filter-type"
            placeholder={t('audit.allObjectTypes')}
            value={f.object_type || undefined}
            onChange={(v) => table.setFilter('object_type', v)}
            options={AUDIT_OBJECT_TYPES.map((o) => ({ value: o, label: labels.objectType(o) }))}
            filterOption={byLabel}
            style={{ width: 170 }}
            popupMatchSelectWidth={false}
          />
          <Input.Search allowClear placeholder={t('audit.objectId')} defaultValue={f.object_id} onSearch={(v) => table.setFilter('object_id', v)} style={{ width: 130 }} />
          <RefSelect kind="customers" placeholder={t('dcim.customer')} value={f.customer ? Number(f.customer) : undefined} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          <DatePicker.RangePicker
            data-testid="audit-filter-dates"
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
          exportName={t('nav.audit')}
          expandable={{ expandedRowRender: (e) => <Changes entry={e} /> }}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v) => <DateTime value={v} /> },
            { title: t('audit.actor'), dataIndex: 'actor', render: (a) => <a onClick={() => table.setFilter('actor', a)}>{a}</a> },
            { title: t('audit.action'), dataIndex: 'action', render: (a) => <Tag color={ACTION_COLOURS[a] ?? 'default'}>{labels.action(a)}</Tag> },
            { title: t('audit.objectType'), dataIndex: 'object_type', render: (_, e) => <AuditObjectRef entry={e} /> },
            { title: t('dcim.customer'), dataIndex: 'customer_id', render: (c) => (c ? <RefName kind="customers" id={c} /> : '—') },
            { title: t('audit.source'), dataIndex: 'source', render: (s) => <span className="mono">{s}</span> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
