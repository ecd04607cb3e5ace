// Usage pages' shared pieces: how rates and energy read, the kind tag, the current month.
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { businessTodayIso } from '../../lib/format';

/** A rate in bit/s as people read it: 950 Mbps, 1.2 Gbps, 12 kbps. */
export function fmtBps(bps: number | null | undefined): string {
  if (bps == null) return '—';
  const units: [number, string][] = [
    [1e9, 'Gbps'],
    [1e6, 'Mbps'],
    [1e3, 'kbps'],
  ];
  for (const [f, u] of units) if (Math.abs(bps) >= f) return `${(bps / f).toLocaleString(undefined, { maximumFractionDigits: 2 })} ${u}`;
  return `${bps} bps`;
}

/** Energy in Wh as kWh with up to three decimals. */
export function fmtKwh(wh: number | null | undefined): string {
  if (wh == null) return '—';
  return `${(wh / 1000).toLocaleString(undefined, { maximumFractionDigits: 3 })} kWh`;
}

export function KindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'bandwidth' ? 'blue' : 'gold'}>{t(`usage.kind.${kind}`)}</Tag>;
}

/** The first business day of this month and today, as YYYY-MM-DD. */
export function thisMonth(): { from: string; to: string } {
  const today = businessTodayIso();
  return { from: dayjs(today).startOf('month').format('YYYY-MM-DD'), to: today };
}
