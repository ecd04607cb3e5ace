// 巡检管理 — patrol rounds (missed, late and overdue ones flagged; a round opens the phone page
// that walks it), the routes with their checkpoints, QR codes and schedules, and the trend of a
// numeric item at one checkpoint across rounds.
import { Button, Card, Segmented, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { PatrolRound, PatrolRoundBrief, PatrolSchedule, PatrolTemplate, PatrolTrend } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import EChart from '../../components/EChart';
import PageContainer from '../../components/PageContainer';
import { fmtInstant } from '../../lib/format';

interface Page<T> {
  count: number;
  results: T[];
}

export function RoundTags({ r }: { r: PatrolRoundBrief }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={r.status === 'submitted' ? 'green' : r.status === 'in_progress' ? 'blue' : 'gold'}>{t(`facility_patrol.statuses.${r.status}`)}</Tag>
      {r.missed && (
        <Tag color="red" data-testid="missed-tag">
          {t('facility_patrol.missed')}
        </Tag>
      )}
      {r.late && <Tag color="orange">{t('facility_patrol.late')}</Tag>}
      {r.overdue && <Tag color="red">{t('facility_patrol.overdue')}</Tag>}
    </Space>
  );
}

function RoundList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const [filter, setFilter] = useState('open');
  const [rows, setRows] = useState<PatrolRoundBrief[]>();
  const [templates, setTemplates] = useState<PatrolTemplate[]>([]);
  const [template, setTemplate] = useState<number>();
  useEffect(() => {
    api.get<Page<PatrolTemplate>>('/api/v1/facility/patrol-templates?limit=200&active=true').then((p) => setTemplates(p.results));
  }, []);
  useEffect(() => {
    const q = new URLSearchParams({ limit: '200' });
    if (filter === 'open') {
      q.set('sort', 'due_at');
      q.set('due_to', new Date(Date.now() + 24 * 3600 * 1000).toISOString());
    }
    if (filter === 'missed') q.set('missed', 'true');
    if (filter === 'submitted') q.set('status', 'submitted');
    setRows(undefined);
    api
      .get<Page<PatrolRoundBrief>>(`/api/v1/facility/patrol-rounds?${q}`)
      .then((p) => setRows(filter === 'open' ? p.results.filter((r) => r.status !== 'submitted') : p.results));
  }, [filter]);
  const start = async () => {
    if (!template) return;
    const r = await api.post<PatrolRound>('/api/v1/facility/patrol-rounds', { template_id: template });
    navigate(`/facility/patrol/rounds/${r.id}`);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {can('facility.patrol.write') && (
        <Space wrap>
          <Select
            style={{ minWidth: 200 }}
            placeholder={t('facility_patrol.chooseRoute')}
            value={template}
            onChange={setTemplate}
            options={templates.map((x) => ({ value: x.id, label: x.name }))}
            data-testid="new-round-route"
          />
          <Button type="primary" disabled={!template} onClick={start} data-testid="new-round">
            {t('facility_patrol.newRound')}
          </Button>
        </Space>
      )}
      <Segmented
        value={filter}
        onChange={(v) => setFilter(String(v))}
        data-testid="round-filter"
        options={[
          { value: 'open', label: t('facility_patrol.filter.open') },
          { value: 'missed', label: t('facility_patrol.filter.missed') },
          { value: 'submitted', label: t('facility_patrol.filter.submitted') },
        ]}
      />
      <Table<PatrolRoundBrief>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        data-testid="round-table"
        onRow={(r) => ({ onClick: () => navigate(`/facility/patrol/rounds/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('facility_patrol.dueAt'), dataIndex: 'due_at', width: 150, render: (v: string) => fmtInstant(v) },
          { title: t('facility_patrol.route'), dataIndex: 'template_name' },
          { title: t('facility_patrol.status'), key: 's', render: (_, r) => <RoundTags r={r} /> },
          { title: t('facility_patrol.walkedBy'), key: 'b', render: (_, r) => r.submitted_by ?? r.started_by ?? '—' },
        ]}
      />
    </Space>
  );
}

function scheduleText(s: PatrolSchedule, t: (k: string, o?: Record<string, unknown>) => string) {
  if (s.kind === 'every_hours') return t('facility_patrol.every.hours', { count: s.every_hours });
  if (s.kind === 'daily') return t('facility_patrol.every.daily', { time: s.at_time });
  return t('facility_patrol.every.weekly', { day: t(`facility_patrol.weekdays.${s.weekday}`), time: s.at_time });
}

function RouteList() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<PatrolTemplate[]>();
  const [schedules, setSchedules] = useState<PatrolSchedule[]>([]);
  const load = useCallback(() => {
    api.get<Page<PatrolTemplate>>('/api/v1/facility/patrol-templates?limit=200').then((p) => setRows(p.results));
    api.get<Page<PatrolSchedule>>('/api/v1/facility/patrol-schedules?limit=500').then((p) => setSchedules(p.results));
  }, []);
  useEffect(load, [load]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="route-list">
      {(rows ?? []).map((r) => (
        <Card
          key={r.id}
          size="small"
          title={
            <Space wrap>
              <span>{r.name}</span>
              <Tag>{t('facility_patrol.version', { version: r.version })}</Tag>
            </Space>
          }
          styles={{ body: { padding: 10 } }}
        >
          <Space direction="vertical" style={{ width: '100%' }} size={6}>
            <Space size={4} wrap>
              {schedules
                .filter((s) => s.template_id === r.id)
                .map((s) => (
                  <Tag key={s.id} color={s.active ? 'blue' : 'default'}>
                    {scheduleText(s, t)} · {t('facility_patrol.grace', { minutes: s.grace_minutes })}
                  </Tag>
                ))}
            </Space>
            {r.checkpoints.map((c, i) => (
              <div key={c.key}>
                <Typography.Text strong>
                  {i + 1}. {c.name}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t(`facility_patrol.kinds.${c.kind}`)} · {t('facility_patrol.qr')}: <Typography.Text code>{c.qr}</Typography.Text>
                </Typography.Text>
                <div>
                  <Space size={4} wrap>
                    {c.items.map((i2) => (
                      <Tag key={i2.key}>{i2.kind === 'reading' ? `${i2.label} ${i2.min ?? '—'}–${i2.max ?? '—'} ${i2.unit}` : i2.label}</Tag>
                    ))}
                  </Space>
                </div>
              </div>
            ))}
          </Space>
        </Card>
      ))}
      {rows && rows.length === 0 && <Typography.Text type="secondary">{t('facility_patrol.noRoutes')}</Typography.Text>}
    </Space>
  );
}

function TrendView() {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<PatrolTemplate[]>([]);
  const [choice, setChoice] = useState<string>();
  const [trend, setTrend] = useState<PatrolTrend>();
  useEffect(() => {
    api.get<Page<PatrolTemplate>>('/api/v1/facility/patrol-templates?limit=200').then((p) => setTemplates(p.results));
  }, []);
  // One choice per numeric item: "template|checkpoint|item".
  const options = useMemo(
    () =>
      templates.flatMap((tp) =>
        tp.checkpoints.flatMap((c) =>
          c.items.filter((i) => i.kind === 'reading').map((i) => ({ value: `${tp.id}|${c.key}|${i.key}`, label: `${tp.name} · ${c.name} · ${i.label} (${i.unit})`, item: i })),
        ),
      ),
    [templates],
  );
  useEffect(() => {
    if (!choice) return;
    const [tp, cp, item] = choice.split('|');
    api.get<PatrolTrend>(`/api/v1/facility/patrol-templates/${tp}/trend`, { checkpoint: cp, item }).then(setTrend);
  }, [choice]);
  const item = options.find((o) => o.value === choice)?.item;
  const option = useMemo(() => {
    const points = trend?.points ?? [];
    const times = points.map((p) => fmtInstant(p.recorded_at));
    // The acceptable bounds as flat dashed lines beside the readings (failed ones in red).
    const bound = (name: string, v: number | null | undefined) =>
      v == null ? [] : [{ type: 'line', name, data: points.map(() => v), symbol: 'none', lineStyle: { type: 'dashed', color: '#faad14' } }];
    return {
      grid: { left: 40, right: 16, top: 24, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: times },
      yAxis: { type: 'value', name: item?.unit ?? '', scale: true },
      series: [
        {
          type: 'line',
          name: item?.label ?? '',
          data: points.map((p) => ({ value: p.value, itemStyle: { color: p.failed ? '#cf1322' : '#1677ff' } })),
        },
        ...bound(t('facility_patrol.min'), item?.min),
        ...bound(t('facility_patrol.max'), item?.max),
      ],
    };
  }, [trend, item, t]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        style={{ width: '100%', maxWidth: 480 }}
        placeholder={t('facility_patrol.chooseItem')}
        value={choice}
        onChange={setChoice}
        options={options.map(({ value, label }) => ({ value, label }))}
        data-testid="trend-item"
      />
      {choice && (trend?.points.length ? <EChart option={option} height={280} testId="trend-chart" /> : <Typography.Text type="secondary">{t('facility_patrol.noReadings')}</Typography.Text>)}
    </Space>
  );
}

export default function Inspections() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('facility_patrol.title')} testId="patrol-page">
      <Tabs
        items={[
          { key: 'rounds', label: t('facility_patrol.tab.rounds'), children: <RoundList /> },
          { key: 'routes', label: t('facility_patrol.tab.routes'), children: <RouteList /> },
          { key: 'trend', label: t('facility_patrol.tab.trend'), children: <TrendView /> },
        ]}
      />
    </PageContainer>
  );
}
