// Exports of server lists (GET /api/v1/export): the URL for a table's current filter and columns,
// and the file name the server gave.
import { buildUrl, type Query } from '../api/client';

export interface ExportColumn {
  /** Dotted path into each item: "name", "rack.name". */
  key: string;
  /** The header in the reader's language. */
  label: string;
}

export type ExportFormat = 'csv' | 'xlsx';

/** Columns of an Ant Design table that can be exported: those with a dataIndex (or exportKey). */
export function exportColumns(columns: readonly unknown[] | undefined): ExportColumn[] {
  const out: ExportColumn[] = [];
  for (const c of columns ?? []) {
    const col = c as { dataIndex?: unknown; exportKey?: string; title?: unknown; exportLabel?: string };
    const key =
      col.exportKey ??
      (typeof col.dataIndex === 'string' ? col.dataIndex : Array.isArray(col.dataIndex) ? col.dataIndex.join('.') : '');
    if (!key) continue;
    const label = col.exportLabel ?? (typeof col.title === 'string' ? col.title : key);
    out.push({ key, label });
  }
  return out;
}

/** The export of the list at `path` with the table's filters (paging left out: the whole list). */
export function exportUrl(path: string, query: Query, columns: ExportColumn[], format: ExportFormat, name?: string): string {
  const params = new URLSearchParams();
  params.set('path', path.split('?')[0]);
  params.set('format', format);
  for (const c of columns) params.append('column', c.key);
  for (const c of columns) params.append('label', c.label);
  if (name) params.set('filename', name);
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || k === 'limit' || k === 'offset') continue;
    params.set(k, String(v));
  }
  return buildUrl('/api/v1/export') + '?' + params.toString();
}

/** The file name from a Content-Disposition header (filename* first), or `fallback`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}
