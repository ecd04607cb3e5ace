// Pure helpers of the monitoring pages: which resolution a time range is read at, the 95th
// percentile drawn on port graphs, and how a room reading compares with the room's limits.

export type Preset = '1h' | '24h' | '7d' | '30d';
export const PRESETS: Preset[] = ['1h', '24h', '7d', '30d'];

const HOUR = 3_600_000;
const PRESET_MS: Record<Preset, number> = { '1h': HOUR, '24h': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR };

export interface Range {
  from: number; // Unix ms
  to: number;
}

export function presetRange(preset: Preset, now: number): Range {
  return { from: now - PRESET_MS[preset], to: now };
}

/** The server answers at most this many points per series (tsdb kMaxPoints, with room to spare). */
export const MAX_POINTS = 10_000;
const ROLLUP_S = 300;
// Wider steps are whole multiples of the five-minute rollup, so the server reads rollups for them.
const WIDE_STEPS_S = [ROLLUP_S, 900, 3600, 3 * 3600, 6 * 3600, 86400];

/**
 * Seconds per point for a range: raw samples (0) up to six hours, the five-minute rollups up to
 * the number of points the server answers (about 34 days, so 30 days keep the five-minute
 * resolution the 95th percentile is defined on), then the narrowest wider rollup step that fits.
 */
export function stepFor(range: Range): number {
  const span = Math.max(0, range.to - range.from);
  if (span <= 6 * HOUR) return 0;
  for (const s of WIDE_STEPS_S) if (span / (s * 1000) <= MAX_POINTS) return s;
  return Math.ceil(span / 1000 / MAX_POINTS / 86400) * 86400;
}

/** The 95th percentile can be drawn only from five-minute (or finer) points. */
export function showsPercentile(step: number): boolean {
  return step <= ROLLUP_S;
}

/**
 * The 95th percentile as billing reads it: the ceil(0.95 n)-th smallest value (the top 5 % of
 * samples dropped); null when there is none. Null values (gaps) are not samples.
 */
export function percentile95(values: (number | null | undefined)[]): number | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.ceil(0.95 * v.length) - 1];
}

export type EnvStatus = 'ok' | 'near' | 'out' | 'stale' | 'nolimits';

/**
 * A room reading against the room's limits: out of [min, max] is out; inside, within a tenth of the
 * band of either limit is near; a reading older than staleMs is stale whatever its value, and a
 * room without both limits cannot be judged (never shown as fine).
 */
export function envStatus(value: number, at: number, now: number, min: number | null | undefined, max: number | null | undefined, staleMs: number): EnvStatus {
  if (now - at > staleMs) return 'stale';
  if (min == null || max == null || max <= min) return 'nolimits';
  if (value < min || value > max) return 'out';
  const margin = (max - min) / 10;
  if (value < min + margin || value > max - margin) return 'near';
  return 'ok';
}

/** Bits per second as Chinese and English operators read them (k/M/G/T, three significant digits). */
export function fmtBits(bps: number | null | undefined): string {
  if (bps == null || !Number.isFinite(bps)) return '—';
  const units = ['bps', 'kbps', 'Mbps', 'Gbps', 'Tbps'];
  let v = Math.abs(bps);
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  const text = v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  return `${bps < 0 ? '-' : ''}${text} ${units[i]}`;
}

function wallClockMs(ms: number, zone: string): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
}

/** The instant (Unix ms) at which a business date ("2026-11-01") begins in the zone. */
export function zoneMidnight(date: string, zone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  let t = guess - (wallClockMs(guess, zone) - guess);
  // Once more, for a zone whose offset changes between the guess and the answer.
  t = guess - (wallClockMs(t, zone) - t);
  return t;
}

/** A business month ("2026-11") as the instants [from, to) the monitoring reports take. */
export function monthPeriod(month: string, zone: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: new Date(zoneMidnight(`${month}-01`, zone)).toISOString(), to: new Date(zoneMidnight(next, zone)).toISOString() };
}
