// A time-series line chart for the monitoring pages: a time axis labelled in the business time
// zone (not the browser's), zoom by wheel and slider, and optional horizontal lines (the 95th
// percentile, a room's limits). Registers only the ECharts parts it adds to the shared wrapper.
import { DataZoomComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import EChart from '../../components/EChart';
import { businessTimeZone, fmtInstant } from '../../lib/format';

echarts.use([DataZoomComponent, MarkLineComponent]);

export interface ChartLine {
  name: string;
  points: [number, number | null][];
  area?: boolean;
  step?: boolean;
}

export interface MarkLevel {
  name: string;
  value: number;
  color: string;
}

interface Props {
  lines: ChartLine[];
  marks?: MarkLevel[];
  format: (v: number) => string;
  from: number;
  to: number;
  height?: number;
  /** Fixed value axis, e.g. 0..1 in steps of 1 for up/down. */
  yRange?: { min: number; max: number; interval: number };
  /** Fit the value axis to the data instead of starting at zero (temperatures). */
  scale?: boolean;
  testId?: string;
}

function axisLabel(ms: number, span: number): string {
  const text = fmtInstant(new Date(ms).toISOString(), 'minutes', businessTimeZone());
  // "2026-11-26 08:30": the time of day for a day or less, the date and time up to a week, the date beyond.
  if (span <= 26 * 3_600_000) return text.slice(11);
  if (span <= 8 * 86_400_000) return `${text.slice(5, 10)}\n${text.slice(11)}`;
  return text.slice(5, 10);
}

export default function TimeChart({ lines, marks = [], format, from, to, height = 260, yRange, scale, testId }: Props) {
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 36, bottom: 56, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v == null ? '—' : format(v)),
        axisPointer: { label: { formatter: (p: { value: number }) => fmtInstant(new Date(p.value).toISOString(), 'minutes', businessTimeZone()) } },
      },
      xAxis: { type: 'time', min: from, max: to, axisLabel: { hideOverlap: true, formatter: (v: number) => axisLabel(v, to - from) } },
      yAxis: {
        type: 'value',
        scale,
        // A fitted axis still shows the levels drawn on it (a room's limits).
        ...(scale && marks.length
          ? {
              min: (v: { min: number }) => Math.floor(Math.min(v.min, ...marks.map((m) => m.value)) - 1),
              max: (v: { max: number }) => Math.ceil(Math.max(v.max, ...marks.map((m) => m.value)) + 1),
            }
          : {}),
        ...yRange,
        axisLabel: { formatter: (v: number) => format(v) },
      },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8, labelFormatter: (v: number) => axisLabel(v, to - from) }],
      series: lines.map((l, i) => ({
        name: l.name,
        type: 'line',
        showSymbol: l.points.length < 2,
        connectNulls: false,
        step: l.step ? 'end' : undefined,
        areaStyle: l.area ? { opacity: 0.15 } : undefined,
        data: l.points,
        markLine:
          i === 0 && marks.length
            ? {
                symbol: 'none',
                silent: true,
                data: marks.map((m) => ({ yAxis: m.value, name: m.name, lineStyle: { color: m.color, type: 'dashed' }, label: { formatter: `${m.name} ${format(m.value)}`, position: 'insideEndTop', color: m.color } })),
              }
            : undefined,
      })),
    }),
    [lines, marks, format, from, to, yRange, scale],
  );
  return <EChart option={option} height={height} testId={testId} />;
}
