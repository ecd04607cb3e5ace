// A room's floor: racks in their rows, coloured by how full they are (units or power).
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Row, Segmented, Skeleton, Statistic, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, type Page } from '../../api/client';
import type { Rack, Room, Utilisation } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import StatusTag from '../../components/StatusTag';
import PowerFeeds from './PowerFeeds';
import UtilBar, { utilColour } from '../../components/UtilBar';
import { fmtPower } from '../../lib/format';
import { changed, compact } from '../../lib/objects';
import { forgetRef } from '../../lib/refs';
import { useApi } from '../../lib/useApi';
import RackFormItems from './RackForm';
import RoomFormItems from './RoomForm';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

const LEGEND = [
  { label: '0%', colour: '#d9d9d9' },
  { label: '< 60%', colour: '#52c41a' },
  { label: '60–80%', colour: '#fadb14' },
  { label: '80–95%', colour: '#fa8c16' },
  { label: '≥ 95%', colour: '#cf1322' },
];

function tileColours(pct: number, status: string) {
  if (status === 'decommissioned') return { background: '#f5f5f5', color: 'rgba(0,0,0,0.35)' };
  const c = utilColour(pct);
  const dark = c === '#cf1322' || c === '#fa8c16';
  return { background: `${c}${dark ? '' : 'cc'}`, color: dark ? '#fff' : 'rgba(0,0,0,0.85)' };
}

