import { Card, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Prefix } from '../../api/types';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import UtilBar from '../../components/UtilBar';
import { useTableQuery } from '../../lib/useTableQuery';

export const PREFIX_STATUSES = ['container', 'active', 'reserved', 'deprecated'];

export default function Prefixes() {
  const { t } = useTranslation();
  const table = useTableQuery();
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  return (
    <PageContainer title={t('nav.prefixes')} crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.prefixes') }]}>
      <Card>
        <div className="filter-bar">
          <Input.Search allowClear placeholder={t('ipam.searchPrefix')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <RefSelect kind="sites" placeholder={t('dcim.site')} value={num(f.site)} onChange={(v) => table.setFilter('site', v)} style={{ width: 220 }} />
          <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          <Select allowClear placeholder={t('ipam.family')} value={f.family} onChange={(v) => table.setFilter('family', v)} style={{ width: 110 }} options={[{ value: '4', label: 'IPv4' }, { value: '6', label: 'IPv6' }]} />
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 130 }} options={PREFIX_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
        </div>
        <ServerTable<Prefix>
          path="/api/v1/ipam/prefixes"
          query={{ q: f.q, site: f.site, customer: f.customer, family: f.family, status: f.status }}
          filterKeys={['q', 'site', 'customer', 'family', 'status']}
          table={table}
          testId="prefixes-table"
          columns={[
            { title: t('ipam.prefix'), dataIndex: 'prefix', key: 'prefix', sorter: true, render: (p, r) => <span className="mono">{r.is_pool ? `${p} ⦿` : p}</span> },
            { title: t('dcim.site'), dataIndex: 'site', render: (s) => <RefName kind="sites" id={s} /> },
            { title: 'VLAN', dataIndex: 'vlan', render: (v) => <RefName kind="vlans" id={v} link={false} /> },
            { title: t('dcim.customer'), dataIndex: 'customer', render: (c) => <RefName kind="customers" id={c} /> },
            { title: t('ipam.utilisation'), render: (_, r) => (r.utilisation ? <UtilBar pct={r.utilisation.percent} width={130} tip={`${r.utilisation.used} / ${r.utilisation.total}`} /> : '—') },
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="ipam" value={s} /> },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
