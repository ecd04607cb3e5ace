// Power feeds of a rack (its A and B sides) or of every rack in a room: listed, added and changed.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, InputNumber, Row, Select, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { PowerFeed } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import { RefSelect } from '../../components/Ref';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { fmtPower } from '../../lib/format';
import { changed, compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';

const FEED_STATUSES = ['active', 'planned', 'offline'];
const FEED_COLOURS: Record<string, string> = { active: 'green', planned: 'blue', offline: 'default' };

type FeedValues = Partial<Omit<PowerFeed, 'id' | 'rack'>> & { rack_id?: number; capacity_w?: number | null };

export default function PowerFeeds({ rack, room, onChange }: { rack?: number; room?: number; onChange?: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const table = useTableQuery(20, 'pf_');
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<PowerFeed | 'new' | null>(null);
  const writer = can('dcim.racks.write');
  return (
    <>
      {writer && (
        <div style={{ textAlign: 'right', marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="feed-create">
            {t('feeds.create')}
          </Button>
        </div>
      )}
      <ServerTable<PowerFeed>
        ref={ref}
        path="/api/v1/dcim/power-feeds"
        query={{ rack, room }}
        table={table}
        size="small"
        testId="power-feeds"
        emptyText={t('feeds.empty')}
        columns={[
          ...(rack ? [] : [{ title: t('devices.rack'), key: 'rack', render: (_: unknown, f: PowerFeed) => <Link to={`/dcim/racks/${f.rack.id}`}>{f.rack.name}</Link> }]),
          { title: t('common.name'), dataIndex: 'name', key: 'name', sorter: true },
          { title: t('feeds.side'), dataIndex: 'side', render: (s: string) => <Tag bordered={false}>{s}</Tag> },
          { title: t('feeds.supply'), render: (_, f) => `${f.voltage} V · ${f.amperage} A · ${t(`feeds.phases.${f.phase}`)}` },
          { title: t('feeds.capacity'), dataIndex: 'capacity_w', align: 'right', render: (w: number) => fmtPower(w) },
          { title: t('feeds.panel'), dataIndex: 'panel', render: (p: string) => p || '—' },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <Tag color={FEED_COLOURS[s]} bordered={false}>{t(`feeds.status.${s}`, { defaultValue: s })}</Tag> },
          ...(writer
            ? [{ title: '', key: 'edit', width: 50, render: (_: unknown, f: PowerFeed) => <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(f)} /> }]
            : []),
        ]}
      />
      <FormModal<FeedValues>
        open={editing !== null}
        title={editing === 'new' ? t('feeds.create') : t('feeds.edit')}
        initialValues={editing && editing !== 'new' ? editing : { rack_id: rack, side: 'A', voltage: 220, amperage: 32, phase: 'single', max_utilisation_pct: 80, status: 'active' }}
        onClose={() => setEditing(null)}
        testId="feed-form"
        onSubmit={async (v) => {
          // The rack of a rack page's feed is not a field of the form.
          if (editing === 'new') await api.post<PowerFeed>('/api/v1/dcim/power-feeds', compact({ ...v, rack_id: rack ?? v.rack_id }));
          else if (editing) {
            const { rack_id: _r, ...rest } = v;
            const diff = changed(editing as FeedValues, rest);
            if (Object.keys(diff).length) await api.patch<PowerFeed>(`/api/v1/dcim/power-feeds/${editing.id}`, diff);
          }
          message.success(editing === 'new' ? t('common.created') : t('common.saved'));
          ref.current?.reload();
          onChange?.();
        }}
      >
        {editing === 'new' && !rack && (
          <Form.Item name="rack_id" label={t('devices.rack')} rules={[{ required: true }]}>
            <RefSelect kind="racks" params={{ room }} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={50} placeholder="PDU-A" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="side" label={t('feeds.side')} rules={[{ required: true }]}>
              <Select disabled={editing !== 'new'} options={['A', 'B'].map((s) => ({ value: s, label: s }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="voltage" label={t('feeds.voltage')}>
              <InputNumber min={1} max={1000} addonAfter="V" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="amperage" label={t('feeds.amperage')}>
              <InputNumber min={1} max={1000} addonAfter="A" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phase" label={t('feeds.phase')}>
              <Select options={['single', 'three'].map((p) => ({ value: p, label: t(`feeds.phases.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="max_utilisation_pct" label={t('feeds.maxUtilisation')}>
              <InputNumber min={1} max={100} addonAfter="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="capacity_w" label={t('feeds.capacity')} extra={t('feeds.capacityHint')}>
              <InputNumber min={0} max={10000000} precision={0} addonAfter="W" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="panel" label={t('feeds.panel')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('common.status')}>
              <Select options={FEED_STATUSES.map((s) => ({ value: s, label: t(`feeds.status.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
    </>
  );
}
