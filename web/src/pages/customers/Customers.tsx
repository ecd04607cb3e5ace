import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Customer } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';
import CustomerFormItems, { CUSTOMER_STATUSES } from './CustomerForm';

export default function Customers() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const [creating, setCreating] = useState(false);
  const f = table.filters;
  return (
    <PageContainer
      title={t('nav.customers')}
      crumbs={[{ title: t('nav.group.customers') }, { title: t('nav.customers') }]}
      testId="customers-page"
      extra={
        can('customers.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-create">
            {t('customers.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('customers.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 300 }} />
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 140 }} options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(`status.customer.${s}`) }))} />
        </div>
        <ServerTable<Customer>
          path="/api/v1/customers"
          query={{ q: f.q, status: f.status }}
          filterKeys={['q', 'status']}
          table={table}
          testId="customers-table"
          listKey="customers"
          onRow={(c) => ({ onDoubleClick: () => navigate(`/customers/${c.id}`) })}
          columns={[
            { title: t('customers.name'), dataIndex: 'name', render: (n, c) => <Link to={`/customers/${c.id}`}>{n}</Link> },
            { title: t('customers.creditCode'), dataIndex: 'credit_code', render: (v) => <span className="mono">{v ?? '—'}</span> },
            { title: t('common.address'), dataIndex: 'address', ellipsis: true },
            { title: t('common.status'), dataIndex: 'status', render: (s) => <StatusTag kind="customer" value={s} /> },
            { title: t('common.createdAt'), dataIndex: 'created_at', render: (v) => <DateTime value={v} date /> },
          ]}
        />
      </Card>
      <FormModal<Partial<Customer>>
        open={creating}
        title={t('customers.create')}
        initialValues={{ status: 'prospect' }}
        onClose={() => setCreating(false)}
        testId="customer-form"
        onSubmit={async (v) => {
          const c = await api.post<Customer>('/api/v1/customers', compact(v));
          message.success(t('common.created'));
          navigate(`/customers/${c.id}`);
        }}
      >
        <CustomerFormItems />
      </FormModal>
    </PageContainer>
  );
}
