// The agent queue (staff) and "my tickets" (customers): filters by status, type, priority, group,
// breached and due time, sorted on the server, saved views and export; customers raise a ticket
// for their own devices here (the server refuses anyone else's).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Switch } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import type { ServicedeskDetail, ServicedeskTicket } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import DateTime from '../../../components/DateTime';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../../components/ServerTable';
import { useApi } from '../../../lib/useApi';
import { useTableQuery } from '../../../lib/useTableQuery';
import { CATEGORIES, GROUPS, PRIORITIES, PriorityTag, STATUSES, TYPES, TicketStatusTag } from './shared';

interface NewTicket {
  type: string;
  category?: string;
  customer_id?: number;
  title: string;
  description?: string;
  impact: number;
  urgency: number;
  group?: string;
  devices?: number[];
}

interface Named {
  id: number;
  name: string;
}

export default function Tickets() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [creating, setCreating] = useState(false);
  const [type, setType] = useState('incident');
  const f = table.filters;
  const devices = useApi<{ results: Named[] }>(creating ? '/api/v1/dcim/devices' : null, { limit: 500 });
  const customers = useApi<{ results: Named[] }>(creating && !isCustomer ? '/api/v1/customers' : null, { limit: 500 });
  const title = isCustomer ? t('nav.myTickets') : t('nav.tickets');
  const levels = [1, 2, 3].map((l) => ({ value: l, label: t(`servicedesk.levels.${l}`) }));
  return (
    <PageContainer
      title={title}
      subTitle={isCustomer ? t('servicedesk.portalSubtitle') : t('servicedesk.queueSubtitle')}
      crumbs={[{ title }]}
      testId="tickets-page"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="ticket-create">
          {t('servicedesk.create')}
        </Button>
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('servicedesk.search')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 220 }} />
          <Select allowClear placeholder={t('servicedesk.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 140 }} options={STATUSES.map((s) => ({ value: s, label: t(`servicedesk.statuses.${s}`) }))} data-testid="ticket-filter-status" />
          <Select allowClear placeholder={t('servicedesk.type')} value={f.type} onChange={(v) => table.setFilter('type', v)} style={{ width: 140 }} options={TYPES.map((s) => ({ value: s, label: t(`servicedesk.types.${s}`) }))} />
          <Select allowClear placeholder={t('servicedesk.priority')} value={f.priority} onChange={(v) => table.setFilter('priority', v)} style={{ width: 110 }} options={PRIORITIES.map((p) => ({ value: p, label: p }))} />
          {!isCustomer && (
            <Select allowClear placeholder={t('servicedesk.group')} value={f.group} onChange={(v) => table.setFilter('group', v)} style={{ width: 130 }} options={GROUPS.map((g) => ({ value: g, label: t(`servicedesk.groups.${g}`) }))} />
          )}
          <span className="nowrap">
            <Switch size="small" checked={f.breached === 'true'} onChange={(v) => table.setFilter('breached', v ? 'true' : undefined)} data-testid="ticket-filter-breached" /> {t('servicedesk.breachedOnly')}
          </span>
        </div>
        <ServerTable<ServicedeskTicket>
          ref={ref}
          path="/api/v1/servicedesk/tickets"
          query={{ q: f.q, status: f.status, type: f.type, priority: f.priority, group: f.group, breached: f.breached }}
          filterKeys={['q', 'status', 'type', 'priority', 'group', 'breached']}
          table={table}
          testId="tickets-table"
          listKey="servicedesk.tickets"
          exportName={title}
          onRow={(r) => ({ onDoubleClick: () => navigate(`/servicedesk/tickets/${r.id}`) })}
          columns={[
            {
              title: t('servicedesk.number'),
              dataIndex: 'number',
              key: 'number',
              sorter: true,
              fixed: 'left',
              render: (n: string, r) => (
                <Link to={`/servicedesk/tickets/${r.id}`} className="mono nowrap">
                  {n}
                </Link>
              ),
            },
            { title: t('servicedesk.title'), dataIndex: 'title', ellipsis: true },
            { title: t('servicedesk.type'), dataIndex: 'type', render: (v: string) => <span className="nowrap">{t(`servicedesk.types.${v}`)}</span> },
            { title: t('servicedesk.priority'), dataIndex: 'priority', key: 'priority', sorter: true, render: (p: string) => <PriorityTag priority={p} /> },
            { title: t('servicedesk.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s: string) => <TicketStatusTag status={s} /> },
            ...(isCustomer ? [] : [{ title: t('servicedesk.group'), dataIndex: 'group', render: (g: string) => <span className="nowrap">{t(`servicedesk.groups.${g}`)}</span> }]),
            { title: t('servicedesk.assignee'), dataIndex: 'assignee', render: (a: string | null) => a ?? <span className="muted">—</span> },
            {
              title: t('servicedesk.resolutionDue'),
              dataIndex: 'resolution_due_at',
              key: 'resolution_due_at',
              sorter: true,
              render: (d: string, r) => (
                <span className="nowrap" style={r.breached ? { color: '#f5222d' } : undefined}>
                  <DateTime value={d} />
                </span>
              ),
            },
            { title: t('common.createdAt'), dataIndex: 'created_at', key: 'created_at', sorter: true, render: (d: string) => <DateTime value={d} /> },
          ]}
        />
      </Card>
      <FormModal<NewTicket>
        open={creating}
        title={t('servicedesk.create')}
        initialValues={{ type: 'incident', impact: 3, urgency: 3, group: 'operations' }}
        onClose={() => setCreating(false)}
        testId="ticket-form"
        onValuesChange={(c) => {
          if (c.type) setType(c.type);
        }}
        onSubmit={async (v) => {
          const made = await api.post<ServicedeskDetail>('/api/v1/servicedesk/tickets', {
            type: v.type,
            category: v.type === 'service_request' ? v.category : undefined,
            customer_id: isCustomer ? undefined : v.customer_id,
            title: v.title,
            description: v.description ?? '',
            impact: v.impact,
            urgency: v.urgency,
            group: v.group,
            objects: (v.devices ?? []).map((id) => ({ kind: 'device', id })),
          });
          message.success(t('common.created'));
          navigate(`/servicedesk/tickets/${made.ticket.id}`);
        }}
      >
        <Form.Item name="type" label={t('servicedesk.type')} rules={[{ required: true }]}>
          <Select options={TYPES.map((s) => ({ value: s, label: t(`servicedesk.types.${s}`) }))} data-testid="ticket-form-type" />
        </Form.Item>
        {type === 'service_request' && (
          <Form.Item name="category" label={t('servicedesk.category')} rules={[{ required: true }]}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`servicedesk.categories.${c}`) }))} />
          </Form.Item>
        )}
        {!isCustomer && (
          <Form.Item name="customer_id" label={t('servicedesk.customer')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={(customers.data?.results ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('servicedesk.title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="ticket-form-title" />
        </Form.Item>
        <Form.Item name="description" label={t('common.description')}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        <Form.Item name="impact" label={t('servicedesk.impact')} extra={t('servicedesk.priorityHint')}>
          <Select options={levels} />
        </Form.Item>
        <Form.Item name="urgency" label={t('servicedesk.urgency')}>
          <Select options={levels} />
        </Form.Item>
        <Form.Item name="devices" label={t('servicedesk.devices')}>
          <Select mode="multiple" showSearch optionFilterProp="label" options={(devices.data?.results ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        {!isCustomer && (
          <Form.Item name="group" label={t('servicedesk.group')}>
            <Select options={GROUPS.map((g) => ({ value: g, label: t(`servicedesk.groups.${g}`) }))} />
          </Form.Item>
        )}
      </FormModal>
    </PageContainer>
  );
}
