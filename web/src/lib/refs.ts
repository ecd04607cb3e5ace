// Names of referenced objects (a device's customer, a prefix's site) and choices for pickers.
// Each object is fetched once per page load and shared by every cell that shows it.
import { api, type Page } from '../api/client';

export type RefKind = 'customers' | 'sites' | 'rooms' | 'racks' | 'device-types' | 'vlans' | 'users' | 'devices' | 'prefixes' | 'contracts';

interface RefConfig {
  list: string;
  one: (id: number) => string;
  label: (o: any) => string; // eslint-disable-line @typescript-eslint/no-explicit-any
  link?: (id: number) => string;
}

export const REFS: Record<RefKind, RefConfig> = {
  customers: { list: '/api/v1/customers', one: (id) => `/api/v1/customers/${id}`, label: (o) => o.name, link: (id) => `/customers/${id}` },
  sites: { list: '/api/v1/dcim/sites', one: (id) => `/api/v1/dcim/sites/${id}`, label: (o) => o.name, link: (id) => `/dcim/sites/${id}` },
  rooms: {
    list: '/api/v1/dcim/rooms',
    one: (id) => `/api/v1/dcim/rooms/${id}`,
    label: (o) => `${o.site?.name ? `${o.site.name} / ` : ''}${o.name}`,
    link: (id) => `/dcim/rooms/${id}`,
  },
  racks: {
    list: '/api/v1/dcim/racks',
    one: (id) => `/api/v1/dcim/racks/${id}`,
    // Two sites can have racks of the same name: the site goes next to the rack.
    label: (o) => `${o.name}${o.site?.name ? ` · ${o.site.name}` : ''}${o.room?.name ? ` / ${o.room.name}` : ''}`,
    link: (id) => `/dcim/racks/${id}`,
  },
  'device-types': {
    list: '/api/v1/dcim/device-types',
    one: (id) => `/api/v1/dcim/device-types/${id}`,
    label: (o) => `${o.manufacturer} ${o.model}`,
    link: (id) => `/dcim/device-types/${id}`,
  },
  vlans: { list: '/api/v1/ipam/vlans', one: (id) => `/api/v1/ipam/vlans/${id}`, label: (o) => `${o.vid} ${o.name}` },
  prefixes: { list: '/api/v1/ipam/prefixes', one: (id) => `/api/v1/ipam/prefixes/${id}`, label: (o) => o.prefix },
  users: { list: '/api/v1/users', one: (id) => `/api/v1/users/${id}`, label: (o) => o.display_name || o.username, link: (id) => `/system/users/${id}` },
  contracts: { list: '/api/v1/contracts', one: (id) => `/api/v1/contracts/${id}`, label: (o) => o.number, link: (id) => `/contracts/${id}` },
  devices: { list: '/api/v1/dcim/devices', one: (id) => `/api/v1/dcim/devices/${id}`, label: (o) => o.name, link: (id) => `/dcim/devices/${id}` },
};

const cache = new Map<string, Promise<string | null>>();

export function refName(kind: RefKind, id: number): Promise<string | null> {
  const key = `${kind}:${id}`;
  let p = cache.get(key);
  if (!p) {
    p = api
      .get<unknown>(REFS[kind].one(id))
      .then((o) => REFS[kind].label(o))
      .catch(() => {
        cache.delete(key);
        return null;
      });
    cache.set(key, p);
  }
  return p;
}

/** Prime the cache from a list the page already has. */
export function primeRefs(kind: RefKind, objects: { id: number }[]) {
  for (const o of objects) cache.set(`${kind}:${o.id}`, Promise.resolve(REFS[kind].label(o)));
}

export function forgetRef(kind: RefKind, id: number) {
  cache.delete(`${kind}:${id}`);
}

export async function searchRefs(
  kind: RefKind,
  q: string,
  extra: Record<string, string | number | undefined> = {},
): Promise<{ value: number; label: string }[]> {
  const page = await api.get<Page<{ id: number }>>(REFS[kind].list, { q: q || undefined, limit: 30, ...extra });
  primeRefs(kind, page.results);
  return page.results.map((o) => ({ value: o.id, label: REFS[kind].label(o) }));
}
