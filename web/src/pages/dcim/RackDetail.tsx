// One rack: its front and rear elevation (click a device to open it), what it holds, its
// reservations and how full it is.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Popconfirm, Row, Segmented, Skeleton, Space, Table, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, type Page } from '../../api/client';
import type { Device, Elevation, Rack, Reservation } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import RackElevation from '../../components/RackElevation';
import { RefName, RefSelect } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import StatusTag from '../../components/StatusTag';
import PowerFeeds from './PowerFeeds';
import UtilBar from '../../components/UtilBar';
import { fmtPower } from '../../lib/format';
import { changed } from '../../lib/objects';
import { forgetRef } from '../../lib/refs';
import { useApi } from '../../lib/useApi';
import RackFormItems from './RackForm';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

export default function RackDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const rack = useApi<Rack>(`/api/v1/dcim/racks/${id}`);
  const elevation = useApi<Elevation>(rack.data ? `/api/v1/dcim/racks/${id}/elevation` : null);
  const devices = useApi<Page<Device>>(rack.data ? '/api/v1/dcim/devices' : null, { rack: id, limit: 200 });
  const reservations = useApi<Page<Reservation>>(rack.data && !isCustomer ? '/api/v1/dcim/reservations' : null, { rack: id, limit: 200 });
  const [faces, setFaces] = useState<'both' | 'front' | 'rear'>('both');
  const [editing, setEditing] = useState(false);
  const [reserving, setReserving] = useState(false);

  if (rack.error) return <LoadError error={rack.error} onRetry={rack.reload} />;
  if (!rack.data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const r = rack.data;
  const u = r.utilisation;
  const reloadAll = () => {
    rack.reload();
    elevation.reload();
    reservations.reload();
  };
  const openDevice = (deviceId: number) => navigate(`/dcim/devices/${deviceId}`);

  return (
    <PageContainer
      title={r.name}
      docTitle={`${t('racks.rack')} ${r.name}`}
      tags={<StatusTag kind="rack" value={r.status} />}
      subTitle={`${r.site.name} / ${r.room.name}${r.row ? ` / ${r.row}` : ''}`}
      testId="rack-detail"
      crumbs={
        isCustomer
          ? [{ title: t('nav.myRacks'), path: '/dcim/racks' }, { title: r.name }]
          : [
              { title: t('nav.group.infrastructure') },
              { title: t('nav.sites'), path: '/dcim/sites' },
              { title: r.site.name, path: `/dcim/sites/${r.site.id}` },
              { title: r.room.name, path: `/dcim/rooms/${r.room.id}` },
              { title: r.name },
            ]
      }
      extra={
        <>
          {can('dcim.reservations.write') && (
            <Button icon={<PlusOutlined />} onClick={() => setReserving(true)}>
              {t('reservations.create')}
            </Button>
          )}
          {can('dcim.racks.write') && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10} xxl={9}>
          <Card
            title={t('racks.elevation')}
            extra={
              <Segmented
                size="small"
                value={faces}
                onChange={(v) => setFaces(v as typeof faces)}
                options={[
                  { value: 'both', label: t('rack.face.both') },
                  { value: 'front', label: t('rack.face.front') },
                  { value: 'rear', label: t('rack.face.rear') },
                ]}
              />
            }
          >
            {elevation.error ? (
              <LoadError error={elevation.error} onRetry={elevation.reload} />
            ) : !elevation.data ? (
              <Skeleton active paragraph={{ rows: 16 }} />
            ) : (
              <div className="rack-faces" data-testid="rack-faces">
                {(faces === 'both' ? (['front', 'rear'] as const) : [faces]).map((face) => (
                  <div key={face} className="rack-face">
                    <div className="muted" style={{ marginBottom: 4 }}>
                      {t(`rack.face.${face}`)}
                    </div>
                    <RackElevation elevation={elevation.data!} face={face} onOpenDevice={openDevice} unitPx={faces === 'both' ? 15 : 18} bodyWidth={faces === 'both' ? 180 : 280} />
                  </div>
                ))}
              </div>
            )}
            <div className="legend" style={{ marginTop: 12, justifyContent: 'center' }}>
              <span>
                <span className="legend-swatch" style={{ background: 'repeating-linear-gradient(45deg,#fff1f0,#fff1f0 3px,#ff7875 3px,#ff7875 5px)' }} />
                {t('rack.reserved')}
              </span>
              <span>
                <span className="legend-swatch" style={{ border: '1px dashed #bfbfbf', background: '#fff' }} />
                {t('rack.otherFace')}
              </span>
              <span className="muted">{t('rack.clickHint')}</span>
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={14} xxl={15}>
          <Card title={t('racks.summary')}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('racks.height')}>
                {r.u_height} U {r.descending ? `(${t('racks.descending')})` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('racks.facilityId')}>{r.facility_id ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('racks.powerA')}>{fmtPower(r.power_a_w)}</Descriptions.Item>
              <Descriptions.Item label={t('racks.powerB')}>{fmtPower(r.power_b_w)}</Descriptions.Item>
              <Descriptions.Item label={t('racks.maxWeight')}>{r.max_weight_kg} kg</Descriptions.Item>
              {!isCustomer && (
                <Descriptions.Item label={t('racks.dedicatedTo')}>
                  {r.customer_id ? <RefName kind="customers" id={r.customer_id} /> : t('racks.shared')}
                </Descriptions.Item>
              )}
              {u && (
                <>
                  <Descriptions.Item label={t('dashboard.unitsUsed')}>
                    <UtilBar pct={u.units.used_pct} width={200} tip={`${t('racks.front')} ${u.units.used_front} U · ${t('racks.rear')} ${u.units.used_rear} U · ${t('rack.reserved')} ${u.units.reserved} U`} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('racks.free')}>{u.units.free} U</Descriptions.Item>
                  <Descriptions.Item label={t('dashboard.powerUsed')}>
                    <UtilBar pct={u.power.used_pct} width={200} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('racks.allocated')}>
                    A {fmtPower(u.power.allocated_a_w)} · B {fmtPower(u.power.allocated_b_w)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('racks.ports')}>
                    {u.ports.enabled} / {u.ports.total}
                  </Descriptions.Item>
                </>
              )}
            </Descriptions>
          </Card>
          <Card style={{ marginTop: 16 }} styles={{ body: { paddingTop: 0 } }}>
            <Tabs
              items={[
                {
                  key: 'devices',
                  label: `${t('nav.devices')} (${devices.data?.count ?? 0})`,
                  children: (
                    <Table<Device>
                      rowKey="id"
                      size="small"
                      loading={!devices.data && !devices.error}
                      dataSource={[...(devices.data?.results ?? [])].sort((a, b) => (b.position ?? 0) - (a.position ?? 0))}
                      pagination={false}
                      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('racks.noDevices')} /> }}
                      columns={[
                        { title: 'U', dataIndex: 'position', width: 60, render: (p, d) => (p != null ? `U${p}${d.u_height > 1 ? `–${p + d.u_height - 1}` : ''}` : '—') },
                        { title: t('devices.name'), dataIndex: 'name', render: (n, d) => <Link to={`/dcim/devices/${d.id}`} className="nowrap">{n}</Link> },
                        { title: t('devices.type'), dataIndex: ['device_type', 'label'], ellipsis: true },
                        ...(isCustomer ? [] : [{ title: t('dcim.customer'), ellipsis: true, render: (_: unknown, d: Device) => <RefName kind="customers" id={d.customer_id} /> }]),
                        { title: t('devices.power'), dataIndex: 'max_power_w', align: 'right' as const, render: (w: number) => <span className="nowrap">{fmtPower(w)}</span> },
                        { title: t('common.status'), dataIndex: 'status', render: (s) => <StatusTag kind="device" value={s} /> },
                      ]}
                    />
                  ),
                },
                ...(isCustomer
                  ? []
                  : [
                      {
                        key: 'feeds',
                        label: <span data-testid="rack-tab-feeds">{t('feeds.tab')}</span>,
                        children: <PowerFeeds rack={r.id} onChange={reloadAll} />,
                      },
                      {
                        key: 'reservations',
                        label: `${t('reservations.title')} (${reservations.data?.count ?? 0})`,
                        children: (
                          <Table<Reservation>
                            rowKey="id"
                            size="small"
                            loading={!reservations.data && !reservations.error}
                            dataSource={reservations.data?.results ?? []}
                            pagination={false}
                            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reservations.empty')} /> }}
                            columns={[
                              { title: 'U', render: (_, x) => `U${x.position}–${x.position + x.units - 1}` },
                              { title: t('dcim.customer'), render: (_, x) => <RefName kind="customers" id={x.customer_id} /> },
                              { title: t('reservations.reason'), dataIndex: 'reason' },
                              { title: t('reservations.expires'), dataIndex: 'expires_at', render: (v) => <DateTime value={v} /> },
                              ...(can('dcim.reservations.write')
                                ? [
                                    {
                                      title: '',
                                      width: 60,
                                      render: (_: unknown, x: Reservation) => (
                                        <Popconfirm
                                          title={t('reservations.releaseConfirm')}
                                          okText={t('reservations.release')}
                                          cancelText={t('common.cancel')}
                                          onConfirm={async () => {
                                            try {
                                              await api.del(`/api/v1/dcim/reservations/${x.id}`);
                                              message.success(t('reservations.released'));
                                              reloadAll();
                                            } catch (e) {
                                              message.error(String((e as Error).message));
                                            }
                                          }}
                                        >
                                          <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('reservations.release')} />
                                        </Popconfirm>
                                      ),
                                    },
                                  ]
                                : []),
                            ]}
                          />
                        ),
                      },
                    ]),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <FormModal<Partial<Rack> & { customer_id?: number | null }>
        open={editing}
        title={t('racks.edit')}
        width={640}
        initialValues={r}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          const patch = changed(r, { ...v, customer_id: v.customer_id ?? null, facility_id: v.facility_id || null });
          const next = await api.patch<Rack>(`/api/v1/dcim/racks/${r.id}`, patch);
          forgetRef('racks', r.id);
          rack.setData({ ...next, utilisation: r.utilisation });
          reloadAll();
          message.success(t('common.saved'));
        }}
      >
        <RackFormItems />
      </FormModal>
      <FormModal<{ customer_id: number; position: number; units: number; expires_at: Dayjs; reason: string }>
        open={reserving}
        title={t('reservations.create')}
        initialValues={{ units: 1, expires_at: dayjs().add(30, 'day') }}
        onClose={() => setReserving(false)}
        onSubmit={async (v) => {
          await api.post('/api/v1/dcim/reservations', {
            rack_id: r.id,
            customer_id: v.customer_id,
            position: v.position,
            units: v.units,
            reason: v.reason,
            expires_at: v.expires_at.toISOString(),
          });
          message.success(t('common.created'));
          reloadAll();
        }}
      >
        <Form.Item name="customer_id" label={t('dcim.customer')} rules={[{ required: true }]}>
          <RefSelect kind="customers" />
        </Form.Item>
        <Space size="large">
          <Form.Item name="position" label={t('reservations.position')} rules={[{ required: true }]}>
            <InputNumber min={1} max={r.u_height} addonBefore="U" />
          </Form.Item>
          <Form.Item name="units" label={t('reservations.units')} rules={[{ required: true }]}>
            <InputNumber min={0.5} step={0.5} max={r.u_height} addonAfter="U" />
          </Form.Item>
        </Space>
        <Form.Item name="expires_at" label={t('reservations.expires')} rules={[{ required: true }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('reservations.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
      <ChangeHistory objectType={HISTORY_TYPES.rack} objectId={id} />
    </PageContainer>
  );
}
