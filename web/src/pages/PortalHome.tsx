// The customer's home: the company, then the portal's cards from GET /api/v1/home (services with
// the monthly amount, applications and their stage, notices, the units taken over twelve weeks),
// then the devices.
import { TeamOutlined } from '@ant-design/icons';
import { Card, Descriptions, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer, Device } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import HomePages, { type ExtraTile } from '../components/home/HomePages';
import PageContainer from '../components/PageContainer';
import ServerTable from '../components/ServerTable';
import StatusTag from '../components/StatusTag';
import { useRoleLabel } from '../lib/roles';
import { useApi } from '../lib/useApi';
import { useTableQuery } from '../lib/useTableQuery';
import PendingPriceChanges from './billing/catalogue/PendingPriceChanges';

function Company({ customerId }: { customerId: number | null }) {
  const { t } = useTranslation();
  const customer = useApi<Customer>(customerId ? `/api/v1/customers/${customerId}` : null);
  return (
    <Card
      title={
        <span>
          <TeamOutlined /> {t('portal.company')}
        </span>
      }
      extra={<Link to={`/customers/${customerId}`}>{t('common.details')}</Link>}
      data-testid="portal-company-card"
    >
      {!customer.data ? (
        <Skeleton active />
      ) : (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('customers.name')}>{customer.data.name}</Descriptions.Item>
          <Descriptions.Item label={t('customers.creditCode')}>{customer.data.credit_code ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('common.status')}>
            <StatusTag kind="customer" value={customer.data.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.contacts')}>{customer.data.contacts?.length ?? 0}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

function Devices() {
  const { t } = useTranslation();
  const table = useTableQuery(10, 'd_');
  return (
    <Card title={t('nav.myDevices')} extra={<Link to="/dcim/devices">{t('common.viewAll')}</Link>}>
      <ServerTable<Device>
        path="/api/v1/dcim/devices"
        table={table}
        testId="portal-devices"
        columns={[
          { title: t('devices.name'), dataIndex: 'name', render: (n, d) => <Link to={`/dcim/devices/${d.id}`}>{n}</Link> },
          { title: t('devices.type'), dataIndex: ['device_type', 'label'] },
          { title: t('devices.rack'), render: (_, d) => (d.rack ? `${d.rack.name}${d.position != null ? ` · U${d.position}` : ''}` : '—') },
          { title: t('common.status'), dataIndex: 'status', render: (s) => <StatusTag kind="device" value={s} /> },
        ]}
      />
    </Card>
  );
}

export default function PortalHome() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const roleLabel = useRoleLabel();
  if (!user) return null;
  const before: ExtraTile[] = [{ key: 'company', size: 'normal', node: <Company customerId={user.customer_id} /> }];
  const after: ExtraTile[] = [{ key: 'devices', size: 'wide', node: <Devices /> }];
  return (
    <PageContainer
      title={t('portal.welcome', { name: user.display_name || user.username })}
      docTitle={t('nav.portalHome')}
      testId="portal-home"
      tags={user.roles.map((r) => (
        <Tag key={r} color="blue" bordered={false}>
          {roleLabel(r)}
        </Tag>
      ))}
    >
      <PendingPriceChanges />
      <HomePages before={before} after={after} />
    </PageContainer>
  );
}
