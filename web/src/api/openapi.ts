// Which API paths this server has: features of modules that have not landed yet stay hidden.
import { useEffect, useState } from 'react';
import { api } from './client';

let pending: Promise<Set<string>> | null = null;

export function loadApiPaths(): Promise<Set<string>> {
  if (!pending) {
    pending = api
      .get<{ paths?: Record<string, unknown> }>('/api/v1/openapi.json')
      .then((doc) => new Set(Object.keys(doc.paths ?? {})))
      .catch(() => {
        pending = null;
        return new Set<string>();
      });
  }
  return pending;
}

/** The set of OpenAPI paths, or undefined while loading. */
export function useApiPaths(): Set<string> | undefined {
  const [paths, setPaths] = useState<Set<string>>();
  useEffect(() => {
    let live = true;
    loadApiPaths().then((p) => live && setPaths(p));
    return () => {
      live = false;
    };
  }, []);
  return paths;
}
