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
