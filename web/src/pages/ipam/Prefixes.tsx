// Prefixes as a hierarchy (each under the most specific prefix containing it) with utilisation;
// created, changed and deleted here.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Prefix } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import StatusTag from '../../components/StatusTag';
import UtilBar from '../../components/UtilBar';
import { changed, compact } from '../../lib/objects';
import { prefixTree } from '../../lib/prefixTree';
import { useTableQuery } from '../../lib/useTableQuery';

export const PREFIX_STATUSES = ['container', 'active', 'reserved', 'deprecated'];

interface PrefixValues {
  prefix?: string;
  site?: number | null;
  vlan?: number | null;
  customer?: number | null;
  status?: string;
  is_pool?: boolean;
  description?: string;
}

export function PrefixFormItems({ create }: { create?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="prefix" label={t('ipam.prefix')} rules={[{ required: true }]} extra={create ? t('ipam.prefixHint') : undefined}>
        <Input className="mono" placeholder="203.0.113.0/24" disabled={!create} data-testid="prefix-input" />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select options={PREFIX_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
      </Form.Item>
      <Form.Item name="site" label={t('dcim.site')}>
        <RefSelect kind="sites" allowClear />
      </Form.Item>
      <Form.Item name="vlan" label="VLAN">
        <RefSelect kind="vlans" allowClear />
      </Form.Item>
      <Form.Item name="customer" label={t('dcim.customer')}>
        <RefSelect kind="customers" allowClear />
      </Form.Item>
      <Form.Item name="is_pool" valuePropName="checked" extra={t('ipam.poolHint')}>
        <Checkbox>{t('ipam.isPool')}</Checkbox>
      </Form.Item>
      <Form.Item name="description" label={t('common.description')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}

export default function Prefixes() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery(100);
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<Prefix | 'new' | null>(null);
  const f = table.filters;
  const num = (v?: string) => (v ? Number(v) : undefined);
  const writer = can('ipam.write');
  const remove = async (p: Prefix) => {
    await api.del(`/api/v1/ipam/prefixes/${p.id}`);
    message.success(t('ipam.prefixDeleted'));
    ref.current?.reload();
  };
  return (
    <PageContainer
      title={t('nav.prefixes')}
      crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.prefixes') }]}
      testId="prefixes-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="prefix-create">
            {t('ipam.createPrefix')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('ipam.searchPrefix')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <RefSelect kind="sites" placeholder={t('dcim.site')} value={num(f.site)} onChange={(v) => table.setFilter('site', v)} style={{ width: 220 }} />
          <RefSelect kind="customers" placeholder={t('dcim.customer')} value={num(f.customer)} onChange={(v) => table.setFilter('customer', v)} style={{ width: 220 }} />
          <Select allowClear placeholder={t('ipam.family')} value={f.family} onChange={(v) => table.setFilter('family', v)} style={{ width: 110 }} options={[{ value: '4', label: 'IPv4' }, { value: '6', label: 'IPv6' }]} />
          <Select allowClear placeholder={t('common.status')} value={f.status} onChange={(v) => table.setFilter('status', v)} style={{ width: 130 }} options={PREFIX_STATUSES.map((s) => ({ value: s, label: t(`status.ipam.${s}`) }))} />
        </div>
        <ServerTable<Prefix>
          ref={ref}
          path="/api/v1/ipam/prefixes"
          query={{ q: f.q, site: f.site, customer: f.customer, family: f.family, status: f.status }}
          filterKeys={['q', 'site', 'customer', 'family', 'status']}
          table={table}
          testId="prefixes-table"
          listKey="ipam.prefixes"
          transform={f.sort ? undefined : prefixTree}
          expandable={{ defaultExpandAllRows: true, indentSize: 20 }}
          columns={[
            { title: t('ipam.prefix'), dataIndex: 'prefix', key: 'prefix', sorter: true, render: (p, r) => <span className="mono">{r.is_pool ? `${p} ⦿` : p}</span> },
            { title: t('ipam.utilisation'), key: 'utilisation', render: (_, r) => (r.utilisation ? <UtilBar pct={r.utilisation.percent} width={130} tip={`${r.utilisation.used} / ${r.utilisation.total}`} /> : '—') },
            { title: t('dcim.site'), dataIndex: 'site', render: (s) => <RefName kind="sites" id={s} /> },
            { title: 'VLAN', dataIndex: 'vlan', render: (v) => <RefName kind="vlans" id={v} link={false} /> },
            { title: t('dcim.customer'), dataIndex: 'customer', render: (c) => <RefName kind="customers" id={c} /> },
            { title: t('common.status'), dataIndex: 'status', key: 'status', sorter: true, render: (s) => <StatusTag kind="ipam" value={s} /> },
            { title: t('common.description'), dataIndex: 'description', ellipsis: true },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, r: Prefix) => (
                      <Space size={0}>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(r)} />
                        <Popconfirm title={t('ipam.deletePrefixConfirm', { prefix: r.prefix })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => remove(r)}>
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
      <FormModal<PrefixValues>
        open={editing !== null}
        title={editing === 'new' ? t('ipam.createPrefix') : t('ipam.editPrefix')}
        initialValues={editing && editing !== 'new' ? { ...editing } : { status: 'active', is_pool: false }}
        onClose={() => setEditing(null)}
        testId="prefix-form"
        onSubmit={async (v) => {
          if (editing === 'new') await api.post<Prefix>('/api/v1/ipam/prefixes', compact(v));
          else if (editing) {
            const { prefix: _p, ...rest } = v;
            const diff = changed(editing as PrefixValues, { ...rest, site: rest.site ?? null, vlan: rest.vlan ?? null, customer: rest.customer ?? null });
            if (Object.keys(diff).length) await api.patch<Prefix>(`/api/v1/ipam/prefixes/${editing.id}`, diff);
          }
          message.success(editing === 'new' ? t('common.created') : t('common.saved'));
          ref.current?.reload();
        }}
      >
        <PrefixFormItems create={editing === 'new'} />
      </FormModal>
    </PageContainer>
  );
}
