import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { User } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { compact } from '../../lib/objects';
import { useRoleLabel } from '../../lib/roles';
import { useRoles } from '../../lib/useRoles';
import { useTableQuery } from '../../lib/useTableQuery';
import UserFormItems from './UserForm';

export default function Users() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const roleLabel = useRoleLabel();
  const { options } = useRoles();
  const [creating, setCreating] = useState(false);
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  return (
    <PageContainer
      title={t('nav.users')}
      crumbs={[{ title: t('nav.group.system') }, { title: t('nav.users') }]}
      testId="users-page"
      extra={
        (can('users.write') || can('users.customer_write')) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            {t('users.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search allowClear placeholder={t('users.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <Select allowClear placeholder={t('users.role')} value={f.role} onChange={(v) => table.setFilter('role', v)} style={{ width: 180 }} options={options()} />
          <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.active}
            onChange={(v) => table.setFilter('active', v)}
            style={{ width: 120 }}
            options={[
              { value: 'true', label: t('status.user.true') },
              { value: 'false', label: t('status.user.false') },
            ]}
          />
        </div>
        <ServerTable<User>
          path="/api/v1/users"
          query={{ q: f.q, role: f.role, customer: f.customer, active: f.active }}
          filterKeys={['q', 'role', 'customer', 'active']}
          table={table}
          testId="users-table"
          onRow={(u) => ({ onDoubleClick: () => navigate(`/system/users/${u.id}`) })}
          columns={[
            { title: t('users.username'), dataIndex: 'username', render: (n, u) => <Link to={`/system/users/${u.id}`}>{n}</Link> },
            { title: t('users.displayName'), dataIndex: 'display_name' },
            { title: t('users.roles'), dataIndex: 'roles', render: (r: string[]) => r.map((x) => <Tag key={x} color={x.startsWith('customer') ? 'cyan' : 'blue'} bordered={false}>{roleLabel(x)}</Tag>) },
            { title: t('dcim.customer'), dataIndex: 'customer_name', render: (n, u) => (u.customer_id ? <Link to={`/customers/${u.customer_id}`}>{n}</Link> : <span className="muted">{t('users.staff')}</span>) },
            { title: t('common.status'), dataIndex: 'active', render: (a) => <StatusTag kind="user" value={a} /> },
            { title: t('users.lastLogin'), dataIndex: 'last_login_at', render: (v) => <DateTime value={v} relative /> },
          ]}
        />
      </Card>
      <FormModal<Record<string, unknown>>
        open={creating}
        title={t('users.create')}
        onClose={() => setCreating(false)}
        testId="user-form"
        width={620}
        onSubmit={async (v) => {
          const u = await api.post<User>('/api/v1/users', compact(v));
          message.success(t('common.created'));
          navigate(`/system/users/${u.id}`);
        }}
      >
        <UserFormItems create />
      </FormModal>
    </PageContainer>
  );
}
