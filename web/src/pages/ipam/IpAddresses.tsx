import { Card, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { useTableQuery } from '../../lib/useTableQuery';

export const ADDRESS_STATUSES = ['active', 'reserved', 'deprecated', 'dhcp'];

export default function IpAddresses() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  const title = isCustomer ? t('nav.myAddresses') : t('nav.ipAddresses');
  return (
    <PageContainer title={title} crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.infrastructure') }, { title }]} testId="addresses-page">
      <Card>
        <div className="filter-bar">
          <Input.Search allowClear placeholder={t('ipam.searchAddress')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          )}
          <Select allowClear placeholder={t('ipam.family')} value={f.family} onChange={(v) => table.setFilter('family', v)} style={{ width: 110 }} options={[{ value: '4', label: 'IPv4' }, { value: '6', label: 'IPv6' }]} />
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 130 }} options={ADDRESS_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
        </div>
        <ServerTable<IpAddress>
          path="/api/v1/ipam/ip-addresses"
          query={{ q: f.q, customer: f.customer, family: f.family, status: f.status }}
          filterKeys={['q', 'customer', 'family', 'status']}
          table={table}
          testId="addresses-table"
          emptyText={isCustomer ? t('ipam.noAddresses') : undefined}
          columns={[
            { title: t('ipam.address'), dataIndex: 'address', key: 'address', sorter: true, render: (a) => <span className="mono">{a}</span> },
            { title: t('ipam.dnsName'), dataIndex: 'dns_name', key: 'dns_name', sorter: true, render: (v) => (v ? <span className="mono">{v}</span> : '—') },
            { title: t('ipam.role'), dataIndex: 'role', render: (r) => (r ? t(`ipam.roles.${r}`, { defaultValue: r }) : '—') },
            ...(isCustomer ? [] : [{ title: t('dcim.customer'), dataIndex: 'customer', render: (c: number | null) => <RefName kind="customers" id={c} /> }]),
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="ipam" value={s} /> },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
