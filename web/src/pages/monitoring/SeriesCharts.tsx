// Reading series for a time range, and the range picker the graph pages share.
import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { TsdbRange, TsdbSeries } from '../../api/schema';
import { PRESETS, presetRange, type Preset, type Range } from './range';

export type Labels = Record<string, string>;
export const labelsOf = (s: TsdbSeries): Labels => (s.labels ?? {}) as Labels;

/** Points of each series over the range at the step; an empty list for a series that failed. */
export function useSeriesPoints(series: TsdbSeries[], range: Range, step: number): Map<number, [number, number | null][]> | undefined {
  const [points, setPoints] = useState<Map<number, [number, number | null][]>>();
  const key = series.map((s) => s.id).join(',');
  useEffect(() => {
    let live = true;
    setPoints(undefined);
    Promise.all(
      series.map((s) =>
        api
          .get<TsdbRange>('/api/v1/monitoring/query_range', { series: s.id, from: range.from, to: range.to, step })
          .then((r) => [s.id, r.points.map((p) => [p.t, p.value ?? null] as [number, number | null])] as const)
          .catch(() => [s.id, [] as [number, number | null][]] as const),
      ),
    ).then((all) => live && setPoints(new Map(all)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, range.from, range.to, step]);
  return points;
}

export interface RangeChoice {
  preset: Preset | 'custom';
  range: Range;
}

export function useRangeChoice(initial: Preset = '24h') {
  const [choice, setChoice] = useState<RangeChoice>(() => ({ preset: initial, range: presetRange(initial, Date.now()) }));
  return [choice, setChoice] as const;
}

export function RangePicker({ value, onChange }: { value: RangeChoice; onChange: (v: RangeChoice) => void }) {
  const { t } = useTranslation();
  const custom: [Dayjs, Dayjs] = useMemo(() => [dayjs(value.range.from), dayjs(value.range.to)], [value.range]);
  return (
    <Space wrap data-testid="range-picker">
      <Segmented
        value={value.preset}
        options={[...PRESETS, 'custom'].map((p) => ({ value: p, label: t(`monitoring_pages.range.${p}`) }))}
        onChange={(p) => {
          if (p === 'custom') onChange({ preset: 'custom', range: value.range });
          else onChange({ preset: p as Preset, range: presetRange(p as Preset, Date.now()) });
        }}
      />
      {value.preset === 'custom' && (
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={custom}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
          onChange={(v) => {
            if (v?.[0] && v[1]) onChange({ preset: 'custom', range: { from: v[0].valueOf(), to: v[1].valueOf() } });
          }}
        />
      )}
    </Space>
  );
}
