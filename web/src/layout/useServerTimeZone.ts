// Asks the server once for its business time zone (GET /api/v1/version), in which every date and
// time is shown; until it answers, the default (Asia/Shanghai) is used.
import { useEffect } from 'react';
import { api } from '../api/client';
import { setBusinessTimeZone } from '../lib/format';

let asked = false;

export function useServerTimeZone(): void {
  useEffect(() => {
    if (asked) return;
    asked = true;
    api
      .get<{ time_zone?: string }>('/api/v1/version')
      .then((v) => setBusinessTimeZone(v.time_zone))
      .catch(() => {
        asked = false; // asked again by the next layout that mounts
      });
  }, []);
}
