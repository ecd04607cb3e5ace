// Usage meters (用量): switch ports and power meters per customer and contract; staff keep them
// and import samples from CSV, a customer reads its own.
import { EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { UsageMeter } from '../../api/types';
import { USAGE_KINDS, USAGE_METER_STATUSES } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { changed, compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';
import ImportModal from './ImportModal';
import { KindTag } from './shared';

type MeterValues = Partial<Omit<UsageMeter, 'id' | 'customer'>> & { customer_id?: number };

export default function Meters() {
  const { t } = useTranslation();
  const { can, user } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<UsageMeter | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [kind, setKind] = useState<string>('bandwidth');
  const f = table.filters;
  const writer = can('usage.write');
  const staff = user?.customer_id == null;
  return (
    <PageContainer
      title={staff ? t('nav.usage') : t('nav.myUsage')}
      crumbs={[{ title: t('nav.group.business') }, { title: staff ? t('nav.usage') : t('nav.myUsage') }]}
      testId="usage-meters-page"
      extra={
        writer && (
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="usage-import">
              {t('usage.import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setKind('bandwidth');
                setEditing('new');
              }}
              data-testid="usage-meter-create"
            >
              {t('usage.createMeter')}
            </Button>
          </Space>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('usage.searchMeter')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <Select
            allowClear
            placeholder={t('usage.kindLabel')}
            value={f.kind}
            onChange={(v) => table.setFilter('kind', v)}
            style={{ width: 130 }}
            options={USAGE_KINDS.map((k) => ({ value: k, label: t(`usage.kind.${k}`) }))}
          />
          {staff && <RefSelect kind="customers" placeholder={t('usage.customer')} value={f.customer ? Number(f.customer) : undefined} onChange={(v) => table.setFilter('customer', v)} style={{ width: 240 }} />}
        </div>
        <ServerTable<UsageMeter>
          ref={ref}
          path="/api/v1/usage/meters"
          query={{ q: f.q, kind: f.kind, customer: f.customer, contract: f.contract }}
          filterKeys={['q', 'kind', 'customer', 'contract']}
          table={table}
          testId="usage-meters-table"
          listKey="usage.meters"
          columns={[
            { title: t('usage.meterName'), dataIndex: 'name', key: 'name', sorter: true, render: (n: string, r) => <Link to={`/usage/meters/${r.id}`}>{n}</Link> },
            { title: t('usage.kindLabel'), dataIndex: 'kind', key: 'kind', sorter: true, render: (k: string) => <KindTag kind={k} /> },
            ...(staff ? [{ title: t('usage.customer'), dataIndex: 'customer', render: (c: UsageMeter['customer']) => <RefName kind="customers" id={c.id} /> }] : []),
            {
              title: t('usage.contract'),
              dataIndex: 'contract_number',
              key: 'contract',
              sorter: true,
              render: (n: string | null, r) => (n && r.contract_id ? <Link to={`/usage/contracts/${r.contract_id}`}>{n}</Link> : <span className="muted">—</span>),
            },
            { title: t('usage.speed'), dataIndex: 'speed_mbps', render: (s: number | null) => (s ? `${s.toLocaleString()} Mbps` : '—') },
            { title: t('usage.statusLabel'), dataIndex: 'status', key: 'status', sorter: true, render: (s: string) => t(`usage.status.${s}`) },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, r: UsageMeter) => (
                      <Button
                        type="text"
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('common.edit')}
                        onClick={() => {
                          setKind(r.kind);
                          setEditing(r);
                        }}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<MeterValues>
        open={editing !== null}
        title={editing === 'new' ? t('usage.createMeter') : t('usage.editMeter')}
        initialValues={
          editing && editing !== 'new'
            ? { ...editing, customer_id: editing.customer.id }
            : { kind: 'bandwidth', status: 'active', customer_id: f.customer ? Number(f.customer) : undefined }
        }
        onClose={() => setEditing(null)}
        testId="usage-meter-form"
        onValuesChange={(c) => {
          if (c.kind) setKind(c.kind);
        }}
        onSubmit={async (v) => {
          if (editing === 'new') await api.post<UsageMeter>('/api/v1/usage/meters', compact(v));
          else if (editing) {
            const before = { ...editing, customer_id: editing.customer.id };
            const diff = changed(before, { ...v, contract_id: v.contract_id ?? null, speed_mbps: v.speed_mbps ?? null });
            delete (diff as Record<string, unknown>).kind;
            if (Object.keys(diff).length) await api.patch<UsageMeter>(`/api/v1/usage/meters/${editing.id}`, diff);
          }
          message.success(editing === 'new' ? t('common.created') : t('common.saved'));
          ref.current?.reload();
        }}
      >
        <Form.Item name="customer_id" label={t('usage.customer')} rules={[{ required: true }]}>
          <RefSelect kind="customers" data-testid="usage-meter-customer" />
        </Form.Item>
        <Form.Item name="kind" label={t('usage.kindLabel')} rules={[{ required: true }]}>
          <Select disabled={editing !== 'new'} options={USAGE_KINDS.map((k) => ({ value: k, label: t(`usage.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('usage.meterName')} rules={[{ required: true, whitespace: true }]} extra={t(kind === 'bandwidth' ? 'usage.nameHintPort' : 'usage.nameHintPower')}>
          <Input maxLength={100} data-testid="usage-meter-name" />
        </Form.Item>
        <Form.Item noStyle dependencies={['customer_id']}>
          {({ getFieldValue }) => (
            <Form.Item name="contract_id" label={t('usage.contract')} extra={t('usage.contractHint')}>
              <RefSelect kind="contracts" data-testid="usage-meter-contract" allowClear disabled={!getFieldValue('customer_id')} params={{ customer: getFieldValue('customer_id') }} />
            </Form.Item>
          )}
        </Form.Item>
        {kind === 'bandwidth' && (
          <Form.Item name="speed_mbps" label={t('usage.speed')} extra={t('usage.speedHint')}>
            <InputNumber min={1} precision={0} addonAfter="Mbps" style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="status" label={t('usage.statusLabel')}>
          <Select options={USAGE_METER_STATUSES.map((s) => ({ value: s, label: t(`usage.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('usage.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
      <ImportModal open={importing} onClose={() => setImporting(false)} onDone={() => ref.current?.reload()} />
    </PageContainer>
  );
}
