import dayjs, { type Dayjs } from 'dayjs';

export function fmtPower(w: number | null | undefined): string {
  if (w == null) return '—';
  if (Math.abs(w) >= 1000) return `${(w / 1000).toFixed(w % 1000 === 0 ? 0 : 1)} kW`;
  return `${w} W`;
}

export function fmtUnits(u: number | null | undefined): string {
  if (u == null) return '—';
  return `${u} U`;
}

export function fmtPct(p: number | null | undefined): string {
  if (p == null) return '—';
  return `${Math.round(p * 10) / 10}%`;
}

/** Room label with its site's short name: the demo's sites carry both Chinese and English names. */
export function shortSite(name: string, lang: string): string {
  // "北京亦庄数据中心 Beijing Yizhuang" → zh: "北京亦庄数据中心", en: "Beijing Yizhuang".
  const m = name.match(/^([^\x00-\x7F][^A-Za-z]*?)\s+([A-Za-z].*)$/);
  if (!m) return name;
  return lang.startsWith('zh') ? m[1].trim() : m[2].trim();
}

/** Money in fen (integer minor units) as yuan with two decimals and thousands separators: ¥1,234.50. */
export function fmtYuan(fen: number | null | undefined): string {
  if (fen == null || !Number.isFinite(fen)) return '—';
  const n = Math.round(fen);
  const abs = Math.abs(n);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${n < 0 ? '-' : ''}¥${yuan}.${cents}`;
}

/** Yuan typed by a person (up to two decimals) as integer fen, without floating-point drift. */
export function yuanToFen(yuan: number | null | undefined): number | undefined {
  if (yuan == null || !Number.isFinite(yuan)) return undefined;
  return Math.round(yuan * 100);
}

/** Basis points as a percentage: 9990 → "99.90%", 5 → "0.05%". */
export function fmtBp(bp: number | null | undefined): string {
  if (bp == null) return '—';
  return `${(bp / 100).toFixed(2)}%`;
}

// ---- Instants and dates in the business time zone ----------------------------------------------
// The server keeps instants in UTC and business dates ("today", signing, due dates) in one IANA
// zone ([business] time_zone, answered by GET /api/v1/version). Everything is shown in that zone,
// so that a person abroad or on a phone set to another zone sees the same day and hour as the
// data centre.

const zoneListeners = new Set<() => void>();
let businessZone = 'Asia/Shanghai';

export function businessTimeZone(): string {
  return businessZone;
}

/** Sets the zone (from the server); components showing instants re-render. Unknown names are ignored. */
export function setBusinessTimeZone(zone: string | null | undefined): void {
  if (!zone || zone === businessZone || !validZone(zone)) return;
  businessZone = zone;
  zoneListeners.forEach((l) => l());
}

export function subscribeBusinessTimeZone(listener: () => void): () => void {
  zoneListeners.add(listener);
  return () => zoneListeners.delete(listener);
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(zone: string, d: Date): Record<string, string> {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(d)) out[p.type] = p.value;
  return out;
}

export type InstantStyle = 'minutes' | 'seconds' | 'date';

/**
 * An ISO-8601 instant as the business zone's wall clock: "2026-03-01 08:30" (minutes),
 * "2026-03-01 08:30:05" (seconds) or "2026-03-01" (date). A bare date ("2026-03-01") is a
 * business date already and is shown as it is; text that is not a time comes back unchanged.
 */
export function fmtInstant(value: string | null | undefined, style: InstantStyle = 'minutes', zone: string = businessZone): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = partsIn(zone, d);
  const date = `${p.year}-${p.month}-${p.day}`;
  if (style === 'date') return date;
  const hm = `${date} ${p.hour}:${p.minute}`;
  return style === 'seconds' ? `${hm}:${p.second}` : hm;
}

/** Today's date in the business zone, "YYYY-MM-DD". */
export function businessTodayIso(now: Date = new Date(), zone: string = businessZone): string {
  return fmtInstant(now.toISOString(), 'date', zone);
}

/**
 * A wall-clock time in the business zone ("2026-11-27T09:00", as an <input type="datetime-local">
 * gives it) as an ISO instant: 09:00 in Shanghai, whatever zone the browser is in. Empty or
 * unreadable text gives undefined.
 */
export function businessWallToInstant(local: string | null | undefined, zone: string = businessZone): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local ?? '');
  if (!m) return undefined;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  // The zone's offset at that moment, found from the wall clock it shows; twice, so a guess on the
  // other side of a daylight-saving change settles.
  const offsetAt = (t: number) => {
    const p = partsIn(zone, new Date(t));
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - t;
  };
  let t = wall - offsetAt(wall);
  t = wall - offsetAt(t);
  return new Date(t).toISOString();
}

/** The hour (0–23) of the business zone's wall clock now. */
export function businessHour(now: Date = new Date(), zone: string = businessZone): number {
  return Number(partsIn(zone, now).hour);
}

/** Today in the business zone as a date for date pickers and day arithmetic. */
export function businessToday(): Dayjs {
  return dayjs(businessTodayIso());
}
