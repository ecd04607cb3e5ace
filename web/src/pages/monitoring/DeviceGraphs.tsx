// Graphs of one ledger device: reachability and round-trip time, each interface's traffic (with
// the 95th percentile billing reads) and errors/discards, sensors, UPS and PDU figures. Customers
// reach only their own devices: the ledger answers 404 for another's, and the series list is
// already narrowed to the customer's labels.
import { Card, Empty, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError, type Page } from '../../api/client';
import type { Device, MonitoredDevice, TsdbSeries } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { fmtBits, percentile95, showsPercentile, stepFor, type Range } from './range';
import { labelsOf, RangePicker, useRangeChoice, useSeriesPoints } from './SeriesCharts';
import TimeChart, { type ChartLine, type MarkLevel } from './TimeChart';

const UP_DOWN = { min: 0, max: 1, interval: 1 };
const num = (digits: number, unit = '') => (v: number) => `${+v.toFixed(digits)}${unit}`;

interface GraphProps {
  title: string;
  series: TsdbSeries[];
  range: Range;
  step: number;
  nameOf: (s: TsdbSeries) => string;
  format: (v: number) => string;
  p95?: boolean;
  stepLine?: boolean;
  yRange?: { min: number; max: number; interval: number };
  testId: string;
}

function Graph({ title, series, range, step, nameOf, format, p95, stepLine, yRange, testId }: GraphProps) {
  const { t } = useTranslation();
  const points = useSeriesPoints(series, range, step);
  const lines: ChartLine[] = useMemo(() => series.map((s) => ({ name: nameOf(s), points: points?.get(s.id) ?? [], step: stepLine, area: p95 })), [series, points, nameOf, stepLine, p95]);
  const marks: MarkLevel[] = useMemo(() => {
    if (!p95 || !points || !showsPercentile(step)) return [];
    // Billing's 95th percentile of a port is that of the larger direction per five minutes.
    const byT = new Map<number, number>();
    for (const s of series) for (const [tm, v] of points.get(s.id) ?? []) if (v != null) byT.set(tm, Math.max(byT.get(tm) ?? 0, v));
    const p = percentile95([...byT.values()]);
    return p == null ? [] : [{ name: t('monitoring_pages.graphs.p95'), value: p, color: '#cf1322' }];
  }, [p95, points, series, step, t]);
  const empty = points && lines.every((l) => l.points.length === 0);
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={testId}>
      {!points ? (
        <Skeleton active />
      ) : empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring_pages.graphs.noPoints')} />
      ) : (
        <>
          <TimeChart lines={lines} marks={marks} format={format} from={range.from} to={range.to} yRange={yRange} />
          {p95 && !showsPercentile(step) && <Typography.Text type="secondary">{t('monitoring_pages.graphs.p95Hidden')}</Typography.Text>}
          {marks.length > 0 && (
            <Typography.Text type="secondary" data-testid={`${testId}-p95`}>
              {t('monitoring_pages.graphs.p95Value', { value: format(marks[0].value) })}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}

export default function DeviceGraphs() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const staff = user?.customer_id == null;
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const [device, setDevice] = useState<Device>();
  // 404 for another customer's device (the ledger decides), or whatever else went wrong.
  const [failed, setFailed] = useState<ApiError>();
  const [series, setSeries] = useState<TsdbSeries[]>();
  const [ifNames, setIfNames] = useState<Map<number, string>>(new Map());
  const [choice, setChoice] = useRangeChoice('24h');
  const step = stepFor(choice.range);

  useEffect(() => {
    setDevice(undefined);
    setFailed(undefined);
    const fail = (e: unknown) => setFailed(e instanceof ApiError ? e : new ApiError({ status: 0, code: 'network', title: String(e) }));
    api.get<Device>(`/api/v1/dcim/devices/${id}`).then(setDevice).catch(fail);
    api
      .get<Page<TsdbSeries>>('/api/v1/monitoring/series', { match: `{device_id="${id}"}`, limit: 1000 })
      .then((p) => setSeries(p.results))
      .catch(fail);
    // Interface names from discovery; a device that is not polled has only pushed series.
    api
      .get<MonitoredDevice>(`/api/v1/monitoring/devices/${id}`)
      .then((d) => setIfNames(new Map((d.interfaces ?? []).map((i) => [i.if_index, i.name || i.descr]))))
      .catch(() => setIfNames(new Map()));
  }, [id]);

  const byMetric = useMemo(() => {
    const m = new Map<string, TsdbSeries[]>();
    for (const s of series ?? []) m.set(s.metric, [...(m.get(s.metric) ?? []), s]);
    return m;
  }, [series]);
  const ifIndexes = useMemo(() => {
    const set = new Map<number, string | undefined>();
    for (const s of series ?? []) {
      const l = labelsOf(s);
      if (l.if_index && s.metric.startsWith('if_')) set.set(Number(l.if_index), l.interface_id);
    }
    return [...set.entries()].sort((a, b) => a[0] - b[0]);
  }, [series]);
  // ?interface=<ledger interface id> (from the ledger's interface rows) or ?if=<ifIndex>.
  const wantedLedger = params.get('interface');
  const chosenIf = useMemo(() => {
    const byLedger = ifIndexes.find(([, ledger]) => wantedLedger && ledger === wantedLedger);
    if (byLedger) return byLedger[0];
    const asked = Number(params.get('if'));
    if (ifIndexes.some(([i]) => i === asked)) return asked;
    return ifIndexes[0]?.[0];
  }, [ifIndexes, params, wantedLedger]);

  if (failed) return <LoadError error={failed} />;
  const title = device ? t('monitoring_pages.graphs.title', { name: device.name }) : t('monitoring_pages.graphs.titlePlain');
  const ifName = (i: number) => ifNames.get(i) ?? `ifIndex ${i}`;
  const of = (metric: string, filter?: (l: Record<string, string>) => boolean) => (byMetric.get(metric) ?? []).filter((s) => !filter || filter(labelsOf(s)));
  const onIf = (l: Record<string, string>) => Number(l.if_index) === chosenIf;
  const dir = (s: TsdbSeries) => t(`monitoring_pages.graphs.metric.${s.metric}`);
  const sensorName = (s: TsdbSeries) => labelsOf(s).sensor ?? labelsOf(s).feed ?? labelsOf(s).outlet ?? t(`monitoring_pages.graphs.metric.${s.metric}`);
  const common = { range: choice.range, step };
  const reach = of('device_up');
  const rtt = of('device_rtt_seconds');
  const traffic = [...of('if_in_bits_per_second', onIf), ...of('if_out_bits_per_second', onIf)];
  const errors = ['if_in_errors_per_second', 'if_out_errors_per_second', 'if_in_discards_per_second', 'if_out_discards_per_second'].flatMap((m) => of(m, onIf));
  const temps = of('sensor_temperature_celsius');
  const hums = of('sensor_humidity_percent');
  const power = of('pdu_power_watts');
  const ups = [...of('ups_load_percent'), ...of('ups_on_battery')];

  return (
    <PageContainer
      title={title}
      docTitle={title}
      testId="device-graphs-page"
      crumbs={[
        ...(staff ? [{ title: t('nav.group.monitoring') }, { title: t('nav.monitoredDevices'), path: '/monitoring/devices' }] : [{ title: t('nav.myDevices'), path: '/dcim/devices' }]),
        { title: device ? <Link to={`/dcim/devices/${id}`}>{device.name}</Link> : '…' },
        { title: t('monitoring_pages.graphs.crumb') },
      ]}
      extra={<RangePicker value={choice} onChange={setChoice} />}
    >
      {!series || !device ? (
        <Skeleton active />
      ) : series.length === 0 ? (
        <Card>
          <Empty description={t('monitoring_pages.graphs.noSeries')} />
        </Card>
      ) : (
        <>
          {ifIndexes.length > 0 && chosenIf !== undefined && (
            <>
              <Space wrap style={{ marginBottom: 12 }}>
                <Typography.Text strong>{t('monitoring_pages.graphs.interface')}</Typography.Text>
                <Select
                  data-testid="interface-select"
                  style={{ minWidth: 200 }}
                  value={chosenIf}
                  onChange={(v) => setParams({ if: String(v) }, { replace: true })}
                  options={ifIndexes.map(([i]) => ({ value: i, label: ifName(i) }))}
                />
              </Space>
              <Graph title={t('monitoring_pages.graphs.traffic', { name: ifName(chosenIf) })} series={traffic} nameOf={dir} format={fmtBits} p95 testId="graph-traffic" {...common} />
              {errors.length > 0 && <Graph title={t('monitoring_pages.graphs.errors')} series={errors} nameOf={dir} format={num(2, '/s')} testId="graph-errors" {...common} />}
            </>
          )}
          {reach.length > 0 && <Graph title={t('monitoring_pages.graphs.reachability')} series={reach} nameOf={dir} format={(v) => (v >= 0.5 ? t('monitoring_pages.graphs.up') : t('monitoring_pages.graphs.down'))} stepLine yRange={UP_DOWN} testId="graph-reach" {...common} />}
          {rtt.length > 0 && <Graph title={t('monitoring_pages.graphs.rtt')} series={rtt} nameOf={dir} format={(v) => `${+(v * 1000).toFixed(2)} ms`} testId="graph-rtt" {...common} />}
          {temps.length > 0 && <Graph title={t('monitoring_pages.graphs.metric.sensor_temperature_celsius')} series={temps} nameOf={sensorName} format={num(1, ' °C')} testId="graph-temperature" {...common} />}
          {hums.length > 0 && <Graph title={t('monitoring_pages.graphs.metric.sensor_humidity_percent')} series={hums} nameOf={sensorName} format={num(1, ' %')} testId="graph-humidity" {...common} />}
          {power.length > 0 && <Graph title={t('monitoring_pages.graphs.metric.pdu_power_watts')} series={power} nameOf={sensorName} format={num(0, ' W')} testId="graph-power" {...common} />}
          {ups.length > 0 && <Graph title={t('monitoring_pages.graphs.ups')} series={ups} nameOf={dir} format={num(1)} testId="graph-ups" {...common} />}
        </>
      )}
    </PageContainer>
  );
}
