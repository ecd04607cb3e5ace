// Loading data from the API in components: one hook for objects and lists, with stale answers
// dropped when the inputs change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type Query } from '../api/client';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  setData: (d: T) => void;
}

/** GET `path` with `query`; pass null as path to wait. Reloads when path or query change. */
export function useApi<T>(path: string | null, query?: Query): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState<boolean>(path !== null);
  const [tick, setTick] = useState(0);
  const key = path === null ? null : `${path}?${JSON.stringify(query ?? {})}`;
  const lastKey = useRef<string | null>(null);

  useEffect(() => {
    if (key === null || path === null) {
      setLoading(false);
      return;
    }
    const ctl = new AbortController();
    if (lastKey.current !== key) {
      // A different object: do not show the previous one's data under the new name.
      if (lastKey.current !== null && query === undefined) setData(undefined);
      lastKey.current = key;
    }
    setLoading(true);
    setError(undefined);
    api
      .get<T>(path, query, { signal: ctl.signal })
      .then((d) => {
        if (!ctl.signal.aborted) setData(d);
      })
      .catch((e) => {
        if (ctl.signal.aborted) return;
        setError(e instanceof ApiError ? e : new ApiError({ status: 0, detail: String(e) }));
      })
      .finally(() => {
        if (!ctl.signal.aborted) setLoading(false);
      });
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, setData };
}
