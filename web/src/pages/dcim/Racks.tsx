import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Rack } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import UtilBar from '../../components/UtilBar';
import { usePhoneCards } from '../../layout/PhoneCards';
import { fmtPower } from '../../lib/format';
import { compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';
import BulkEdit from './BulkEdit';
import RackFormItems, { RACK_STATUSES } from './RackForm';

export default function Racks() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const [creating, setCreating] = useState(false);
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  const title = isCustomer ? t('nav.myRacks') : t('nav.racks');
  // A customer on a phone reads its racks as cards: where each is and what it may draw.
  const cards = usePhoneCards<Rack>(
    (r) => ({
      title: <Link to={`/dcim/racks/${r.id}`}>{r.name}</Link>,
      extra: <StatusTag kind="rack" value={r.status} />,
      lines: [`${r.site.name} · ${r.room.name}`, `${r.u_height} U · A ${fmtPower(r.power_a_w)} · B ${fmtPower(r.power_b_w)}`],
    }),
    isCustomer,
  );
  return (
    <PageContainer
      title={title}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.infrastructure') }, { title }]}
      extra={
        can('dcim.racks.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('racks.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('racks.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          {!isCustomer && (
            <>
              <RefSelect kind="sites" placeholder={t('dcim.site')} value={num(f.site)} onChange={(v) => table.setFilters({ site: v, room: undefined })} style={{ width: 220 }} />
              <RefSelect kind="rooms" placeholder={t('dcim.room')} value={num(f.room)} params={{ site: f.site }} onChange={(v) => table.setFilter('room', v)} style={{ width: 240 }} />
              <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
            </>
          )}
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 140 }}
            options={RACK_STATUSES.map((s) => ({ value: s, label: t(`status.rack.${s}`) }))}
          />
        </div>
        <ServerTable<Rack>
          path="/api/v1/dcim/racks"
          query={{ q: f.q, site: f.site, room: f.room, customer: f.customer, status: f.status, utilisation: true }}
          filterKeys={['q', 'site', 'room', 'customer', 'status']}
          table={table}
          showHeader={!cards}
          testId="racks-table"
          listKey="dcim.racks"
          importPath={can('dcim.racks.write') ? '/api/v1/dcim/racks/import' : undefined}
          bulkActions={can('dcim.racks.write') ? (ids, clear, reload) => <BulkEdit kind="racks" ids={ids} onDone={() => { clear(); reload(); }} /> : undefined}
          onRow={(r) => ({ onDoubleClick: () => navigate(`/dcim/racks/${r.id}`) })}
          columns={cards?.columns ?? [
            { title: t('racks.name'), dataIndex: 'name', key: 'name', sorter: true, render: (n, r) => <Link to={`/dcim/racks/${r.id}`}>{n}</Link> },
            { title: t('dcim.site'), render: (_, r) => (isCustomer ? r.site.name : <Link to={`/dcim/sites/${r.site.id}`}>{r.site.name}</Link>) },
            { title: t('dcim.room'), render: (_, r) => (isCustomer ? r.room.name : <Link to={`/dcim/rooms/${r.room.id}`}>{r.room.name}</Link>) },
            { title: t('racks.row'), dataIndex: 'row', key: 'row', sorter: true },
            { title: t('racks.height'), dataIndex: 'u_height', align: 'right', render: (u) => `${u} U` },
            { title: t('racks.power'), render: (_, r) => `A ${fmtPower(r.power_a_w)} · B ${fmtPower(r.power_b_w)}` },
            {
              title: t('racks.unitsUsed'),
              key: 'units_used',
              render: (_, r) => (r.utilisation ? <UtilBar pct={r.utilisation.units.used_pct} width={120} tip={t('racks.unitsTip', { used: r.utilisation.units.used ?? 0, total: r.utilisation.units.total, reserved: r.utilisation.units.reserved })} /> : '—'),
            },
            {
              title: t('racks.powerUsed'),
              key: 'power_used',
              render: (_, r) => (r.utilisation ? <UtilBar pct={r.utilisation.power.used_pct} width={120} tip={`A ${fmtPower(r.utilisation.power.allocated_a_w)} / ${fmtPower(r.utilisation.power.capacity_a_w)} · B ${fmtPower(r.utilisation.power.allocated_b_w)} / ${fmtPower(r.utilisation.power.capacity_b_w)}`} /> : '—'),
            },
            ...(isCustomer ? [] : [{ title: t('racks.dedicatedTo'), render: (_: unknown, r: Rack) => (r.customer_id ? <RefName kind="customers" id={r.customer_id} /> : <span className="muted">{t('racks.shared')}</span>) }]),
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="rack" value={s} /> },
          ]}
        />
      </Card>
      <FormModal<Record<string, unknown>>
        open={creating}
        title={t('racks.create')}
        width={640}
        initialValues={{ u_height: 42, status: 'active', power_a_w: 8000, power_b_w: 8000, room_id: f.room ? Number(f.room) : undefined }}
        onClose={() => setCreating(false)}
        onSubmit={async (v) => {
          const r = await api.post<Rack>('/api/v1/dcim/racks', compact(v));
          message.success(t('common.created'));
          navigate(`/dcim/racks/${r.id}`);
        }}
      >
        <RackFormItems withRoom />
      </FormModal>
    </PageContainer>
  );
}
