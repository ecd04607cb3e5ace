// A customer (tenant): company record, contacts, and what it holds with us.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Form, Input, Popconfirm, Row, Skeleton, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import AccountTab from '../billing/payments/AccountTab';
import { api, ApiError } from '../../api/client';
import type { ApplicationSummary, Contact, ContractSummary, Customer, Device, User } from '../../api/types';
import { fmtYuan } from '../../lib/format';
import { useAuth } from '../../auth/AuthContext';
import { StatCard } from '../../components/Cards';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { RefName } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { changed } from '../../lib/objects';
import { forgetRef } from '../../lib/refs';
import { useRoleLabel } from '../../lib/roles';
import { useApi } from '../../lib/useApi';
import { useTableQuery } from '../../lib/useTableQuery';
import { ClusterOutlined, HddOutlined, NodeIndexOutlined } from '@ant-design/icons';
import CustomerFormItems from './CustomerForm';
import BillingProfile from '../billing/invoicing/BillingProfile';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

function ContactFormItems() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('contacts.name')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="role" label={t('contacts.role')}>
        <Input maxLength={100} placeholder={t('contacts.rolePlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="phone" label={t('contacts.phone')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="email" label={t('contacts.email')}>
            <Input maxLength={254} type="email" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export default function CustomerDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const roleLabel = useRoleLabel();
  const customer = useApi<Customer>(`/api/v1/customers/${id}`);
  const devicesTable = useTableQuery(10, 'dev_');
  const usersTable = useTableQuery(10, 'usr_');
  const contractsTable = useTableQuery(10, 'ct_');
  const applicationsTable = useTableQuery(10, 'app_');
  const [editing, setEditing] = useState(false);
  // The open tab lives in the URL so that a reload or a shared link shows the same tab.
  const [sp, setSp] = useSearchParams();
  const tab = sp.get('tab') ?? 'contacts';
  const setTab = (k: string) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (k === 'contacts') next.delete('tab');
        else next.set('tab', k);
        return next;
      },
      { replace: true },
    );
  const [contact, setContact] = useState<Contact | 'new' | null>(null);

  if (customer.error) return <LoadError error={customer.error} onRetry={customer.reload} />;
  if (!customer.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const c = customer.data;
  const contacts = c.contacts ?? [];
  const canContacts = can('customers.contacts.write');

  const removeContact = async (k: Contact) => {
    try {
      await api.del(`/api/v1/customers/${c.id}/contacts/${k.id}`);
      message.success(t('contacts.removed'));
      customer.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <PageContainer
      title={c.name}
      tags={<StatusTag kind="customer" value={c.status} />}
      testId="customer-detail"
      crumbs={isCustomer ? [{ title: t('nav.myCompany') }] : [{ title: t('nav.group.customers') }, { title: t('nav.customers'), path: '/customers' }, { title: c.name }]}
      extra={
        can('customers.write') && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={isCustomer ? 24 : 14}>
          <Card title={t('customers.company')} style={{ height: '100%' }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('customers.name')}>{c.name}</Descriptions.Item>
              <Descriptions.Item label={t('customers.creditCode')}>
                <span className="mono">{c.credit_code ?? '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('common.address')} span={2}>
                {c.address || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('common.createdAt')}>
                <DateTime value={c.created_at} />
              </Descriptions.Item>
              <Descriptions.Item label={t('common.updatedAt')}>
                <DateTime value={c.updated_at} />
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        {!isCustomer && (
          <Col xs={24} lg={10}>
            <Row gutter={[16, 16]}>
              <Col span={12}>
                <StatCard title={t('nav.devices')} path="/api/v1/dcim/devices" query={{ customer: c.id }} icon={<HddOutlined />} to={`/dcim/devices?customer=${c.id}`} />
              </Col>
              <Col span={12}>
                <StatCard title={t('customers.dedicatedRacks')} path="/api/v1/dcim/racks" query={{ customer: c.id }} icon={<ClusterOutlined />} to={`/dcim/racks?customer=${c.id}`} />
              </Col>
              <Col span={12}>
                <StatCard title={t('nav.ipAddresses')} path="/api/v1/ipam/ip-addresses" query={{ customer: c.id }} icon={<NodeIndexOutlined />} to={`/ipam/ip-addresses?customer=${c.id}`} />
              </Col>
            </Row>
          </Col>
        )}
      </Row>
      <Card style={{ marginTop: 16 }} styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'contacts',
              label: `${t('customers.contacts')} (${contacts.length})`,
              children: (
                <>
                  {canContacts && (
                    <div style={{ marginBottom: 12, textAlign: 'right' }}>
                      <Button icon={<PlusOutlined />} onClick={() => setContact('new')} data-testid="contact-add">
                        {t('contacts.add')}
                      </Button>
                    </div>
                  )}
                  <Table<Contact>
                    rowKey="id"
                    size="small"
                    dataSource={contacts}
                    pagination={false}
                    data-testid="contacts-table"
                    locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.empty')} /> }}
                    columns={[
                      { title: t('contacts.name'), dataIndex: 'name' },
                      { title: t('contacts.role'), dataIndex: 'role', render: (r) => (r ? <Tag>{r}</Tag> : '—') },
                      { title: t('contacts.phone'), dataIndex: 'phone', render: (v) => v || '—' },
                      { title: t('contacts.email'), dataIndex: 'email', render: (v) => (v ? <a href={`mailto:${v}`}>{v}</a> : '—') },
                      ...(canContacts
                        ? [
                            {
                              title: '',
                              width: 100,
                              render: (_: unknown, k: Contact) => (
                                <Space size={0}>
                                  <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setContact(k)} />
                                  <Popconfirm title={t('contacts.removeConfirm')} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => removeContact(k)}>
                                    <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
                                  </Popconfirm>
                                </Space>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                </>
              ),
            },
            ...(isCustomer
              ? []
              : [
                  {
                    key: 'devices',
                    label: t('nav.devices'),
                    children: (
                      <ServerTable<Device>
                        path="/api/v1/dcim/devices"
                        query={{ customer: c.id }}
                        table={devicesTable}
                        columns={[
                          { title: t('devices.name'), dataIndex: 'name', render: (n: string, d: Device) => <Link to={`/dcim/devices/${d.id}`}>{n}</Link> },
                          { title: t('devices.type'), dataIndex: ['device_type', 'label'] },
                          // Two sites may have racks of the same name: the site goes with the rack.
                          { title: t('dcim.site'), render: (_: unknown, d: Device) => <RefName kind="sites" id={d.site_id} /> },
                          { title: t('devices.location'), render: (_: unknown, d: Device) => (d.rack ? `${d.rack.name}${d.position != null ? ` · U${d.position}` : ''}` : '—') },
                          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag kind="device" value={s} /> },
                        ]}
                      />
                    ),
                  },
                ]),
            ...(can('contracts.read')
              ? [
                  {
                    key: 'contracts',
                    label: <span data-testid="customer-tab-contracts">{t('nav.contracts')}</span>,
                    children: (
                      <ServerTable<ContractSummary>
                        path="/api/v1/contracts"
                        query={{ customer: c.id }}
                        table={contractsTable}
                        testId="customer-contracts"
                        emptyText={t('contracts.empty')}
                        columns={[
                          { title: t('contracts.number'), dataIndex: 'number', render: (n: string, k: ContractSummary) => <Link className="mono" to={`/contracts/${k.id}`}>{n}</Link> },
                          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag kind="contract" value={s} /> },
                          { title: t('contracts.effectiveDate'), dataIndex: 'effective_date' },
                          { title: t('contracts.endDate'), dataIndex: 'end_date' },
                          { title: t('contracts.monthlyAmount'), align: 'right' as const, render: (_: unknown, k: ContractSummary) => <span className="money">{fmtYuan(k.amounts?.monthly_fen)}</span> },
                          { title: t('contracts.totalAmount'), align: 'right' as const, render: (_: unknown, k: ContractSummary) => <span className="money">{fmtYuan(k.amounts?.total_fen)}</span> },
                        ]}
                      />
                    ),
                  },
                ]
              : []),
            ...(can('applications.read')
              ? [
                  {
                    key: 'applications',
                    label: <span data-testid="customer-tab-applications">{t('nav.applications')}</span>,
                    children: (
                      <ServerTable<ApplicationSummary>
                        path="/api/v1/applications"
                        query={{ customer: c.id }}
                        table={applicationsTable}
                        testId="customer-applications"
                        emptyText={t('applications.empty')}
                        columns={[
                          { title: t('applications.number'), dataIndex: 'number', render: (n: string, a: ApplicationSummary) => <Link className="mono" to={`/applications/${a.id}`}>{n}</Link> },
                          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag kind="application" value={s} /> },
                          { title: t('applications.deviceCount'), dataIndex: 'device_count', align: 'right' as const },
                          { title: t('applications.startDate'), dataIndex: 'start_date', render: (d: string | null) => d ?? '—' },
                          { title: t('common.updatedAt'), dataIndex: 'updated_at', render: (v: string) => <DateTime value={v} relative /> },
                        ]}
                      />
                    ),
                  },
                ]
              : []),
            ...(can('billing.read')
              ? [{ key: 'account', label: t('billing_payments.accountTab'), children: <AccountTab customer={c.id} /> }]
              : []),
            ...(can('billing.read') || can('billing.profile.write')
              ? [{ key: 'billing-profile', label: <span data-testid="tab-billing-profile">{t('billing.profile.tab')}</span>, children: <BillingProfile customerId={c.id} /> }]
              : []),
            ...(can('users.read')
              ? [
                  {
                    key: 'users',
                    label: t('customers.users'),
                    children: (
                      <ServerTable<User>
                        path="/api/v1/users"
                        query={{ customer: c.id }}
                        table={usersTable}
                        columns={[
                          { title: t('users.username'), dataIndex: 'username', render: (n: string, u: User) => <Link to={`/system/users/${u.id}`}>{n}</Link> },
                          { title: t('users.displayName'), dataIndex: 'display_name' },
                          { title: t('users.roles'), dataIndex: 'roles', render: (r: string[]) => r.map((x) => <Tag key={x}>{roleLabel(x)}</Tag>) },
                          { title: t('common.status'), dataIndex: 'active', render: (a: boolean) => <StatusTag kind="user" value={a} /> },
                          { title: t('users.lastLogin'), dataIndex: 'last_login_at', render: (v: string | null) => <DateTime value={v} relative /> },
                        ]}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<Partial<Customer>>
        open={editing}
        title={t('customers.edit')}
        initialValues={c}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          const patch = changed(c, { ...v, credit_code: v.credit_code || null, address: v.address ?? '' });
          const next = await api.patch<Customer>(`/api/v1/customers/${c.id}`, patch);
          forgetRef('customers', c.id);
          customer.setData({ ...next, contacts: c.contacts });
          message.success(t('common.saved'));
        }}
      >
        <CustomerFormItems />
      </FormModal>
      <FormModal<Partial<Contact>>
        open={contact !== null}
        title={contact === 'new' ? t('contacts.add') : t('contacts.edit')}
        initialValues={contact && contact !== 'new' ? contact : {}}
        onClose={() => setContact(null)}
        testId="contact-form"
        onSubmit={async (v) => {
          if (contact === 'new') await api.post(`/api/v1/customers/${c.id}/contacts`, v);
          else if (contact) await api.patch(`/api/v1/customers/${c.id}/contacts/${contact.id}`, changed(contact, v));
          message.success(t('common.saved'));
          customer.reload();
        }}
      >
        <ContactFormItems />
      </FormModal>
      <ChangeHistory objectType={HISTORY_TYPES.customer} objectId={id} />
    </PageContainer>
  );
}
