// Network devices whose running configuration is backed up over SSH: vendor, last fetch and its
// result, a changed host key waiting for acceptance; staff set a device up (credentials are
// write-only: the server never sends them back) and fetch now. Customers see their own devices.
import { CloudDownloadOutlined, EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Tag, Tooltip } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { FETCH_RESULTS, VENDORS, type ConfigDevice, type ConfigFetch } from './types';

interface SettingsValues {
  device?: number;
  vendor?: string;
  port?: number;
  username: string;
  auth: 'password' | 'key';
  password?: string;
  private_key?: string;
  host_key?: string;
  interval_h?: number;
  enabled?: boolean;
}

export function ResultTag({ result, error }: { result: string | null | undefined; error?: string | null }) {
  const { t } = useTranslation();
  if (!result) return <Tag>{t('configs.never')}</Tag>;
  const color = result === 'ok' ? 'green' : result === 'unchanged' ? 'blue' : 'red';
  const tag = <Tag color={color}>{t(`configs.result.${result}`)}</Tag>;
  return error ? <Tooltip title={error}>{tag}</Tooltip> : tag;
}

export function SettingsForm({ editing, onClose, onSaved }: { editing: ConfigDevice | 'new' | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const existing = editing && editing !== 'new' ? editing : null;
  return (
    <FormModal<SettingsValues>
      open={editing !== null}
      title={existing ? t('configs.editDevice', { name: existing.device_name }) : t('configs.addDevice')}
      initialValues={
        existing
          ? { vendor: existing.vendor_override ?? undefined, port: existing.port, username: existing.username, auth: existing.auth_method as 'password' | 'key', interval_h: existing.interval_s / 3600, enabled: existing.enabled }
          : { port: 22, auth: 'password', interval_h: 24, enabled: true }
      }
      onClose={onClose}
      testId="config-device-form"
      onSubmit={async (v) => {
        const id = existing ? existing.device_id : v.device;
        await api.put(`/api/v1/configs/devices/${id}`, {
          ...(v.vendor ? { vendor: v.vendor } : {}),
          port: v.port,
          username: v.username,
          // Empty secret fields keep what is stored.
          ...(v.auth === 'password' && v.password ? { password: v.password } : {}),
          ...(v.auth === 'key' && v.private_key ? { private_key: v.private_key } : {}),
          ...(v.host_key ? { host_key: v.host_key } : {}),
          interval_s: Math.round((v.interval_h ?? 24) * 3600),
          enabled: v.enabled,
        });
        message.success(t('common.saved'));
        onSaved();
      }}
    >
      {!existing && (
        <Form.Item name="device" label={t('configs.device')} rules={[{ required: true }]} extra={t('configs.deviceHint')}>
          <RefSelect kind="devices" />
        </Form.Item>
      )}
      <Form.Item name="vendor" label={t('configs.vendor')} extra={t('configs.vendorHint')}>
        <Select allowClear placeholder={t('configs.vendorAuto')} options={VENDORS.map((v) => ({ value: v, label: t(`configs.vendors.${v}`) }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item name="username" label={t('configs.username')} rules={[{ required: true }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="port" label={t('configs.port')}>
            <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="auth" label={t('configs.authMethod')}>
        <Select options={(['password', 'key'] as const).map((k) => ({ value: k, label: t(`configs.auth.${k}`) }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.auth !== b.auth}>
        {({ getFieldValue }) =>
          getFieldValue('auth') === 'key' ? (
            <Form.Item name="private_key" label={t('configs.privateKey')} extra={existing ? t('configs.secretKept') : undefined}>
              <Input.TextArea rows={4} autoComplete="off" spellCheck={false} />
            </Form.Item>
          ) : (
            <Form.Item name="password" label={t('configs.password')} extra={existing ? t('configs.secretKept') : undefined}>
              <Input.Password maxLength={200} autoComplete="new-password" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="host_key" label={t('configs.hostKeyManual')} extra={t('configs.hostKeyManualHint')}>
        <Input maxLength={200} placeholder="ssh-ed25519 SHA256:…" autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="interval_h" label={t('configs.interval')}>
            <InputNumber min={0.25} max={168} step={1} style={{ width: '100%' }} addonAfter={t('configs.hours')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="enabled" label={t('configs.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

export async function fetchNow(id: number, t: (k: string, o?: Record<string, unknown>) => string, message: { success: (s: string) => void; error: (s: string) => void; info: (s: string) => void }) {
  const f = await api.post<ConfigFetch>(`/api/v1/configs/devices/${id}/fetch`);
  if (f.result === 'failed') message.error(t('configs.fetchFailed', { error: f.error }));
  else if (f.result === 'ok') message.success(t('configs.fetchNewVersion'));
  else message.info(t('configs.fetchUnchanged'));
  return f;
}

export default function ConfigDevices() {
  const { t } = useTranslation();
  const { can, user } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<ConfigDevice | 'new' | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const writer = can('configs.write');
  const customer = user?.customer_id != null;
  const f = table.filters;
  const title = customer ? t('nav.myConfigs') : t('nav.configs');
  return (
    <PageContainer
      title={title}
      crumbs={[{ title: customer ? t('portalMenu.network') : t('nav.group.monitoring') }, { title }]}
      testId="config-devices-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="config-device-create">
            {t('configs.addDevice')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('configs.search')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <Select allowClear placeholder={t('configs.vendor')} value={f.vendor} onChange={(v) => table.setFilter('vendor', v)} style={{ width: 170 }} options={VENDORS.map((v) => ({ value: v, label: t(`configs.vendors.${v}`) }))} />
          <Select allowClear placeholder={t('configs.lastResult')} value={f.last_result} onChange={(v) => table.setFilter('last_result', v)} style={{ width: 140 }} options={FETCH_RESULTS.map((r) => ({ value: r, label: t(`configs.result.${r}`) }))} />
          {!customer && (
            <Select allowClear placeholder={t('configs.hostKey')} value={f.host_key_pending} onChange={(v) => table.setFilter('host_key_pending', v)} style={{ width: 170 }} options={[{ value: 'true', label: t('configs.hostKeyPending') }]} />
          )}
        </div>
        <ServerTable<ConfigDevice>
          ref={ref}
          path="/api/v1/configs/devices"
          rowKey="device_id"
          query={{ q: f.q, vendor: f.vendor, last_result: f.last_result, host_key_pending: f.host_key_pending }}
          filterKeys={['q', 'vendor', 'last_result', 'host_key_pending']}
          table={table}
          testId="config-devices-table"
          listKey="configs.devices"
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('configs.device'),
              dataIndex: 'device_name',
              key: 'device_name',
              sorter: true,
              render: (name: string, d: ConfigDevice) => (
                <Space size={4}>
                  <Link to={`/configs/${d.device_id}`} data-testid={`config-device-${d.device_id}`}>
                    {name}
                  </Link>
                  {d.host_key_pending && (
                    <Tooltip title={t('configs.hostKeyChangedHint')}>
                      <Tag color="red" icon={<WarningOutlined />}>
                        {t('configs.hostKeyChanged')}
                      </Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            ...(customer ? [] : [{ title: t('configs.customer'), dataIndex: 'customer_id', render: (c: number | null) => (c ? <RefName kind="customers" id={c} /> : <span className="muted">{t('configs.operator')}</span>) }]),
            { title: t('configs.vendor'), dataIndex: 'vendor', key: 'vendor', sorter: true, render: (v: string) => t(`configs.vendors.${v}`) },
            { title: t('configs.address'), dataIndex: 'address', render: (a: string, d: ConfigDevice) => `${a}:${d.port}` },
            { title: t('configs.lastFetch'), dataIndex: 'last_fetch_at', key: 'last_fetch_at', sorter: true, render: (at: string | null, d: ConfigDevice) => (
                <Space size={4}>
                  <ResultTag result={d.last_result} error={d.last_error} />
                  {at && <DateTime value={at} relative />}
                </Space>
              ) },
            { title: t('configs.lastSuccess'), dataIndex: 'last_success_at', key: 'last_success_at', sorter: true, render: (at: string | null) => (at ? <DateTime value={at} relative /> : '—') },
            { title: t('configs.versions'), dataIndex: 'version_count' },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, d: ConfigDevice) => (
                      <Space size={0}>
                        <Tooltip title={t('configs.fetchNow')}>
                          <Button
                            type="text"
                            size="small"
                            loading={busy === d.device_id}
                            icon={<CloudDownloadOutlined />}
                            aria-label={t('configs.fetchNow')}
                            data-testid={`config-fetch-${d.device_id}`}
                            onClick={async () => {
                              setBusy(d.device_id);
                              try {
                                await fetchNow(d.device_id, t, message);
                              } finally {
                                setBusy(null);
                                ref.current?.reload();
                              }
                            }}
                          />
                        </Tooltip>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(d)} />
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <SettingsForm editing={editing} onClose={() => setEditing(null)} onSaved={() => ref.current?.reload()} />
    </PageContainer>
  );
}
