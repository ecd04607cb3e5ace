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
