import { describe, expect, it } from 'vitest';
import { contains, parseCidr, prefixTree } from './prefixTree';

describe('parseCidr', () => {
  it('reads IPv4 and IPv6 networks', () => {
    expect(parseCidr('10.1.0.0/16')).toEqual({ family: 4, network: 0x0a010000n, length: 16 });
    expect(parseCidr('2001:db8::/32')?.network).toBe(0x20010db8n << 96n);
    expect(parseCidr('::/0')).toEqual({ family: 6, network: 0n, length: 0 });
  });
  it('refuses what is not a CIDR', () => {
    for (const bad of ['10.0.0.0', '10.0.0.256/24', '10.0.0.0/33', '2001:db8::1::/64', 'x/8', '1:2:3/64']) expect(parseCidr(bad)).toBeNull();
  });
});

describe('contains', () => {
  const p = (s: string) => parseCidr(s)!;
  it('is strict and per family', () => {
    expect(contains(p('10.0.0.0/8'), p('10.20.0.0/16'))).toBe(true);
    expect(contains(p('10.0.0.0/8'), p('11.0.0.0/16'))).toBe(false);
    expect(contains(p('10.0.0.0/8'), p('10.0.0.0/8'))).toBe(false);
    expect(contains(p('0.0.0.0/0'), p('192.0.2.0/24'))).toBe(true);
    expect(contains(p('2001:db8::/32'), p('2001:db8:1::/48'))).toBe(true);
    expect(contains(p('::/0'), p('10.0.0.0/8'))).toBe(false);
  });
});

describe('prefixTree', () => {
  it('nests each prefix under the most specific one that contains it', () => {
    const rows = ['10.0.1.0/24', '192.0.2.0/24', '10.0.0.0/8', '10.0.0.0/16', '10.1.0.0/16', '2001:db8::/32', '2001:db8:5::/48'].map(
      (prefix) => ({ prefix }),
    );
    const tree = prefixTree(rows);
    const shape = (ns: ReturnType<typeof prefixTree<{ prefix: string }>>): unknown =>
      ns.map((n) => (n.children ? { [n.prefix]: shape(n.children) } : n.prefix));
    expect(shape(tree)).toEqual([
      { '10.0.0.0/8': [{ '10.0.0.0/16': ['10.0.1.0/24'] }, '10.1.0.0/16'] },
      '192.0.2.0/24',
      { '2001:db8::/32': ['2001:db8:5::/48'] },
    ]);
    expect(tree[0].children![0].children![0].depth).toBe(2);
  });
  it('keeps rows it cannot parse', () => {
    expect(prefixTree([{ prefix: 'odd' }, { prefix: '10.0.0.0/8' }]).map((n) => n.prefix)).toEqual(['odd', '10.0.0.0/8']);
  });
});
