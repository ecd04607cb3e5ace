// A device's cables: which of its interfaces connects to which interface of which device.
// Connected and decommissioned here (a decommissioned cable frees both ends; its record stays).
import { DisconnectOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { Cable } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import { RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { changed, compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';
import InterfaceSelect from './InterfaceSelect';

export const CABLE_TYPES = ['cat6', 'cat6a', 'mmf-om4', 'smf-os2', 'dac', 'power'];
const CABLE_STATUSES = ['planned', 'connected', 'decommissioned'];
const STATUS_COLOURS: Record<string, string> = { planned: 'blue', connected: 'green', decommissioned: 'default' };

interface CableValues {
  a_interface?: number;
  other_device?: number;
  b_interface?: number;
  type?: string;
  status?: string;
  label?: string;
  length_m?: number | null;
  colour?: string;
}

export default function Cables({ device }: { device: number }) {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery(20, 'cb_');
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<Cable | 'new' | null>(null);
  const [other, setOther] = useState<number>();
  const writer = can('dcim.cables.write');
  // The end on this device first, whichever side of the cable it is.
  const ends = (c: Cable) => (c.a_interface.device.id === device ? [c.a_interface, c.b_interface] : [c.b_interface, c.a_interface]);
  const decommission = async (c: Cable) => {
    await api.del(`/api/v1/dcim/cables/${c.id}`);
    message.success(t('cables.decommissioned'));
    ref.current?.reload();
  };
  return (
    <>
      {writer && (
        <div style={{ textAlign: 'right', marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => { setOther(undefined); setEditing('new'); }} data-testid="cable-create">
            {t('cables.connect')}
          </Button>
        </div>
      )}
      <ServerTable<Cable>
        ref={ref}
        path="/api/v1/dcim/cables"
        query={{ device }}
        table={table}
        size="small"
        testId="cables"
        emptyText={t('cables.empty')}
        columns={[
          { title: t('cables.local'), key: 'local', render: (_, c) => <span className="mono">{ends(c)[0].name}</span> },
          {
            title: t('cables.remote'),
            key: 'remote',
            render: (_, c) => {
              const far = ends(c)[1];
              return (
                <span className="nowrap">
                  {isCustomer || !far.device.name ? far.device.name ?? '—' : <Link to={`/dcim/devices/${far.device.id}`}>{far.device.name}</Link>}
                  <span className="mono muted"> · {far.name ?? '—'}</span>
                </span>
              );
            },
          },
          { title: t('common.type'), dataIndex: 'type', render: (v: string) => <span className="mono">{v}</span> },
          { title: t('cables.label'), dataIndex: 'label', render: (v: string) => v || '—' },
          { title: t('cables.length'), dataIndex: 'length_m', align: 'right', render: (v: number | null) => (v != null ? `${v} m` : '—') },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOURS[s]} bordered={false}>{t(`cables.status.${s}`, { defaultValue: s })}</Tag> },
          ...(writer
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, c: Cable) =>
                    c.status !== 'decommissioned' && (
                      <Space size={0}>
                        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(c)} />
                        <Popconfirm title={t('cables.decommissionConfirm')} okText={t('cables.decommission')} cancelText={t('common.cancel')} onConfirm={() => decommission(c)}>
                          <Button type="text" size="small" danger icon={<DisconnectOutlined />} aria-label={t('cables.decommission')} />
                        </Popconfirm>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<CableValues>
        open={editing !== null}
        title={editing === 'new' ? t('cables.connect') : t('cables.edit')}
        initialValues={editing && editing !== 'new' ? { type: editing.type, status: editing.status, label: editing.label, length_m: editing.length_m, colour: editing.colour } : { type: 'cat6a', status: 'connected' }}
        onClose={() => setEditing(null)}
        testId="cable-form"
        onValuesChange={(c) => {
          if ('other_device' in c) setOther(c.other_device);
        }}
        onSubmit={async (v) => {
          if (editing === 'new') {
            const { other_device: _o, ...body } = v;
            await api.post<Cable>('/api/v1/dcim/cables', compact(body));
          } else if (editing) {
            const before: Record<string, unknown> = { type: editing.type, status: editing.status, label: editing.label, length_m: editing.length_m, colour: editing.colour };
            const diff = changed(before, { ...v, length_m: v.length_m ?? null } as Record<string, unknown>);
            if (Object.keys(diff).length) await api.patch<Cable>(`/api/v1/dcim/cables/${editing.id}`, diff);
          }
          message.success(editing === 'new' ? t('cables.connected') : t('common.saved'));
          ref.current?.reload();
        }}
      >
        {editing === 'new' && (
          <>
            <Form.Item name="a_interface" label={t('cables.local')} rules={[{ required: true }]}>
              <InterfaceSelect device={device} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="other_device" label={t('cables.otherDevice')} rules={[{ required: true }]}>
                  <RefSelect kind="devices" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="b_interface" label={t('cables.otherInterface')} rules={[{ required: true }]}>
                  <InterfaceSelect device={other} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="type" label={t('common.type')} rules={[{ required: true }]}>
              <Select options={CABLE_TYPES.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('common.status')}>
              <Select options={CABLE_STATUSES.map((s) => ({ value: s, label: t(`cables.status.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="label" label={t('cables.label')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="length_m" label={t('cables.length')}>
              <InputNumber min={0} max={10000} addonAfter="m" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="colour" label={t('cables.colour')}>
              <Input maxLength={7} placeholder="#0066cc" className="mono" />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
    </>
  );
}
