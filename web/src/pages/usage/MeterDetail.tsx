// One meter: what it is, its chart over the chosen days with the 95th-percentile line (ports) or
// the energy used per hour or day (power), and the figures of the range.
import { Card, Descriptions, Empty, Segmented, Skeleton, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { UsageMeter, UsageSeries } from '../../api/types';
import EChart from '../../components/EChart';
import PageContainer from '../../components/PageContainer';
import { RefName } from '../../components/Ref';
import { LoadError } from '../../components/Results';
import { fmtInstant } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { useAuth } from '../../auth/AuthContext';
import { fmtBps, fmtKwh, KindTag, thisMonth } from './shared';

type Range = 'day' | 'week' | 'month' | 'thisMonth';

function rangeQuery(r: Range): { from?: string; to?: string } {
  if (r === 'thisMonth') {
    const m = thisMonth();
    return { from: m.from };
  }
  const days = r === 'day' ? 1 : r === 'week' ? 7 : 30;
  return { from: dayjs().subtract(days, 'day').startOf('minute').toISOString() };
}

export default function MeterDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const [range, setRange] = useState<Range>('week');
  const query = useMemo(() => rangeQuery(range), [range]);
  const meter = useApi<UsageMeter>(`/api/v1/usage/meters/${id}`);
  const series = useApi<UsageSeries>(`/api/v1/usage/meters/${id}/series`, query);
  if (meter.error) return <LoadError error={meter.error} onRetry={meter.reload} />;
  if (!meter.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const m = meter.data;
  const s = series.data;
  const bandwidth = m.kind === 'bandwidth';
  const energy = s ? s.points.reduce((a, p) => a + (p.energy_wh ?? 0), 0) : 0;
  const clamped = s ? s.points.reduce((a, p) => a + p.clamped, 0) : 0;
  const peak = s ? Math.max(0, ...s.points.map((p) => Math.max(p.in_max ?? 0, p.out_max ?? 0))) : 0;
  const option = s
    ? bandwidth
      ? {
          tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmtBps(v * 1e6) },
          legend: { data: [t('usage.in'), t('usage.out'), t('usage.p95')], bottom: 0 },
          grid: { left: 56, right: 16, top: 24, bottom: 56 },
          xAxis: { type: 'category', data: s.points.map((p) => fmtInstant(p.t)), axisLabel: { hideOverlap: true } },
          yAxis: { type: 'value', name: 'Mbps' },
          series: [
            { name: t('usage.in'), type: 'line', showSymbol: false, areaStyle: { opacity: 0.15 }, data: s.points.map((p) => (p.in_max ?? 0) / 1e6) },
            { name: t('usage.out'), type: 'line', showSymbol: false, data: s.points.map((p) => (p.out_max ?? 0) / 1e6) },
            {
              name: t('usage.p95'),
              type: 'line',
              showSymbol: false,
              lineStyle: { type: 'dashed', color: '#cf1322' },
              itemStyle: { color: '#cf1322' },
              data: s.points.map(() => (s.p95_bps ?? 0) / 1e6),
            },
          ],
        }
      : {
          tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toLocaleString()} kWh` },
          grid: { left: 56, right: 16, top: 24, bottom: 40 },
          xAxis: { type: 'category', data: s.points.map((p) => fmtInstant(p.t)), axisLabel: { hideOverlap: true } },
          yAxis: { type: 'value', name: 'kWh' },
          series: [{ name: t('usage.energy'), type: 'bar', data: s.points.map((p) => (p.energy_wh ?? 0) / 1000) }],
        }
    : null;
  return (
    <PageContainer
      title={m.name}
      tags={<KindTag kind={m.kind} />}
      crumbs={[{ title: t('nav.group.business') }, { title: user?.customer_id == null ? t('nav.usage') : t('nav.myUsage'), path: '/usage' }, { title: m.name }]}
      testId="usage-meter-page"
    >
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('usage.customer')}>
            <RefName kind="customers" id={m.customer.id} />
          </Descriptions.Item>
          <Descriptions.Item label={t('usage.contract')}>
            {m.contract_id && m.contract_number ? <Link to={`/usage/contracts/${m.contract_id}`}>{m.contract_number}</Link> : '—'}
          </Descriptions.Item>
          {bandwidth && <Descriptions.Item label={t('usage.speed')}>{m.speed_mbps ? `${m.speed_mbps.toLocaleString()} Mbps` : '—'}</Descriptions.Item>}
          <Descriptions.Item label={t('usage.statusLabel')}>{t(`usage.status.${m.status}`)}</Descriptions.Item>
          {m.note && <Descriptions.Item label={t('usage.note')}>{m.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card
        style={{ marginTop: 16 }}
        title={bandwidth ? t('usage.traffic') : t('usage.energy')}
        extra={
          <Segmented<Range>
            value={range}
            onChange={setRange}
            data-testid="usage-range"
            options={[
              { value: 'day', label: t('usage.range.day') },
              { value: 'week', label: t('usage.range.week') },
              { value: 'month', label: t('usage.range.month') },
              { value: 'thisMonth', label: t('usage.range.thisMonth') },
            ]}
          />
        }
      >
        {series.error ? (
          <LoadError error={series.error} onRetry={series.reload} />
        ) : !s ? (
          <Skeleton active />
        ) : s.points.length === 0 ? (
          <Empty description={t('usage.noSamples')} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space size="large" wrap data-testid="usage-figures">
              {bandwidth ? (
                <>
                  <Statistic title={t('usage.p95Range')} value={fmtBps(s.p95_bps)} />
                  <Statistic title={t('usage.peak')} value={fmtBps(peak)} />
                  {clamped > 0 && <Statistic title={t('usage.clamped')} value={clamped} valueStyle={{ color: '#d46b08' }} />}
                </>
              ) : (
                <Statistic title={t('usage.energyRange')} value={fmtKwh(energy)} />
              )}
              <Statistic title={t('usage.step')} value={t(`usage.steps.${s.step}`)} />
            </Space>
            <EChart option={option!} height={320} testId="usage-chart" />
            <Typography.Text type="secondary">{bandwidth ? t('usage.p95Explained') : t('usage.energyExplained')}</Typography.Text>
          </Space>
        )}
      </Card>
    </PageContainer>
  );
}
