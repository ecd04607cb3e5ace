// VLANs, per site or global; created, changed and deleted here.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Vlan } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import { changed, compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';

const VLAN_STATUSES = ['active', 'reserved', 'deprecated'];

type VlanValues = Partial<Omit<Vlan, 'id'>>;

export default function Vlans() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<Vlan | 'new' | null>(null);
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  const writer = can('ipam.write');
  const remove = async (v: Vlan) => {
    await api.del(`/api/v1/ipam/vlans/${v.id}`);
    message.success(t('ipam.vlanDeleted'));
    ref.current?.reload();
  };
  return (
    <PageContainer
      title={t('nav.vlans')}
      crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.vlans') }]}
      testId="vlans-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="vlan-create">
            {t('ipam.createVlan')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('ipam.searchVlan')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <RefSelect kind="sites" placeholder={t('dcim.site')} value={num(f.site)} onChange={(v) => table.setFilter('site', v)} style={{ width: 220 }} />
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 130 }} options={VLAN_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
        </div>
        <ServerTable<Vlan>
          ref={ref}
          path="/api/v1/ipam/vlans"
          query={{ q: f.q, site: f.site, status: f.status }}
          filterKeys={['q', 'site', 'status']}
          table={table}
          testId="vlans-table"
          listKey="ipam.vlans"
          columns={[
            { title: 'VID', dataIndex: 'vid', key: 'vid', sorter: true, width: 90 },
            { title: t('common.name'), dataIndex: 'name', key: 'name', sorter: true },
            { title: t('dcim.site'), dataIndex: 'site', render: (s) => (s ? <RefName kind="sites" id={s} /> : <span className="muted">{t('ipam.global')}</span>) },
            { title: t('dcim.customer'), dataIndex: 'customer', render: (c) => <RefName kind="customers" id={c} /> },
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="ipam" value={s} /> },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, r: Vlan) => (
                      <Space size={0}>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(r)} />
                        <Popconfirm title={t('ipam.deleteVlanConfirm', { name: `${r.vid} ${r.name}` })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => remove(r)}>
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
      <FormModal<VlanValues>
        open={editing !== null}
        title={editing === 'new' ? t('ipam.createVlan') : t('ipam.editVlan')}
        initialValues={editing && editing !== 'new' ? { ...editing } : { status: 'active', site: num(f.site) }}
        onClose={() => setEditing(null)}
        testId="vlan-form"
        onSubmit={async (v) => {
          if (editing === 'new') await api.post<Vlan>('/api/v1/ipam/vlans', compact(v));
          else if (editing) {
            const diff = changed(editing, { ...v, site: v.site ?? null, customer: v.customer ?? null });
            if (Object.keys(diff).length) await api.patch<Vlan>(`/api/v1/ipam/vlans/${editing.id}`, diff);
          }
          message.success(editing === 'new' ? t('common.created') : t('common.saved'));
          ref.current?.reload();
        }}
      >
        <Form.Item name="vid" label="VID" rules={[{ required: true }]}>
          <InputNumber min={1} max={4094} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="site" label={t('dcim.site')} extra={t('ipam.vlanSiteHint')}>
          <RefSelect kind="sites" allowClear />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select options={VLAN_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
        </Form.Item>
        <Form.Item name="customer" label={t('dcim.customer')}>
          <RefSelect kind="customers" allowClear />
        </Form.Item>
        <Form.Item name="description" label={t('common.description')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
