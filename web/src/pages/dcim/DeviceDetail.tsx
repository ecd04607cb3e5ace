// One device of the ledger: what it is, where it sits, whose it is, its maintenance history
// and every lifecycle move (R4.3.1).
import { AreaChartOutlined, DownOutlined, EditOutlined, SwapOutlined, ToolOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Descriptions, Dropdown, Empty, Form, Input, Row, Skeleton, Table, Tabs, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, type Page } from '../../api/client';
import type { Device, Elevation, Interface, MaintenanceRecord } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import RackElevation from '../../components/RackElevation';
import { RefName } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import StatusTag from '../../components/StatusTag';
import Cables from './Cables';
import { fmtPower, businessToday } from '../../lib/format';
import { changed } from '../../lib/objects';
import { forgetRef } from '../../lib/refs';
import { useApi } from '../../lib/useApi';
import DeviceFormItems, { DEVICE_STATUSES } from './DeviceForm';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

const EVENT_COLOURS: Record<string, string> = {
  received: 'blue',
  racked: 'green',
  moved: 'cyan',
  removed: 'orange',
  status: 'purple',
  maintenance: 'gray',
};

export default function DeviceDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const device = useApi<Device>(`/api/v1/dcim/devices/${id}`);
  const rackId = device.data?.rack?.id;
  const elevation = useApi<Elevation>(rackId ? `/api/v1/dcim/racks/${rackId}/elevation` : null);
  const interfaces = useApi<Page<Interface>>(device.data ? '/api/v1/dcim/interfaces' : null, { device: id, limit: 500 });
  const [editing, setEditing] = useState<false | 'identity' | 'placement'>(false);
  const [maintaining, setMaintaining] = useState(false);

  if (device.error) return <LoadError error={device.error} onRetry={device.reload} />;
  if (!device.data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const d = device.data;
  const writable = can('dcim.devices.write');

  const setStatus = async (status: string) => {
    try {
      const next = await api.patch<Device>(`/api/v1/dcim/devices/${d.id}`, { status });
      device.setData(next);
      message.success(t('devices.statusChanged', { status: t(`status.device.${status}`) }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  const maintenance = [...(d.maintenance ?? [])].sort((a, b) => b.performed_on.localeCompare(a.performed_on));
  const history = [...(d.history ?? [])].reverse();

  return (
    <PageContainer
      title={d.name}
      docTitle={`${t('devices.device')} ${d.name}`}
      tags={<StatusTag kind="device" value={d.status} />}
      subTitle={d.device_type.label}
      testId="device-detail"
      crumbs={
        isCustomer
          ? [{ title: t('nav.myDevices'), path: '/dcim/devices' }, { title: d.name }]
          : [{ title: t('nav.group.infrastructure') }, { title: t('nav.devices'), path: '/dcim/devices' }, { title: d.name }]
      }
      extra={
        <>
          {can('monitoring.read') && (
            <Link to={`/monitoring/graphs/${d.id}`}>
              <Button icon={<AreaChartOutlined />} data-testid="device-monitoring">
                {t('monitoring_pages.monitorLink')}
              </Button>
            </Link>
          )}
          {writable && (
            <>
              <Button icon={<ToolOutlined />} onClick={() => setMaintaining(true)} data-testid="maintenance-add">
                {t('maintenance.record')}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setEditing('placement')}>
                {t('devices.move')}
              </Button>
              <Dropdown
                menu={{
                  items: DEVICE_STATUSES.filter((s) => s !== d.status).map((s) => ({ key: s, label: t(`status.device.${s}`) })),
                  onClick: ({ key }) => void setStatus(key),
                }}
              >
                <Button>
                  {t('devices.changeStatus')} <DownOutlined />
                </Button>
              </Dropdown>
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing('identity')}>
                {t('common.edit')}
              </Button>
            </>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('devices.overview')}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('devices.type')}>
                {isCustomer ? d.device_type.label : <Link to={`/dcim/device-types/${d.device_type.id}`}>{d.device_type.label}</Link>}
              </Descriptions.Item>
              <Descriptions.Item label={t('devices.role')}>{t(`devices.roles.${d.role}`, { defaultValue: d.role })}</Descriptions.Item>
              <Descriptions.Item label={t('devices.serial')}>
                <Typography.Text className="mono" copyable={!!d.serial}>
                  {d.serial || '—'}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('devices.assetTag')}>{d.asset_tag ?? '—'}</Descriptions.Item>
              {!isCustomer && (
                <Descriptions.Item label={t('dcim.customer')}>
                  <RefName kind="customers" id={d.customer_id} />
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('dcim.site')}>
                <RefName kind="sites" id={d.site_id} link={!isCustomer} />
              </Descriptions.Item>
              <Descriptions.Item label={t('dcim.room')}>
                <RefName kind="rooms" id={d.room_id} link={!isCustomer} />
              </Descriptions.Item>
              <Descriptions.Item label={t('devices.location')}>
                {d.rack ? (
                  <>
                    <Link to={`/dcim/racks/${d.rack.id}`}>{d.rack.name}</Link>
                    {d.position != null && ` · U${d.position}${d.u_height > 1 ? `–U${d.position + d.u_height - 1}` : ''}`}
                    {d.face && ` · ${t(`rack.face.${d.face}`)}`}
                  </>
                ) : (
                  <span className="muted">{t('devices.unracked')}</span>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('devices.height')}>{d.u_height} U</Descriptions.Item>
              <Descriptions.Item label={t('devices.power')}>
                {fmtPower(d.max_power_w)} · {d.redundant_power ? t('devices.redundantAB') : `${t('devices.feed')} ${d.feed}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('devices.mgmtAddress')}>
                <span className="mono">{d.mgmt_address || '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('common.createdAt')}>
                <DateTime value={d.created_at} />
              </Descriptions.Item>
              <Descriptions.Item label={t('common.updatedAt')}>
                <DateTime value={d.updated_at} />
              </Descriptions.Item>
              {d.config_notes && (
                <Descriptions.Item label={t('devices.configNotes')} span={2}>
                  <pre className="json-block">{d.config_notes}</pre>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card style={{ marginTop: 16 }} styles={{ body: { paddingTop: 0 } }}>
            <Tabs
              items={[
                {
                  key: 'maintenance',
                  label: `${t('maintenance.title')} (${maintenance.length})`,
                  children: (
                    <Table<MaintenanceRecord>
                      rowKey="id"
                      size="small"
                      dataSource={maintenance}
                      pagination={maintenance.length > 10 ? { pageSize: 10 } : false}
                      data-testid="maintenance-table"
                      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('maintenance.empty')} /> }}
                      columns={[
                        { title: t('maintenance.performedOn'), dataIndex: 'performed_on', width: 120 },
                        { title: t('maintenance.performedBy'), dataIndex: 'performed_by', width: 140 },
                        { title: t('maintenance.summary'), dataIndex: 'summary' },
                        {
                          title: t('maintenance.nextDue'),
                          dataIndex: 'next_due',
                          width: 120,
                          render: (v: string | null) =>
                            v ? <span style={{ color: dayjs(v).isBefore(businessToday()) ? '#cf1322' : undefined }}>{v}</span> : '—',
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'history',
                  label: `${t('devices.history')} (${history.length})`,
                  children: history.length ? (
                    <Timeline
                      style={{ marginTop: 16 }}
                      data-testid="device-history"
                      items={history.map((e) => ({
                        color: EVENT_COLOURS[e.kind] ?? 'gray',
                        children: (
                          <div>
                            <Typography.Text strong>{t(`devices.events.${e.kind}`, { defaultValue: e.kind })}</Typography.Text>
                            <span className="muted">
                              {' '}
                              · {e.actor} · <DateTime value={e.at} />
                            </span>
                            <div>{e.detail}</div>
                          </div>
                        ),
                      }))}
                    />
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('devices.noHistory')} />
                  ),
                },
                {
                  key: 'cables',
                  label: <span data-testid="device-tab-cables">{t('cables.tab')}</span>,
                  children: <Cables device={d.id} />,
                },
                {
                  key: 'interfaces',
                  label: `${t('devices.interfaces')} (${interfaces.data?.count ?? 0})`,
                  children: (
                    <Table<Interface>
                      rowKey="id"
                      size="small"
                      loading={!interfaces.data && !interfaces.error}
                      dataSource={interfaces.data?.results ?? []}
                      pagination={false}
                      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
                      columns={[
                        { title: t('devices.interface'), dataIndex: 'name' },
                        { title: t('common.type'), dataIndex: 'type', render: (v) => <span className="mono">{v}</span> },
                        { title: t('devices.speed'), dataIndex: 'speed_mbps', render: (v) => (v ? `${v} Mbps` : '—') },
                        { title: t('devices.mgmtOnly'), dataIndex: 'mgmt_only', render: (v) => (v ? t('common.yes') : '') },
                        { title: t('devices.enabled'), dataIndex: 'enabled', render: (v) => (v ? t('common.yes') : t('common.no')) },
                        { title: t('common.description'), dataIndex: 'description' },
                        ...(can('monitoring.read')
                          ? [{ title: '', key: 'graphs', render: (_: unknown, i: Interface) => <Link to={`/monitoring/graphs/${d.id}?interface=${i.id}`} data-testid={`interface-graphs-${i.id}`}>{t('monitoring_pages.monitorLink')}</Link> }]
                          : []),
                      ]}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={d.rack ? `${t('racks.rack')} ${d.rack.name}` : t('racks.elevation')} extra={d.rack && <Link to={`/dcim/racks/${d.rack.id}`}>{t('common.open')}</Link>}>
            {!d.rack ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('devices.unracked')} />
            ) : !elevation.data ? (
              elevation.error ? <LoadError error={elevation.error} /> : <Skeleton active paragraph={{ rows: 12 }} />
            ) : (
              <div className="rack-faces">
                <RackElevation
                  elevation={elevation.data}
                  face={d.face === 'rear' ? 'rear' : 'front'}
                  highlight={d.id}
                  unitPx={13}
                  onOpenDevice={(other) => other !== d.id && navigate(`/dcim/devices/${other}`)}
                />
              </div>
            )}
          </Card>
        </Col>
      </Row>
      <FormModal<Record<string, unknown>>
        open={editing !== false}
        title={editing === 'placement' ? t('devices.move') : t('devices.edit')}
        width={720}
        initialValues={{ ...d, device_type_id: d.device_type.id, rack_id: d.rack?.id, force: false }}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          const before: Record<string, unknown> = { ...d, device_type_id: d.device_type.id, rack_id: d.rack?.id ?? null };
          const next: Record<string, unknown> = { ...v };
          delete next.device_type_id;
          if (editing === 'placement') {
            next.rack_id = v.rack_id ?? null;
            next.position = v.rack_id ? (v.position ?? null) : null;
            next.face = v.rack_id ? (v.face ?? null) : null;
          } else {
            next.customer_id = v.customer_id ?? null;
            next.asset_tag = v.asset_tag || null;
          }
          const patch = changed(before, next) as Record<string, unknown>;
          if (!v.force) delete patch.force;
          const saved = await api.patch<Device>(`/api/v1/dcim/devices/${d.id}`, patch);
          forgetRef('devices', d.id);
          device.setData(saved);
          elevation.reload();
          message.success(t('common.saved'));
        }}
      >
        <DeviceFormItems part={editing === 'placement' ? 'placement' : 'identity'} />
      </FormModal>
      <FormModal<{ performed_on: Dayjs; performed_by?: string; summary: string; next_due?: Dayjs }>
        open={maintaining}
        title={t('maintenance.record')}
        initialValues={{ performed_on: businessToday() }}
        onClose={() => setMaintaining(false)}
        testId="maintenance-form"
        onSubmit={async (v) => {
          await api.post(`/api/v1/dcim/devices/${d.id}/maintenance`, {
            performed_on: v.performed_on.format('YYYY-MM-DD'),
            performed_by: v.performed_by ?? '',
            summary: v.summary,
            ...(v.next_due ? { next_due: v.next_due.format('YYYY-MM-DD') } : {}),
          });
          message.success(t('maintenance.recorded'));
          device.reload();
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="performed_on" label={t('maintenance.performedOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="performed_by" label={t('maintenance.performedBy')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('maintenance.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="next_due" label={t('maintenance.nextDue')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <ChangeHistory objectType={HISTORY_TYPES.device} objectId={id} />
    </PageContainer>
  );
}
