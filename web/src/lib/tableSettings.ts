// A list's column settings (which columns show, in which order) and row density, kept per user and
// list in the browser's storage. Pure functions so that the rules are tested without a browser.

export type Density = 'large' | 'middle' | 'small';

export interface TableSettings {
  /** Column ids in the user's order; columns not listed (added later) follow in their own order. */
  order: string[];
  hidden: string[];
  density: Density;
}

export const DEFAULT_SETTINGS: TableSettings = { order: [], hidden: [], density: 'middle' };

interface ColumnLike {
  key?: unknown;
  dataIndex?: unknown;
  title?: unknown;
  fixed?: unknown;
}

/** A stable id for a column: its key, else its dataIndex path, else its position. */
export function columnId(c: ColumnLike, index: number): string {
  if (c.key !== undefined && c.key !== null && c.key !== '') return String(c.key);
  if (Array.isArray(c.dataIndex)) return c.dataIndex.join('.');
  if (typeof c.dataIndex === 'string' || typeof c.dataIndex === 'number') return String(c.dataIndex);
  return `#${index}`;
}

/** The columns in the user's order with hidden ones left out; never hides every column. */
export function applySettings<C extends ColumnLike>(columns: C[], s: TableSettings): C[] {
  const withIds = columns.map((c, i) => ({ c, id: columnId(c, i), i }));
  const rank = (id: string, i: number) => {
    const r = s.order.indexOf(id);
    return r < 0 ? s.order.length + i : r;
  };
  const ordered = [...withIds].sort((a, b) => rank(a.id, a.i) - rank(b.id, b.i));
  const visible = ordered.filter((x) => !s.hidden.includes(x.id));
  // Left-fixed columns stay first so that Ant Design can pin them.
  const shown = (visible.length ? visible : ordered.slice(0, 1)).map((x) => x.c);
  return [...shown.filter((c) => c.fixed === 'left' || c.fixed === true), ...shown.filter((c) => c.fixed !== 'left' && c.fixed !== true)];
}

/** The full order of ids after moving `id` one place up (-1) or down (+1). */
export function moveColumn(ids: string[], s: TableSettings, id: string, delta: -1 | 1): string[] {
  const rank = (x: string, i: number) => {
    const r = s.order.indexOf(x);
    return r < 0 ? s.order.length + i : r;
  };
  const order = ids.map((x, i) => ({ x, r: rank(x, i) })).sort((a, b) => a.r - b.r).map((e) => e.x);
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to], order[from]];
  return order;
}

export function toggleHidden(s: TableSettings, id: string, visible: boolean): TableSettings {
  const hidden = s.hidden.filter((h) => h !== id);
  return { ...s, hidden: visible ? hidden : [...hidden, id] };
}

export function storageKey(userId: number | undefined, list: string): string {
  return `colo.table.${userId ?? 0}.${list}`;
}

/** Parses stored settings, dropping anything malformed (an old or hand-edited value). */
export function parseSettings(raw: string | null): TableSettings {
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const v = JSON.parse(raw) as Partial<TableSettings>;
    const strings = (a: unknown) => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []);
    const density: Density = v.density === 'large' || v.density === 'small' ? v.density : 'middle';
    return { order: strings(v.order), hidden: strings(v.hidden), density };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The list filters a saved view keeps: everything but the page number (the size stays). */
export function viewQuery(filters: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (k !== 'page' && v !== '') out[k] = v;
  return out;
}

/** True when the list shows exactly what the saved view keeps. */
export function sameQuery(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
