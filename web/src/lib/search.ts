// The header search (GET /api/v1/search): its answer and the page each hit opens.

export interface SearchHit {
  id: number;
  title: string;
  subtitle: string;
  customer_id: number | null;
}

export interface SearchGroup {
  type: string;
  results: SearchHit[];
  more: boolean;
}

export interface SearchAnswer {
  q: string;
  groups: SearchGroup[];
}

/** The page a hit opens: the object's own page, or its list searched for it. */
export function searchTarget(type: string, hit: SearchHit): string {
  switch (type) {
    case 'devices':
      return `/dcim/devices/${hit.id}`;
    case 'racks':
      return `/dcim/racks/${hit.id}`;
    case 'customers':
      return `/customers/${hit.id}`;
    case 'contracts':
      return `/contracts/${hit.id}`;
    case 'applications':
      return `/applications/${hit.id}`;
    case 'addresses':
      return `/ipam/ip-addresses?q=${encodeURIComponent(hit.title.split('/')[0])}`;
    case 'prefixes':
      return `/ipam/prefixes?q=${encodeURIComponent(hit.title)}`;
    default:
      return '/';
  }
}

/** The hits in the order they are shown, for moving through them with the arrow keys. */
export function flatHits(answer: SearchAnswer | undefined): { type: string; hit: SearchHit }[] {
  return (answer?.groups ?? []).flatMap((g) => g.results.map((hit) => ({ type: g.type, hit })));
}

/** Whether a key press should open the search: "/" outside a text field, or Ctrl+K / ⌘K anywhere. */
export function opensSearch(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return true;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return false;
  const el = e.target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return true;
  const tag = el.tagName.toLowerCase();
  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable);
}
