import { Card, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Vlan } from '../../api/types';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { useTableQuery } from '../../lib/useTableQuery';

export default function Vlans() {
  const { t } = useTranslation();
  const table = useTableQuery();
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  return (
    <PageContainer title={t('nav.vlans')} crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.vlans') }]}>
      <Card>
        <div className="filter-bar">
          <Input.Search allowClear placeholder={t('ipam.searchVlan')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <RefSelect kind="sites" placeholder={t('dcim.site')} value={num(f.site)} onChange={(v) => table.setFilter('site', v)} style={{ width: 220 }} />
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 130 }} options={['active', 'reserved', 'deprecated'].map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
        </div>
        <ServerTable<Vlan>
          path="/api/v1/ipam/vlans"
          query={{ q: f.q, site: f.site, status: f.status }}
          filterKeys={['q', 'site', 'status']}
          table={table}
          testId="vlans-table"
          columns={[
            { title: 'VID', dataIndex: 'vid', key: 'vid', sorter: true, width: 90 },
            { title: t('common.name'), dataIndex: 'name', key: 'name', sorter: true },
            { title: t('dcim.site'), dataIndex: 'site', render: (s) => (s ? <RefName kind="sites" id={s} /> : <span className="muted">{t('ipam.global')}</span>) },
            { title: t('dcim.customer'), dataIndex: 'customer', render: (c) => <RefName kind="customers" id={c} /> },
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="ipam" value={s} /> },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
