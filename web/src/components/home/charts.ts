// ECharts options of the home pages' trends: one look for every weekly and monthly chart.
import type { EChartsCoreOption } from 'echarts/core';

export interface Series {
  name: string;
  data: number[];
  kind?: 'line' | 'bar';
  colour: string;
  area?: boolean;
  axis?: 0 | 1;
}

/** "2026-11-23" → "11/23" for a week; "2026-11" → "11月" or "Nov" for a month. */
export function bucketLabel(bucket: string, lang: string): string {
  const [y, m, d] = bucket.split('-');
  if (d) return `${Number(m)}/${Number(d)}`;
  if (lang.startsWith('zh')) return `${Number(m)}月`;
  return new Date(Number(y), Number(m) - 1, 1).toLocaleString('en-US', { month: 'short' });
}

export function trendOption(buckets: string[], series: Series[], lang: string, format?: (v: number) => string): EChartsCoreOption {
  const twoAxes = series.some((s) => s.axis === 1);
  const axis = (i: number) => ({
    type: 'value',
    minInterval: 1,
    splitLine: { show: i === 0, lineStyle: { type: 'dashed' } },
    axisLabel: i === 0 && format ? { formatter: (v: number) => format(v) } : {},
  });
  return {
    tooltip: { trigger: 'axis', valueFormatter: format ? (v: number) => format(v) : undefined },
    legend: { top: 0, right: 0, itemWidth: 14 },
    grid: { left: 4, right: 8, top: 32, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: buckets.map((b) => bucketLabel(b, lang)), axisTick: { alignWithLabel: true } },
    yAxis: twoAxes ? [axis(0), axis(1)] : axis(0),
    series: series.map((s) => ({
      name: s.name,
      type: s.kind ?? 'line',
      data: s.data,
      smooth: false,
      showSymbol: false,
      yAxisIndex: s.axis ?? 0,
      itemStyle: { color: s.colour, borderRadius: s.kind === 'bar' ? [3, 3, 0, 0] : undefined },
      barMaxWidth: 18,
      areaStyle: s.area ? { opacity: 0.12 } : undefined,
    })),
  };
}
