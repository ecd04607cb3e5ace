// 基础设施设备 — the operator's UPS, batteries, generators, ATS, precision air conditioning, gas
// suppression, fire detection and distribution boards, filtered by kind and status; staff add
// and change them.
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { FacilityAsset } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';

export const ASSET_KINDS = ['ups', 'battery_string', 'generator', 'ats', 'crac', 'gas_suppression', 'fire_detection', 'distribution_board'];
const ASSET_STATUSES = ['in_service', 'standby', 'fault', 'retired'];
const STATUS_COLOURS: Record<string, string> = { in_service: 'green', standby: 'blue', fault: 'red', retired: 'default' };

interface Page<T> {
  count: number;
  results: T[];
}

function AddAsset({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const submit = async (v: Record<string, unknown>) => {
    setError(undefined);
    try {
      await api.post('/api/v1/facility/assets', Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')));
      message.success(t('facility_maintenance.assetAdded'));
      form.resetFields();
      onAdded();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Card size="small" title={t('facility_maintenance.addAsset')} data-testid="asset-form">
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
        <Space wrap align="start">
          <Form.Item name="code" label={t('facility_maintenance.code')} rules={[{ required: true }]}>
            <Input style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="name" label={t('facility_maintenance.name')} rules={[{ required: true }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="kind" label={t('facility_maintenance.kind')} rules={[{ required: true }]}>
            <Select style={{ width: 160 }} options={ASSET_KINDS.map((k) => ({ value: k, label: t(`facility_maintenance.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="room_id" label={t('facility_maintenance.roomId')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="power_feed_id" label={t('facility_maintenance.powerFeedId')}>
            <InputNumber min={1} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="model" label={t('facility_maintenance.model')}>
            <Input style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="serial" label={t('facility_maintenance.serial')}>
            <Input style={{ width: 150 }} />
          </Form.Item>
        </Space>
        {error && <div style={{ color: '#cf1322', marginBottom: 8 }} data-testid="asset-error">{error}</div>}
        <Button type="primary" htmlType="submit">
          {t('facility_maintenance.add')}
        </Button>
      </Form>
    </Card>
  );
}

export function AssetList() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [kind, setKind] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<FacilityAsset[]>();
  const load = useCallback(() => {
    const params = new URLSearchParams({ limit: '200' });
    if (kind) params.set('kind', kind);
    if (status) params.set('status', status);
    if (q) params.set('q', q);
    api.get<Page<FacilityAsset>>(`/api/v1/facility/assets?${params}`).then((p) => setRows(p.results));
  }, [kind, status, q]);
  useEffect(load, [load]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search placeholder={t('facility_maintenance.searchAssets')} allowClear onSearch={setQ} style={{ width: 220 }} />
        <Select
          allowClear
          placeholder={t('facility_maintenance.kind')}
          style={{ width: 160 }}
          value={kind}
          onChange={setKind}
          options={ASSET_KINDS.map((k) => ({ value: k, label: t(`facility_maintenance.kinds.${k}`) }))}
          data-testid="asset-kind-filter"
        />
        <Select
          allowClear
          placeholder={t('facility_maintenance.status')}
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={ASSET_STATUSES.map((s) => ({ value: s, label: t(`facility_maintenance.assetStatus.${s}`) }))}
        />
      </Space>
      <Table<FacilityAsset>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        data-testid="asset-table"
        columns={[
          { title: t('facility_maintenance.code'), dataIndex: 'code' },
          { title: t('facility_maintenance.name'), dataIndex: 'name' },
          { title: t('facility_maintenance.kind'), dataIndex: 'kind', render: (k) => t(`facility_maintenance.kinds.${k}`) },
          { title: t('facility_maintenance.modelSerial'), key: 'm', render: (_, a) => [a.model, a.serial].filter(Boolean).join(' / ') || '—' },
          { title: t('facility_maintenance.roomId'), dataIndex: 'room_id' },
          { title: t('facility_maintenance.powerFeedId'), dataIndex: 'power_feed_id', render: (f) => f ?? '—' },
          { title: t('facility_maintenance.installedOn'), dataIndex: 'installed_on', render: (d) => d ?? '—' },
          {
            title: t('facility_maintenance.status'),
            dataIndex: 'status',
            render: (s) => <Tag color={STATUS_COLOURS[s]}>{t(`facility_maintenance.assetStatus.${s}`)}</Tag>,
          },
        ]}
      />
      {can('facility.maintenance.write') && <AddAsset onAdded={load} />}
    </Space>
  );
}

export default AssetList;