export default function RoomDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const room = useApi<Room>(`/api/v1/dcim/rooms/${id}`);
  const racks = useApi<Page<Rack>>(room.data ? '/api/v1/dcim/racks' : null, { room: id, limit: 1000, sort: 'name' });
  const util = useApi<Utilisation[]>(room.data ? '/api/v1/dcim/utilisation' : null, { scope: 'rack', room: id });
  const roomUtil = useApi<Utilisation[]>(room.data ? '/api/v1/dcim/utilisation' : null, { scope: 'room', room: id });
  const [metric, setMetric] = useState<'units' | 'power'>('units');
  const [editing, setEditing] = useState(false);
  const [addingRack, setAddingRack] = useState(false);

  const byRack = useMemo(() => new Map(util.data?.map((u) => [u.id, u]) ?? []), [util.data]);
  const rows = useMemo(() => {
    const m = new Map<string, Rack[]>();
    for (const r of racks.data?.results ?? []) {
      const k = r.row || '—';
      if (!m.has(k)) m.set(k, []);
      m.get(k)!.push(r);
    }
    return [...m.entries()].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }));
  }, [racks.data]);

  if (room.error) return <LoadError error={room.error} onRetry={room.reload} />;
  if (!room.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const r = room.data;
  const ru = roomUtil.data?.find((u) => u.id === r.id);
  return (
    <PageContainer
      title={r.name}
      subTitle={r.floor}
      testId="room-detail"
      crumbs={[
        { title: t('nav.group.infrastructure') },
        { title: t('nav.sites'), path: '/dcim/sites' },
        { title: r.site.name, path: `/dcim/sites/${r.site.id}` },
        { title: r.name },
      ]}
      extra={
        <>
          {can('dcim.sites.write') && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {can('dcim.racks.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAddingRack(true)} data-testid="rack-create">
              {t('racks.create')}
            </Button>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.racks')} value={ru?.racks ?? racks.data?.count ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.devices')} value={ru?.devices ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.unitsUsed')} value={ru?.units.used_pct ?? 0} suffix="%" />
            <UtilBar pct={ru?.units.used_pct ?? 0} width={180} tip={`${ru?.units.free ?? 0} U ${t('racks.free')}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.powerUsed')} value={ru?.power.used_pct ?? 0} suffix="%" />
            <UtilBar
              pct={ru?.power.used_pct ?? 0}
              width={180}
              tip={ru ? `${fmtPower(Math.max(ru.power.allocated_a_w, ru.power.allocated_b_w))} / ${fmtPower(Math.min(ru.power.capacity_a_w, ru.power.capacity_b_w))}` : undefined}
            />
          </Card>
        </Col>
      </Row>
      <Card
        style={{ marginTop: 16 }}
        title={t('rooms.floorPlan')}
        extra={
          <Segmented
            value={metric}
            onChange={(v) => setMetric(v as 'units' | 'power')}
            options={[
              { value: 'units', label: t('dashboard.units') },
              { value: 'power', label: t('dashboard.power') },
            ]}
          />
        }
      >
        {!racks.data ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : rows.length === 0 ? (
          <Empty description={t('racks.empty')} />
        ) : (
          <div data-testid="floor-grid">
            {rows.map(([row, list], i) => (
              <div key={row}>
                {i > 0 && i % 2 === 0 && <div className="floor-aisle">{t('rooms.aisle')}</div>}
                <div className="floor-row">
                  <div className="floor-row-label">{row}</div>
                  <div className="floor-racks">
                    {list.map((k) => {
                      const u = byRack.get(k.id);
                      const pct = u ? (metric === 'units' ? u.units.used_pct : u.power.used_pct) : 0;
                      return (
                        <Tooltip
                          key={k.id}
                          title={
                            <div>
                              <b>{k.name}</b> · {t(`status.rack.${k.status}`)}
                              <br />
                              {t('dashboard.unitsUsed')}: {u?.units.used_pct ?? 0}% ({u ? u.units.total - u.units.free : 0}/{u?.units.total ?? k.u_height} U)
                              <br />
                              {t('dashboard.powerUsed')}: {u?.power.used_pct ?? 0}%
                              <br />
                              {t('dashboard.devices')}: {u?.devices ?? 0}
                            </div>
                          }
                        >
                          <Link to={`/dcim/racks/${k.id}`} className="floor-rack" style={tileColours(pct, k.status)} data-testid="floor-rack">
                            <span className="name">{k.name}</span>
                            <span className="pct">{Math.round(pct)}%</span>
                          </Link>
                        </Tooltip>
                      );
                    })}
                  </div>
                </div>
              </div>
            ))}
            <div className="legend" style={{ marginTop: 12 }}>
              {LEGEND.map((l) => (
                <span key={l.label}>
                  <span className="legend-swatch" style={{ background: l.colour }} />
                  {l.label}
                </span>
              ))}
              <span>
                <span className="legend-swatch" style={{ background: '#f5f5f5' }} />
                <StatusTag kind="rack" value="decommissioned" />
              </span>
            </div>
          </div>
        )}
      </Card>
      {!isCustomer && (
        <Card style={{ marginTop: 16 }} title={t('feeds.tab')} size="small" data-testid="room-feeds">
          <PowerFeeds room={r.id} />
        </Card>
      )}
      <Card style={{ marginTop: 16 }} title={t('rooms.details')} size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('dcim.site')}>
            <Link to={`/dcim/sites/${r.site.id}`}>{r.site.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('rooms.floor')}>{r.floor || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rooms.environment')}>
            {r.temp_min_c}–{r.temp_max_c} °C · {r.humidity_min_pct}–{r.humidity_max_pct}%
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <FormModal<Partial<Room>>
        open={editing}
        title={t('rooms.edit')}
        initialValues={r}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          const next = await api.patch<Room>(`/api/v1/dcim/rooms/${r.id}`, changed(r, v));
          forgetRef('rooms', r.id);
          room.setData(next);
          message.success(t('common.saved'));
        }}
      >
        <RoomFormItems />
      </FormModal>
      <FormModal<Record<string, unknown>>
        open={addingRack}
        title={t('racks.create')}
        width={640}
        initialValues={{ u_height: 42, status: 'active', power_a_w: 8000, power_b_w: 8000 }}
        onClose={() => setAddingRack(false)}
        testId="rack-form"
        onSubmit={async (v) => {
          await api.post<Rack>('/api/v1/dcim/racks', compact({ ...v, room_id: r.id }));
          message.success(t('common.created'));
          racks.reload();
          util.reload();
          roomUtil.reload();
        }}
      >
        <RackFormItems />
      </FormModal>
      <ChangeHistory objectType={HISTORY_TYPES.room} objectId={id} />
    </PageContainer>
  );
}
