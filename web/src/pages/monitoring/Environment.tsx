// Room environment (R4.1.1): per room the latest temperature and humidity of each sensor against the
// room's limits, the last 24 hours, and the room's open alerts. A reading older than STALE_MINUTES
// is shown as stale, and a room without readings or without limits is never shown as fine.
import { Alert as Notice, Card, Col, Empty, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError, type Page } from '../../api/client';
import type { Alert, Room, TsdbSeries } from '../../api/schema';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { fmtInstant } from '../../lib/format';
import { envStatus, type EnvStatus } from './range';
import { labelsOf, useSeriesPoints } from './SeriesCharts';
import TimeChart, { type MarkLevel } from './TimeChart';
import { ruleLabel } from '../../lib/alertRule';

/** Sensors report every minute or so; a quarter of an hour of silence means the figure is not current. */
export const STALE_MINUTES = 15;
const DAY = 24 * 3_600_000;

const STATUS_COLOR: Record<EnvStatus, string> = { ok: 'green', near: 'orange', out: 'red', stale: 'default', nolimits: 'default' };

interface Reading {
  value: number;
  at: number;
}

function latest(points: [number, number | null][] | undefined): Reading | undefined {
  if (!points) return undefined;
  for (let i = points.length - 1; i >= 0; i--) {
    const v = points[i][1];
    if (v != null) return { value: v, at: points[i][0] };
  }
  return undefined;
}

function ReadingTag({ reading, min, max, unit, now, testId }: { reading?: Reading; min?: number; max?: number; unit: string; now: number; testId: string }) {
  const { t } = useTranslation();
  if (!reading) return <Typography.Text type="secondary">—</Typography.Text>;
  const status = envStatus(reading.value, reading.at, now, min, max, STALE_MINUTES * 60_000);
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {`${+reading.value.toFixed(1)} ${unit}`} · {t(`monitoring_pages.env.status.${status}`)}
    </Tag>
  );
}

function RoomCard({ room, temps, hums, alerts, now }: { room: Room; temps: TsdbSeries[]; hums: TsdbSeries[]; alerts: Alert[]; now: number }) {
  const { t } = useTranslation();
  const range = useMemo(() => ({ from: now - DAY, to: now }), [now]);
  const all = useMemo(() => [...temps, ...hums], [temps, hums]);
  const points = useSeriesPoints(all, range, 0);
  const sensors = useMemo(() => {
    const names = new Set<string>();
    for (const s of all) names.add(labelsOf(s).sensor ?? '—');
    return [...names].sort();
  }, [all]);
  const find = (list: TsdbSeries[], sensor: string) => list.find((s) => (labelsOf(s).sensor ?? '—') === sensor);
  const tempLines = useMemo(() => temps.map((s) => ({ name: labelsOf(s).sensor ?? '—', points: points?.get(s.id) ?? [] })), [temps, points]);
  const marks: MarkLevel[] = useMemo(
    () => [
      ...(room.temp_min_c != null ? [{ name: t('monitoring_pages.env.min'), value: room.temp_min_c, color: '#1677ff' }] : []),
      ...(room.temp_max_c != null ? [{ name: t('monitoring_pages.env.max'), value: room.temp_max_c, color: '#cf1322' }] : []),
    ],
    [room, t],
  );
  const limits = (min?: number, max?: number, unit = '') => (min != null && max != null ? `${min}–${max} ${unit}` : t('monitoring_pages.env.noLimit'));
  const title = `${room.site?.name ? `${room.site.name} / ` : ''}${room.name}`;
  return (
    <Card
      size="small"
      data-testid={`env-room-${room.id}`}
      title={<Link to={`/dcim/rooms/${room.id}`}>{title}</Link>}
      extra={
        <Space size={4} wrap>
          <Tag>{t('monitoring_pages.env.tempLimits', { range: limits(room.temp_min_c, room.temp_max_c, '°C') })}</Tag>
          <Tag>{t('monitoring_pages.env.humLimits', { range: limits(room.humidity_min_pct, room.humidity_max_pct, '%') })}</Tag>
        </Space>
      }
    >
      {sensors.length === 0 ? (
        <Notice type="warning" showIcon message={t('monitoring_pages.env.noSensors')} data-testid={`env-room-${room.id}-empty`} />
      ) : !points ? (
        <Skeleton active />
      ) : (
        <>
          <Table
            size="small"
            rowKey={(s) => s}
            pagination={false}
            dataSource={sensors}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('monitoring_pages.env.sensor'), key: 'sensor', render: (_: unknown, s: string) => s },
              {
                title: t('monitoring_pages.env.temperature'),
                key: 'temp',
                render: (_: unknown, s: string) => {
                  const series = find(temps, s);
                  return <ReadingTag reading={latest(series && points.get(series.id))} min={room.temp_min_c} max={room.temp_max_c} unit="°C" now={now} testId={`env-temp-${room.id}-${s}`} />;
                },
              },
              {
                title: t('monitoring_pages.env.humidity'),
                key: 'hum',
                render: (_: unknown, s: string) => {
                  const series = find(hums, s);
                  return <ReadingTag reading={latest(series && points.get(series.id))} min={room.humidity_min_pct} max={room.humidity_max_pct} unit="%" now={now} testId={`env-hum-${room.id}-${s}`} />;
                },
              },
              {
                title: t('monitoring_pages.env.readAt'),
                key: 'at',
                render: (_: unknown, s: string) => {
                  const ats = [find(temps, s), find(hums, s)].map((x) => latest(x && points.get(x.id))?.at ?? 0);
                  const at = Math.max(...ats);
                  return at ? fmtInstant(new Date(at).toISOString()) : '—';
                },
              },
            ]}
          />
          {temps.length > 0 && <TimeChart lines={tempLines} marks={marks} format={(v) => `${+v.toFixed(1)} °C`} from={range.from} to={range.to} height={220} scale testId={`env-chart-${room.id}`} />}
        </>
      )}
      <div style={{ marginTop: 8 }} data-testid={`env-alerts-${room.id}`}>
        {alerts.length === 0 ? (
          <Typography.Text type="secondary">{t('monitoring_pages.env.noAlerts')}</Typography.Text>
        ) : (
          <Space direction="vertical" size={4}>
            {alerts.map((a) => (
              <Link key={a.id} to={`/monitoring/alerts?q=${encodeURIComponent(a.rule_key)}`}>
                <Tag color={a.severity === 'critical' ? 'red' : 'orange'}>{t(`alerts.severities.${a.severity}`)}</Tag>
                {t('monitoring_pages.env.alertLine', { rule: ruleLabel(a.rule_key, t), value: +a.value.toFixed(1), since: fmtInstant(a.fired_at) })}
              </Link>
            ))}
          </Space>
        )}
      </div>
    </Card>
  );
}

