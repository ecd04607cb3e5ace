// The customer's home: their company, their devices, racks and addresses, and (once those
// modules land) their applications and contracts.
import { ClusterOutlined, HddOutlined, NodeIndexOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApiPaths } from '../api/openapi';
import type { Customer, Device } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import PageContainer from '../components/PageContainer';
import ServerTable from '../components/ServerTable';
import StatusTag from '../components/StatusTag';
import { useApi } from '../lib/useApi';
import { useTableQuery } from '../lib/useTableQuery';
import { ExpiringContracts, PendingApprovals, StatCard } from '../components/Cards';
import { useRoleLabel } from '../lib/roles';

export default function PortalHome() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const paths = useApiPaths();
  const roleLabel = useRoleLabel();
  const table = useTableQuery(10, 'd_');
  const customer = useApi<Customer>(user?.customer_id ? `/api/v1/customers/${user.customer_id}` : null);
  if (!user) return null;
  const hasApplications = !!paths?.has('/api/v1/applications') && can('applications.read');
  const hasContracts = !!paths?.has('/api/v1/contracts') && can('contracts.read');
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
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            title={
              <span>
                <TeamOutlined /> {t('portal.company')}
              </span>
            }
            extra={<Link to={`/customers/${user.customer_id}`}>{t('common.details')}</Link>}
            style={{ height: '100%' }}
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
        </Col>
        <Col xs={24} lg={14}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={8}>
              <StatCard title={t('nav.myDevices')} path="/api/v1/dcim/devices" icon={<HddOutlined />} to="/dcim/devices" testId="stat-devices" />
            </Col>
            <Col xs={24} sm={8}>
              <StatCard title={t('nav.myRacks')} path="/api/v1/dcim/racks" icon={<ClusterOutlined />} to="/dcim/racks" testId="stat-racks" />
            </Col>
            {paths?.has('/api/v1/ipam/ip-addresses') && can('ipam.read') && (
              <Col xs={24} sm={8}>
                <StatCard title={t('nav.myAddresses')} path="/api/v1/ipam/ip-addresses" icon={<NodeIndexOutlined />} to="/ipam/ip-addresses" testId="stat-addresses" />
              </Col>
            )}
          </Row>
          <Card size="small" style={{ marginTop: 16 }}>
            {t('portal.intro')}
          </Card>
        </Col>
      </Row>
      {(hasApplications || hasContracts) && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {hasApplications && (
            <Col xs={24} lg={12}>
              <PendingApprovals title={t('portal.pending')} />
            </Col>
          )}
          {hasContracts && (
            <Col xs={24} lg={12}>
              <ExpiringContracts />
            </Col>
          )}
        </Row>
      )}
      <Card title={t('nav.myDevices')} style={{ marginTop: 16 }} extra={<Link to="/dcim/devices">{t('common.viewAll')}</Link>}>
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
    </PageContainer>
  );
}
