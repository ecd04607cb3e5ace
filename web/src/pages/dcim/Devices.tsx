// The equipment ledger (设备台账, R4.3.1): every device, where it is, whose it is, its state.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Device } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { usePhoneCards } from '../../layout/PhoneCards';
import { fmtPower, shortSite } from '../../lib/format';
import { compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';
import BulkEdit from './BulkEdit';
import DeviceFormItems, { DEVICE_ROLES, DEVICE_STATUSES } from './DeviceForm';

export default function Devices() {
  const { t, i18n } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const [creating, setCreating] = useState(false);
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  const title = isCustomer ? t('nav.myDevices') : t('nav.devices');
  // A customer on a phone reads its devices as cards: what, where, its state.
  const cards = usePhoneCards<Device>(
    (d) => ({
      title: <Link to={`/dcim/devices/${d.id}`}>{d.name}</Link>,
      extra: <StatusTag kind="device" value={d.status} />,
      lines: [
        `${t(`devices.roles.${d.role}`, { defaultValue: d.role })} · ${d.device_type.label}`,
        d.rack ? `${d.rack.name}${d.position != null ? ` · U${d.position}` : ''} · ${fmtPower(d.max_power_w)}` : t('devices.unracked'),
      ],
    }),
    isCustomer,
  );
  return (
    <PageContainer
      title={title}
      subTitle={isCustomer ? undefined : t('devices.ledgerSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.infrastructure') }, { title }]}
      testId="devices-page"
      extra={
        can('dcim.devices.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="device-create">
            {t('devices.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('devices.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} data-testid="devices-search" />
          {!isCustomer && (
            <>
              <RefSelect kind="sites" placeholder={t('dcim.site')} value={num(f.site)} onChange={(v) => table.setFilters({ site: v, room: undefined, rack: undefined })} style={{ width: 200 }} />
              <RefSelect kind="rooms" placeholder={t('dcim.room')} value={num(f.room)} params={{ site: f.site }} onChange={(v) => table.setFilters({ room: v, rack: undefined })} style={{ width: 220 }} />
            </>
          )}
          <RefSelect kind="racks" placeholder={t('devices.rack')} value={num(f.rack)} params={{ site: f.site, room: f.room }} onChange={(v) => table.setFilter('rack', v)} style={{ width: 200 }} />
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          )}
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 130 }}
            options={DEVICE_STATUSES.map((s) => ({ value: s, label: t(`status.device.${s}`) }))}
            data-testid="devices-status"
          />
          <Select
            allowClear
            placeholder={t('devices.role')}
            value={f.role}
            onChange={(v) => table.setFilter('role', v)}
            style={{ width: 130 }}
            options={DEVICE_ROLES.map((r) => ({ value: r, label: t(`devices.roles.${r}`) }))}
          />
        </div>
        <ServerTable<Device>
          path="/api/v1/dcim/devices"
          query={{ q: f.q, site: f.site, room: f.room, rack: f.rack, customer: f.customer, status: f.status, role: f.role, type: f.type }}
          filterKeys={['q', 'site', 'room', 'rack', 'customer', 'status', 'role', 'type']}
          table={table}
          // A customer finds its servers first, by rack and unit, rather than its PDUs by name.
          defaultSort={isCustomer ? 'placement' : undefined}
          showHeader={!cards}
          testId="devices-table"
          listKey="dcim.devices"
          importPath={can('dcim.devices.write') ? '/api/v1/dcim/devices/import' : undefined}
          bulkActions={can('dcim.devices.write') ? (ids, clear, reload) => <BulkEdit kind="devices" ids={ids} onDone={() => { clear(); reload(); }} /> : undefined}
          onRow={(d) => ({ onDoubleClick: () => navigate(`/dcim/devices/${d.id}`) })}
          columns={cards?.columns ?? [
            { title: t('devices.name'), dataIndex: 'name', key: 'name', sorter: true, fixed: 'left', render: (n, d) => <Link to={`/dcim/devices/${d.id}`}>{n}</Link> },
            { title: t('devices.type'), dataIndex: ['device_type', 'label'], render: (l, d) => (isCustomer ? l : <Link to={`/dcim/device-types/${d.device_type.id}`}>{l}</Link>) },
            { title: t('devices.role'), dataIndex: 'role', key: 'role', sorter: true, render: (r) => t(`devices.roles.${r}`, { defaultValue: r }) },
            ...(isCustomer ? [] : [{ title: t('dcim.customer'), render: (_: unknown, d: Device) => <RefName kind="customers" id={d.customer_id} /> }]),
            { title: t('dcim.site'), render: (_, d) => <RefName kind="sites" id={d.site_id} link={!isCustomer} format={(n) => shortSite(n, i18n.language)} /> },
            {
              title: t('devices.location'),
              render: (_, d) =>
                d.rack ? (
                  <span className="nowrap">
                    <Link to={`/dcim/racks/${d.rack.id}`}>{d.rack.name}</Link>
                    {d.position != null && <span className="muted"> · U{d.position}</span>}
                  </span>
                ) : (
                  <span className="muted">{t('devices.unracked')}</span>
                ),
            },
            { title: t('devices.serial'), dataIndex: 'serial', render: (s) => <span className="mono">{s || '—'}</span> },
            { title: t('devices.power'), dataIndex: 'max_power_w', align: 'right', render: (w: number) => fmtPower(w) },
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="device" value={s} /> },
          ]}
        />
      </Card>
      <FormModal<Record<string, unknown>>
        open={creating}
        title={t('devices.create')}
        width={720}
        initialValues={{ role: 'server', status: 'planned', redundant_power: true, feed: 'A', rack_id: num(f.rack), customer_id: num(f.customer) }}
        onClose={() => setCreating(false)}
        testId="device-form"
        onSubmit={async (v) => {
          const d = await api.post<Device>('/api/v1/dcim/devices', compact(v));
          message.success(t('common.created'));
          navigate(`/dcim/devices/${d.id}`);
        }}
      >
        <DeviceFormItems create />
      </FormModal>
    </PageContainer>
  );
}
