// The devices the poller polls: SNMP credentials (write-only: the server never sends them back),
// intervals, what discovery matched, and each device's TCP/HTTP checks.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { MonitoredDevice, MonitoringCheck } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { RefName, RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';

const VERSIONS = ['none', 'v2c', 'v3'] as const;

interface SettingsValues {
  device?: number;
  snmp_version: (typeof VERSIONS)[number];
  // Named as the API names them, so that its field errors (snmp/auth_pass) land on the fields.
  snmp?: { community?: string; user?: string; auth_pass?: string; priv_pass?: string };
  snmp_port?: number;
  ping_interval_s?: number;
  snmp_interval_s?: number;
}

interface CheckValues {
  kind: 'tcp' | 'http';
  port?: number;
  url?: string;
  interval_s?: number;
}

function Checks({ device, writer, onChange }: { device: number; writer: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [checks, setChecks] = useState<MonitoringCheck[]>();
  const [adding, setAdding] = useState(false);
  const load = useCallback(() => {
    api.get<MonitoredDevice>(`/api/v1/monitoring/devices/${device}`).then((d) => setChecks(d.checks ?? []));
  }, [device]);
  useEffect(load, [load]);
  return (
    <div data-testid={`checks-${device}`}>
      <Table<MonitoringCheck>
        size="small"
        rowKey="id"
        pagination={false}
        loading={!checks}
        dataSource={checks}
        locale={{ emptyText: t('monitoring.noChecks') }}
        columns={[
          { title: t('monitoring.checkKind'), dataIndex: 'kind', width: 100, render: (k) => t(`monitoring.kind.${k}`) },
          { title: t('monitoring.checkTarget'), key: 'target', render: (_, c) => (c.kind === 'tcp' ? `TCP ${c.port}` : c.url) },
          { title: t('monitoring.interval'), dataIndex: 'interval_s', width: 120, render: (s) => t('monitoring.seconds', { n: s }) },
          ...(writer
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 60,
                  render: (_: unknown, c: MonitoringCheck) => (
                    <Popconfirm
                      title={t('monitoring.removeCheckConfirm')}
                      okText={t('common.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => {
                        await api.del(`/api/v1/monitoring/checks/${c.id}`);
                        message.success(t('common.saved'));
                        load();
                      }}
                    >
                      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {writer && (
        <Button size="small" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => setAdding(true)} data-testid={`check-add-${device}`}>
          {t('monitoring.addCheck')}
        </Button>
      )}
      <FormModal<CheckValues>
        open={adding}
        title={t('monitoring.addCheck')}
        initialValues={{ kind: 'tcp', interval_s: 60 }}
        onClose={() => setAdding(false)}
        testId="check-form"
        onSubmit={async (v) => {
          await api.post(`/api/v1/monitoring/devices/${device}/checks`, v.kind === 'tcp' ? { kind: v.kind, port: v.port, interval_s: v.interval_s } : { kind: v.kind, url: v.url, interval_s: v.interval_s });
          message.success(t('common.created'));
          load();
          onChange();
        }}
      >
        <Form.Item name="kind" label={t('monitoring.checkKind')}>
          <Select options={(['tcp', 'http'] as const).map((k) => ({ value: k, label: t(`monitoring.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {({ getFieldValue }) =>
            getFieldValue('kind') === 'http' ? (
              <Form.Item name="url" label="URL" rules={[{ required: true }]} extra={t('monitoring.urlHint')}>
                <Input maxLength={500} placeholder="https://" />
              </Form.Item>
            ) : (
              <Form.Item name="port" label={t('monitoring.tcpPort')} rules={[{ required: true }]}>
                <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="interval_s" label={t('monitoring.intervalSeconds')}>
          <InputNumber min={10} max={86400} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </div>
  );
}

export default function MonitoredDevices() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<MonitoredDevice | 'new' | null>(null);
  const writer = can('monitoring.write');
  const f = table.filters;
  return (
    <PageContainer
      title={t('nav.monitoredDevices')}
      crumbs={[{ title: t('nav.group.monitoring') }, { title: t('nav.monitoredDevices') }]}
      testId="monitored-devices-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="monitored-device-create">
            {t('monitoring.addDevice')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('monitoring.search')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <Select allowClear placeholder={t('monitoring.snmpVersion')} value={f.snmp_version} onChange={(v) => table.setFilter('snmp_version', v)} style={{ width: 150 }} options={VERSIONS.map((v) => ({ value: v, label: t(`monitoring.version.${v}`) }))} />
        </div>
        <ServerTable<MonitoredDevice>
          ref={ref}
          path="/api/v1/monitoring/devices"
          rowKey="device_id"
          query={{ q: f.q, snmp_version: f.snmp_version }}
          filterKeys={['q', 'snmp_version']}
          table={table}
          testId="monitored-devices-table"
          listKey="monitoring.devices"
          expandable={{ expandedRowRender: (d: MonitoredDevice) => <Checks device={d.device_id} writer={writer} onChange={() => ref.current?.reload()} /> }}
          columns={[
            {
              title: t('monitoring.device'),
              dataIndex: 'device_id',
              key: 'device_name',
              sorter: true,
              render: (id: number, d: MonitoredDevice) => (
                <Space size={8}>
                  <Link to={`/dcim/devices/${id}`}>{d.device_name}</Link>
                  <Link to={`/monitoring/graphs/${id}`} data-testid={`graphs-${id}`}>
                    {t('monitoring_pages.monitorLink')}
                  </Link>
                </Space>
              ),
            },
            { title: t('dcim.customer'), dataIndex: 'customer_id', render: (c) => <RefName kind="customers" id={c} /> },
            {
              title: t('monitoring.snmpVersion'),
              dataIndex: 'snmp_version',
              key: 'snmp_version',
              sorter: true,
              render: (v: string, d: MonitoredDevice) => (
                <Space size={4}>
                  {t(`monitoring.version.${v}`)}
                  {v !== 'none' && (d.credentials_set ? <Tag color="green">{t('monitoring.credentialsSet')}</Tag> : <Tag color="red">{t('monitoring.credentialsMissing')}</Tag>)}
                </Space>
              ),
            },
            { title: 'sysName', dataIndex: 'sys_name', ellipsis: true, render: (s) => s ?? <span className="muted">{t('monitoring.notDiscovered')}</span> },
            {
              title: t('monitoring.interfaces'),
              key: 'interfaces',
              render: (_: unknown, d: MonitoredDevice) => t('monitoring.matchedOf', { matched: d.interfaces_matched, total: d.interfaces_matched + d.interfaces_unmatched }),
            },
            { title: t('monitoring.intervals'), key: 'intervals', render: (_: unknown, d: MonitoredDevice) => t('monitoring.intervalPair', { ping: d.ping_interval_s, snmp: d.snmp_interval_s }) },
            {
              title: t('monitoring.state'),
              key: 'state',
              render: (_: unknown, d: MonitoredDevice) =>
                !d.enabled ? <Tag>{t('monitoring.paused')}</Tag> : d.last_error ? <Tooltip title={d.last_error}><Tag color="orange">{t('monitoring.failing')}</Tag></Tooltip> : <Tag color="blue">{t('monitoring.polling')}</Tag>,
            },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, d: MonitoredDevice) => (
                      <Space size={0}>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(d)} />
                        <Popconfirm
                          title={t('monitoring.removeConfirm', { name: d.device_name })}
                          okText={t('common.remove')}
                          cancelText={t('common.cancel')}
                          onConfirm={async () => {
                            await api.del(`/api/v1/monitoring/devices/${d.device_id}`);
                            message.success(t('common.saved'));
                            ref.current?.reload();
                          }}
                        >
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
      <FormModal<SettingsValues>
        open={editing !== null}
        title={editing === 'new' ? t('monitoring.addDevice') : t('monitoring.editDevice', { name: editing?.device_name })}
        initialValues={editing && editing !== 'new' ? { snmp_version: editing.snmp_version, snmp_port: editing.snmp_port, ping_interval_s: editing.ping_interval_s, snmp_interval_s: editing.snmp_interval_s } : { snmp_version: 'v2c', snmp_port: 161 }}
        onClose={() => setEditing(null)}
        testId="monitored-device-form"
        onSubmit={async (v) => {
          const id = editing === 'new' ? v.device : editing?.device_id;
          // Empty secret fields keep what is stored: the server never sends the secrets back.
          const s = v.snmp ?? {};
          const secret = v.snmp_version === 'v2c' ? (s.community ? { community: s.community } : undefined) : v.snmp_version === 'v3' ? (s.user || s.auth_pass || s.priv_pass ? { user: s.user, auth_pass: s.auth_pass, priv_pass: s.priv_pass } : undefined) : undefined;
          await api.put(`/api/v1/monitoring/devices/${id}`, { snmp_version: v.snmp_version, snmp_port: v.snmp_port, ping_interval_s: v.ping_interval_s, snmp_interval_s: v.snmp_interval_s, ...(secret ? { snmp: secret } : {}) });
          message.success(t('common.saved'));
          ref.current?.reload();
        }}
      >
        {editing === 'new' && (
          <Form.Item name="device" label={t('monitoring.device')} rules={[{ required: true }]} extra={t('monitoring.deviceHint')}>
            <RefSelect kind="devices" />
          </Form.Item>
        )}
        <Form.Item name="snmp_version" label={t('monitoring.snmpVersion')}>
          <Select options={VERSIONS.map((v) => ({ value: v, label: t(`monitoring.version.${v}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.snmp_version !== b.snmp_version}>
          {({ getFieldValue }) =>
            getFieldValue('snmp_version') === 'v2c' ? (
              <Form.Item name={['snmp', 'community']} label={t('monitoring.community')} extra={editing !== 'new' && editing?.credentials_set ? t('monitoring.secretKept') : undefined}>
                <Input.Password maxLength={64} autoComplete="off" />
              </Form.Item>
            ) : getFieldValue('snmp_version') === 'v3' ? (
              <>
                <Form.Item name={['snmp', 'user']} label={t('monitoring.v3User')} extra={editing !== 'new' && editing?.credentials_set ? t('monitoring.secretKept') : t('monitoring.v3Hint')}>
                  <Input maxLength={32} autoComplete="off" />
                </Form.Item>
                <Form.Item name={['snmp', 'auth_pass']} label={t('monitoring.authPass')}>
                  <Input.Password maxLength={64} autoComplete="new-password" />
                </Form.Item>
                <Form.Item name={['snmp', 'priv_pass']} label={t('monitoring.privPass')}>
                  <Input.Password maxLength={64} autoComplete="new-password" />
                </Form.Item>
              </>
            ) : null
          }
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="snmp_port" label={t('monitoring.snmpPort')}>
              <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ping_interval_s" label={t('monitoring.pingInterval')}>
              <InputNumber min={10} max={86400} precision={0} style={{ width: '100%' }} placeholder="60" addonAfter={t('monitoring.secondsUnit')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="snmp_interval_s" label={t('monitoring.snmpInterval')}>
              <InputNumber min={30} max={86400} precision={0} style={{ width: '100%' }} placeholder="300" addonAfter={t('monitoring.secondsUnit')} />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
    </PageContainer>
  );
}
