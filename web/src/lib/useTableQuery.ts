// List state lives in the URL (?page=2&size=50&q=...&status=...), so a filtered page can be
// bookmarked, shared and reloaded.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export const PAGE_SIZES = [20, 50, 100, 200];

export interface TableQuery {
  page: number;
  size: number;
  filters: Record<string, string>;
  setFilter: (name: string, value: string | number | null | undefined) => void;
  setFilters: (values: Record<string, string | number | null | undefined>) => void;
  setPage: (page: number, size?: number) => void;
  reset: () => void;
}

export function useTableQuery(defaultSize = 20, prefix = ''): TableQuery {
  const [sp, setSp] = useSearchParams();
  const pageKey = `${prefix}page`;
  const sizeKey = `${prefix}size`;
  const page = Math.max(1, Number(sp.get(pageKey)) || 1);
  const size = Number(sp.get(sizeKey)) || defaultSize;
  const filters = useMemo(() => {
    const out: Record<string, string> = {};
    sp.forEach((v, k) => {
      if (k === pageKey || k === sizeKey || !k.startsWith(prefix)) return;
      out[k.slice(prefix.length)] = v;
    });
    return out;
  }, [sp, pageKey, sizeKey, prefix]);

  const setFilters = useCallback(
    (values: Record<string, string | number | null | undefined>) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(values)) {
            if (v === null || v === undefined || v === '') next.delete(prefix + k);
            else next.set(prefix + k, String(v));
          }
          next.delete(pageKey);
          return next;
        },
        { replace: true },
      );
    },
    [setSp, prefix, pageKey],
  );
  const setFilter = useCallback(
    (name: string, value: string | number | null | undefined) => setFilters({ [name]: value }),
    [setFilters],
  );
  const setPage = useCallback(
    (p: number, s?: number) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (s && s !== size) {
            next.set(sizeKey, String(s));
            next.delete(pageKey);
          } else if (p <= 1) next.delete(pageKey);
          else next.set(pageKey, String(p));
          return next;
        },
        { replace: false },
      );
    },
    [setSp, size, sizeKey, pageKey],
  );
  const reset = useCallback(() => {
    setSp(
      (prev) => {
        const next = new URLSearchParams();
        prev.forEach((v, k) => {
          if (!k.startsWith(prefix)) next.set(k, v);
        });
        return next;
      },
      { replace: true },
    );
  }, [setSp, prefix]);
  return { page, size, filters, setFilter, setFilters, setPage, reset };
}
