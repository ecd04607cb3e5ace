// Prefixes shown as a hierarchy (NetBox's nesting): each prefix under the most specific prefix of
// the same list that contains it. Works on the page the server answered, for IPv4 and IPv6.

export interface Cidr {
  family: 4 | 6;
  network: bigint;
  length: number;
}

function parseV4(s: string): bigint | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function parseV6(s: string): bigint | null {
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  let n = 0n;
  for (const g of [...head, ...Array(missing).fill('0'), ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** "10.0.0.0/8" or "2001:db8::/32"; null when it is not a CIDR. */
export function parseCidr(text: string): Cidr | null {
  const [addr, len] = text.split('/');
  if (len === undefined || !/^\d{1,3}$/.test(len)) return null;
  const length = Number(len);
  if (addr.includes(':')) {
    const network = parseV6(addr);
    return network === null || length > 128 ? null : { family: 6, network, length };
  }
  const network = parseV4(addr);
  return network === null || length > 32 ? null : { family: 4, network, length };
}

/** True when `outer` strictly contains `inner` (a longer prefix inside it). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  if (outer.family !== inner.family || inner.length <= outer.length) return false;
  const bits = BigInt(outer.family === 4 ? 32 : 128);
  const shift = bits - BigInt(outer.length);
  return outer.network >> shift === inner.network >> shift;
}

export type Tree<T> = T & { children?: Tree<T>[]; depth: number };

/** Nests rows by containment, in address order; rows whose prefix does not parse stay on top. */
export function prefixTree<T extends { prefix: string }>(rows: T[]): Tree<T>[] {
  const parsed = rows.map((r) => ({ r, c: parseCidr(r.prefix) }));
  const order = [...parsed].sort((a, b) => {
    if (!a.c || !b.c) return a.c ? 1 : b.c ? -1 : 0;
    if (a.c.family !== b.c.family) return a.c.family - b.c.family;
    if (a.c.network !== b.c.network) return a.c.network < b.c.network ? -1 : 1;
    return a.c.length - b.c.length;
  });
  const roots: Tree<T>[] = [];
  const stack: { c: Cidr; node: Tree<T> }[] = [];
  for (const { r, c } of order) {
    const node = { ...r, depth: 0 } as Tree<T>;
    if (!c) {
      roots.push(node);
      continue;
    }
    while (stack.length && !contains(stack[stack.length - 1].c, c)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      node.depth = parent.node.depth + 1;
      (parent.node.children ??= []).push(node);
    } else roots.push(node);
    stack.push({ c, node });
  }
  return roots;
}
