import { describe, expect, it } from 'vitest';
import { flatHits, opensSearch, searchTarget } from './search';

const hit = (id: number, title = 'x') => ({ id, title, subtitle: '', customer_id: null });

describe('searchTarget', () => {
  it('opens each kind on its page', () => {
    expect(searchTarget('devices', hit(7))).toBe('/dcim/devices/7');
    expect(searchTarget('racks', hit(3))).toBe('/dcim/racks/3');
    expect(searchTarget('customers', hit(2))).toBe('/customers/2');
    expect(searchTarget('contracts', hit(5))).toBe('/contracts/5');
    expect(searchTarget('applications', hit(9))).toBe('/applications/9');
    expect(searchTarget('addresses', hit(1, '10.0.0.1/24'))).toBe('/ipam/ip-addresses?q=10.0.0.1');
    expect(searchTarget('prefixes', hit(1, '10.0.0.0/24'))).toBe('/ipam/prefixes?q=10.0.0.0%2F24');
  });
});

describe('flatHits', () => {
  it('lists the hits group by group', () => {
    const flat = flatHits({ q: 'a', groups: [{ type: 'devices', results: [hit(1), hit(2)], more: false }, { type: 'racks', results: [hit(3)], more: true }] });
    expect(flat.map((f) => `${f.type}:${f.hit.id}`)).toEqual(['devices:1', 'devices:2', 'racks:3']);
    expect(flatHits(undefined)).toEqual([]);
  });
});

describe('opensSearch', () => {
  const key = (k: string, target: unknown = { tagName: 'BODY' }, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    opensSearch({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods, target: target as EventTarget });
  it('opens on / outside text fields and on Ctrl+K anywhere', () => {
    expect(key('/')).toBe(true);
    expect(key('/', { tagName: 'INPUT' })).toBe(false);
    expect(key('/', { tagName: 'TEXTAREA' })).toBe(false);
    expect(key('/', { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(key('k', { tagName: 'INPUT' }, { ctrlKey: true })).toBe(true);
    expect(key('K', { tagName: 'BODY' }, { metaKey: true })).toBe(true);
    expect(key('k')).toBe(false);
    expect(key('/', { tagName: 'BODY' }, { ctrlKey: true })).toBe(false);
  });
});
