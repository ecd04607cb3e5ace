// One device's configuration backups: settings and host key (a changed key is accepted here,
// after checking it with the device's owner), the stored versions with their text and the diff
// between any two, and every fetch. Customers see their own devices, secrets masked.
import { CheckOutlined, CloudDownloadOutlined, EditOutlined, EyeOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Input, Modal, Popconfirm, Radio, Space, Switch, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import { RefName } from '../../components/Ref';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { ResultTag, SettingsForm, fetchNow } from './ConfigDevices';
import DiffView from './DiffView';
import './configs.css';
import type { ConfigDevice as Device, ConfigDiff, ConfigFetch, ConfigVersion, ConfigVersionBrief } from './types';

function VersionText({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { can, user } = useAuth();
  const [reveal, setReveal] = useState(false);
  const [version, setVersion] = useState<ConfigVersion>();
  const mayReveal = can('configs.secrets.read') && user?.customer_id == null;
  useEffect(() => {
    if (id === null) return;
    setVersion(undefined);
    api.get<ConfigVersion>(`/api/v1/configs/versions/${id}`, reveal ? { secrets: 'true' } : undefined).then(setVersion);
  }, [id, reveal]);
  useEffect(() => setReveal(false), [id]);
  return (
    <Modal open={id !== null} onCancel={onClose} footer={null} width={900} title={version ? t('configs.versionTitle', { n: version.number }) : t('configs.version')} destroyOnClose>
      <Space wrap style={{ marginBottom: 8 }}>
        {version && <DateTime value={version.fetched_at} />}
        {version && <Typography.Text type="secondary">{t('configs.sizeLines', { lines: version.line_count, bytes: version.size })}</Typography.Text>}
        {mayReveal && (
          <Space size={4}>
            <Switch size="small" checked={reveal} onChange={setReveal} data-testid="config-reveal" />
            {t('configs.showSecrets')}
          </Space>
        )}
      </Space>
      {version?.masked && <Alert type="info" showIcon message={t('configs.maskedNote')} style={{ marginBottom: 8 }} />}
      {!version?.masked && version && <Alert type="warning" showIcon message={t('configs.revealedNote')} style={{ marginBottom: 8 }} />}
      <pre className="cfg-text" data-testid="config-text">
        {version?.body ?? '…'}
      </pre>
    </Modal>
  );
}

export default function ConfigDevicePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can, user } = useAuth();
  const { message } = App.useApp();
  const [device, setDevice] = useState<Device>();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const [diff, setDiff] = useState<ConfigDiff>();
  const [accepting, setAccepting] = useState('');
  const [tick, setTick] = useState(0);
  const versions = useTableQuery(10, 'v_');
  const fetches = useTableQuery(10, 'f_');
  const writer = can('configs.write');
  const customer = user?.customer_id != null;
  const load = useCallback(() => {
    api.get<Device>(`/api/v1/configs/devices/${id}`).then(setDevice);
    setTick((n) => n + 1);
  }, [id]);
  useEffect(load, [load]);
  useEffect(() => {
    setDiff(undefined);
    if (from && to && from !== to) api.get<ConfigDiff>('/api/v1/configs/diff', { from: String(Math.min(from, to)), to: String(Math.max(from, to)) }).then(setDiff);
  }, [from, to]);
  const title = device?.device_name ?? t('configs.device');
  return (
    <PageContainer
      title={title}
      crumbs={[{ title: customer ? t('nav.myConfigs') : t('nav.configs'), path: '/configs' }, { title }]}
      testId="config-device-page"
      extra={
        writer &&
        device && (
          <Space wrap>
            <Button
              type="primary"
              icon={<CloudDownloadOutlined />}
              loading={busy}
              data-testid="config-fetch-now"
              onClick={async () => {
                setBusy(true);
                try {
                  await fetchNow(device.device_id, t, message);
                } finally {
                  setBusy(false);
                  load();
                }
              }}
            >
              {t('configs.fetchNow')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          </Space>
        )
      }
    >
      {device?.host_key_pending && (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="config-host-key-alert"
          message={t('configs.hostKeyChanged')}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>{t('configs.hostKeyChangedHint')}</span>
              <span>
                {t('configs.hostKeyOnRecord')}: <span className="cfg-key">{device.host_key}</span>
              </span>
              <span>
                {t('configs.hostKeyPresented')}: <span className="cfg-key">{device.host_key_pending}</span>
              </span>
              {writer && (
                <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
                  <Input value={accepting} onChange={(e) => setAccepting(e.target.value)} placeholder={t('configs.acceptPlaceholder')} data-testid="config-accept-input" />
                  <Popconfirm
                    title={t('configs.acceptConfirm')}
                    okText={t('configs.accept')}
                    cancelText={t('common.cancel')}
                    onConfirm={async () => {
                      await api.post(`/api/v1/configs/devices/${device.device_id}/accept-host-key`, { host_key: accepting.trim() });
                      message.success(t('configs.accepted'));
                      setAccepting('');
                      load();
                    }}
                  >
                    <Button danger icon={<CheckOutlined />} disabled={!accepting.trim()} data-testid="config-accept">
                      {t('configs.accept')}
                    </Button>
                  </Popconfirm>
                </Space.Compact>
              )}
            </Space>
          }
        />
      )}
      <Card style={{ marginBottom: 16 }} loading={!device}>
        {device && (
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            {!customer && <Descriptions.Item label={t('configs.customer')}>{device.customer_id ? <RefName kind="customers" id={device.customer_id} /> : t('configs.operator')}</Descriptions.Item>}
            <Descriptions.Item label={t('configs.vendor')}>{t(`configs.vendors.${device.vendor}`)}</Descriptions.Item>
            <Descriptions.Item label={t('configs.address')}>{`${device.address}:${device.port}`}</Descriptions.Item>
            {!customer && <Descriptions.Item label={t('configs.username')}>{device.username}</Descriptions.Item>}
            {!customer && <Descriptions.Item label={t('configs.authMethod')}>{t(`configs.auth.${device.auth_method}`)}</Descriptions.Item>}
            <Descriptions.Item label={t('configs.interval')}>{t('configs.everyHours', { n: +(device.interval_s / 3600).toFixed(2) })}</Descriptions.Item>
            <Descriptions.Item label={t('configs.lastFetch')}>
              <Space size={4}>
                <ResultTag result={device.last_result} error={device.last_error} />
                {device.last_fetch_at && <DateTime value={device.last_fetch_at} />}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('configs.nextFetch')}>{device.enabled ? <DateTime value={device.next_fetch_at} /> : <Tag>{t('configs.paused')}</Tag>}</Descriptions.Item>
            {!customer && (
              <Descriptions.Item label={t('configs.hostKey')}>
                <span className="cfg-key">{device.host_key ?? t('configs.hostKeyFirstContact')}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'versions',
              label: t('configs.versions'),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t('configs.compareHint')}</Typography.Paragraph>
                  <ServerTable<ConfigVersionBrief>
                    key={`v${tick}`}
                    path="/api/v1/configs/versions"
                    rowKey="id"
                    query={{ device: id }}
                    table={versions}
                    testId="config-versions-table"
                    scroll={{ x: 'max-content' }}
                    columns={[
                      { title: t('configs.version'), dataIndex: 'number', key: 'number', sorter: true, render: (n: number) => `v${n}` },
                      { title: t('configs.fetchedAt'), dataIndex: 'fetched_at', key: 'fetched_at', sorter: true, render: (at: string) => <DateTime value={at} /> },
                      { title: t('configs.size'), key: 'size', render: (_: unknown, v: ConfigVersionBrief) => t('configs.sizeLines', { lines: v.line_count, bytes: v.size }) },
                      { title: t('configs.change'), dataIndex: 'outside_change', render: (o: boolean) => (o ? <Tag color="red">{t('configs.outsideChange')}</Tag> : null) },
                      { title: t('configs.compareFrom'), key: 'from', render: (_: unknown, v: ConfigVersionBrief) => <Radio checked={from === v.id} onChange={() => setFrom(v.id)} data-testid={`config-from-${v.number}`} /> },
                      { title: t('configs.compareTo'), key: 'to', render: (_: unknown, v: ConfigVersionBrief) => <Radio checked={to === v.id} onChange={() => setTo(v.id)} data-testid={`config-to-${v.number}`} /> },
                      { title: '', key: 'view', render: (_: unknown, v: ConfigVersionBrief) => <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(v.id)} data-testid={`config-view-${v.number}`}>{t('configs.view')}</Button> },
                    ]}
                  />
                  {diff && (
                    <div style={{ marginTop: 16 }}>
                      <Typography.Title level={5}>{t('configs.diffTitle', { from: diff.from.number, to: diff.to.number })}</Typography.Title>
                      <DiffView diff={diff} />
                    </div>
                  )}
                </>
              ),
            },
            {
              key: 'fetches',
              label: t('configs.fetches'),
              children: (
                <ServerTable<ConfigFetch>
                  key={`f${tick}`}
                  path="/api/v1/configs/fetches"
                  rowKey="id"
                  query={{ device: id }}
                  table={fetches}
                  testId="config-fetches-table"
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('configs.at'), dataIndex: 'at', key: 'at', sorter: true, render: (at: string) => <DateTime value={at} /> },
                    { title: t('configs.resultLabel'), dataIndex: 'result', key: 'result', sorter: true, render: (r: string) => <ResultTag result={r} /> },
                    { title: t('configs.failure'), dataIndex: 'failure', render: (f: string | null) => (f ? t(`configs.failures.${f}`) : '') },
                    { title: t('configs.cause'), dataIndex: 'cause', render: (c: string) => t(`configs.causes.${c}`) },
                    { title: t('configs.error'), dataIndex: 'error', ellipsis: true },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
      <VersionText id={viewing} onClose={() => setViewing(null)} />
      {device && <SettingsForm editing={editing ? device : null} onClose={() => setEditing(false)} onSaved={load} />}
    </PageContainer>
  );
}
