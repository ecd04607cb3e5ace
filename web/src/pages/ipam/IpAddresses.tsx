// IP addresses: where each is assigned (device and interface), created from a prefix's next free
// address, changed and deleted here.
import { DeleteOutlined, EditOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { IpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import InterfaceSelect from '../dcim/InterfaceSelect';
import { changed, compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';

export const ADDRESS_STATUSES = ['active', 'reserved', 'deprecated', 'dhcp'];
const ROLES = ['loopback', 'secondary', 'anycast', 'vip', 'vrrp', 'hsrp', 'glbp', 'carp'];

interface AddressValues {
  prefix?: number | null;
  address?: string;
  status?: string;
  role?: string | null;
  customer?: number | null;
  device?: number;
  interface?: number | null;
  dns_name?: string;
  description?: string;
}

function AddressFormItems({ create }: { create: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<AddressValues>();
  const prefix = Form.useWatch('prefix', form);
  const device = Form.useWatch('device', form);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const nextFree = async () => {
    if (!prefix) return;
    setBusy(true);
    try {
      const [free] = await api.get<{ address: string }[]>(`/api/v1/ipam/prefixes/${prefix}/available-ips`, { limit: 1 });
      if (free) form.setFieldsValue({ address: free.address });
      else message.warning(t('ipam.prefixFull'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {create && (
        <Form.Item label={t('ipam.prefix')} extra={t('ipam.nextFreeHint')}>
          <Space.Compact block>
            <Form.Item name="prefix" noStyle>
              <RefSelect kind="prefixes" allowClear style={{ width: '100%' }} data-testid="address-prefix" />
            </Form.Item>
            <Button icon={<ThunderboltOutlined />} disabled={!prefix} loading={busy} onClick={nextFree} data-testid="address-next-free">
              {t('ipam.nextFree')}
            </Button>
          </Space.Compact>
        </Form.Item>
      )}
      <Form.Item name="address" label={t('ipam.address')} rules={[{ required: true }]} extra={create ? t('ipam.addressHint') : undefined}>
        <Input className="mono" placeholder="203.0.113.10/24" disabled={!create} data-testid="address-input" />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select options={ADDRESS_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
      </Form.Item>
      <Form.Item name="role" label={t('ipam.role')}>
        <Select allowClear options={ROLES.map((r) => ({ value: r, label: t(`ipam.roles.${r}`) }))} />
      </Form.Item>
      <Form.Item name="customer" label={t('dcim.customer')}>
        <RefSelect kind="customers" allowClear />
      </Form.Item>
      <Form.Item name="device" label={t('ipam.assignDevice')}>
        <RefSelect kind="devices" allowClear onChange={() => form.setFieldsValue({ interface: null })} data-testid="address-device" />
      </Form.Item>
      <Form.Item name="interface" label={t('ipam.interface')}>
        <InterfaceSelect device={device} testId="address-interface" />
      </Form.Item>
      <Form.Item name="dns_name" label={t('ipam.dnsName')}>
        <Input className="mono" maxLength={255} />
      </Form.Item>
      <Form.Item name="description" label={t('common.description')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}

export default function IpAddresses() {
  const { t } = useTranslation();
  const { isCustomer, can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<IpAddress | 'new' | null>(null);
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  const writer = can('ipam.write');
  const title = isCustomer ? t('nav.myAddresses') : t('nav.ipAddresses');
  const remove = async (a: IpAddress) => {
    await api.del(`/api/v1/ipam/ip-addresses/${a.id}`);
    message.success(t('ipam.addressDeleted'));
    ref.current?.reload();
  };
  return (
    <PageContainer
      title={title}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.infrastructure') }, { title }]}
      testId="addresses-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="address-create">
            {t('ipam.createAddress')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('ipam.searchAddress')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
          {!isCustomer && (
            <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          )}
          <RefSelect kind="prefixes" placeholder={t('ipam.prefix')} value={num(f.prefix)} onChange={(v) => table.setFilter('prefix', v)} style={{ width: 200 }} />
          <Select allowClear placeholder={t('ipam.family')} value={f.family} onChange={(v) => table.setFilter('family', v)} style={{ width: 110 }} options={[{ value: '4', label: 'IPv4' }, { value: '6', label: 'IPv6' }]} />
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 130 }} options={ADDRESS_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
        </div>
        <ServerTable<IpAddress>
          ref={ref}
          path="/api/v1/ipam/ip-addresses"
          query={{ q: f.q, customer: f.customer, prefix: f.prefix, family: f.family, status: f.status }}
          filterKeys={['q', 'customer', 'prefix', 'family', 'status']}
          table={table}
          testId="addresses-table"
          listKey="ipam.addresses"
          emptyText={isCustomer ? t('ipam.noAddresses') : undefined}
          columns={[
            { title: t('ipam.address'), dataIndex: 'address', key: 'address', sorter: true, render: (a) => <span className="mono">{a}</span> },
            {
              title: t('ipam.device'),
              key: 'device',
              render: (_, a) => (a.assigned ? isCustomer ? a.assigned.device.name : <Link to={`/dcim/devices/${a.assigned.device.id}`}>{a.assigned.device.name}</Link> : <span className="muted">—</span>),
            },
            { title: t('ipam.interface'), key: 'interface', render: (_, a) => (a.assigned ? <span className="mono">{a.assigned.interface.name}</span> : <span className="muted">—</span>) },
            { title: t('ipam.dnsName'), dataIndex: 'dns_name', key: 'dns_name', sorter: true, render: (v) => (v ? <span className="mono">{v}</span> : '—') },
            { title: t('ipam.role'), dataIndex: 'role', render: (r) => (r ? t(`ipam.roles.${r}`, { defaultValue: r }) : '—') },
            ...(isCustomer ? [] : [{ title: t('dcim.customer'), dataIndex: 'customer', render: (c: number | null) => <RefName kind="customers" id={c} /> }]),
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="ipam" value={s} /> },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, r: IpAddress) => (
                      <Space size={0}>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(r)} />
                        <Popconfirm title={t('ipam.deleteAddressConfirm', { address: r.address })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => remove(r)}>
                          <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<AddressValues>
        open={editing !== null}
        title={editing === 'new' ? t('ipam.createAddress') : t('ipam.editAddress')}
        initialValues={
          editing && editing !== 'new'
            ? { ...editing, device: editing.assigned?.device.id, interface: editing.interface }
            : { status: 'active', prefix: num(f.prefix) }
        }
        onClose={() => setEditing(null)}
        testId="address-form"
        onSubmit={async (v) => {
          const { device: _d, ...body } = v;
          if (editing === 'new') await api.post<IpAddress>('/api/v1/ipam/ip-addresses', compact(body));
          else if (editing) {
            const { prefix: _p, address: _a, ...rest } = body;
            const diff = changed(editing as unknown as AddressValues, {
              ...rest,
              role: rest.role ?? null,
              customer: rest.customer ?? null,
              interface: rest.interface ?? null,
            });
            if (Object.keys(diff).length) await api.patch<IpAddress>(`/api/v1/ipam/ip-addresses/${editing.id}`, diff);
          }
          message.success(editing === 'new' ? t('common.created') : t('common.saved'));
          ref.current?.reload();
        }}
      >
        <AddressFormItems create={editing === 'new'} />
      </FormModal>
    </PageContainer>
  );
}