export default function Environment() {
  const { t } = useTranslation();
  const [rooms, setRooms] = useState<Room[]>();
  const [temps, setTemps] = useState<TsdbSeries[]>([]);
  const [hums, setHums] = useState<TsdbSeries[]>([]);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [now] = useState(() => Date.now());
  const [failed, setFailed] = useState<ApiError>();
  useEffect(() => {
    const series = (metric: string) => api.get<Page<TsdbSeries>>('/api/v1/monitoring/series', { match: metric, limit: 1000 }).then((p) => p.results);
    Promise.all([
      api.get<Page<Room>>('/api/v1/dcim/rooms', { limit: 200 }).then((p) => p.results),
      series('sensor_temperature_celsius'),
      series('sensor_humidity_percent'),
      api.get<Page<Alert>>('/api/v1/monitoring/alerts', { state: 'open', limit: 200 }).then((p) => p.results),
    ]).then(([r, te, hu, al]) => {
      setTemps(te);
      setHums(hu);
      setAlerts(al);
      setRooms(r);
    }, (e) => setFailed(e instanceof ApiError ? e : new ApiError({ status: 0, code: 'network', title: String(e) })));
  }, []);
  if (failed) return <LoadError error={failed} />;
  const inRoom = (list: TsdbSeries[], room: number) => list.filter((s) => labelsOf(s).room_id === String(room));
  return (
    <PageContainer
      title={t('nav.environment')}
      crumbs={[{ title: t('nav.group.monitoring') }, { title: t('nav.environment') }]}
      subTitle={t('monitoring_pages.env.staleNote', { minutes: STALE_MINUTES })}
      testId="environment-page"
    >
      {!rooms ? (
        <Skeleton active />
      ) : rooms.length === 0 ? (
        <Empty description={t('monitoring_pages.env.noRooms')} />
      ) : (
        <Row gutter={[16, 16]}>
          {rooms.map((room) => (
            <Col key={room.id} xs={24} xl={12}>
              <RoomCard room={room} temps={inRoom(temps, room.id)} hums={inRoom(hums, room.id)} alerts={alerts.filter((a) => a.room_id === room.id)} now={now} />
            </Col>
          ))}
        </Row>
      )}
    </PageContainer>
  );
}
