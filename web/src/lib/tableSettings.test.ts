import { describe, expect, it } from 'vitest';
import {
  applySettings,
  columnId,
  DEFAULT_SETTINGS,
  moveColumn,
  parseSettings,
  sameQuery,
  toggleHidden,
  viewQuery,
} from './tableSettings';

const cols = [
  { key: 'name', fixed: 'left' as const },
  { dataIndex: ['device_type', 'label'] },
  { dataIndex: 'serial' },
  { title: 'x' },
];

describe('column ids', () => {
  it('use the key, then the dataIndex path, then the position', () => {
    expect(cols.map(columnId)).toEqual(['name', 'device_type.label', 'serial', '#3']);
  });
});

describe('applySettings', () => {
  it('keeps the declared order without settings', () => {
    expect(applySettings(cols, DEFAULT_SETTINGS)).toEqual(cols);
  });
  it('orders by the saved order, new columns after, and hides hidden ones', () => {
    const out = applySettings(cols, { order: ['serial', 'device_type.label'], hidden: ['#3'], density: 'small' });
    // the left-fixed column stays first even when the order puts it later
    expect(out.map(columnId)).toEqual(['name', 'serial', 'device_type.label']);
  });
  it('never hides every column', () => {
    const out = applySettings(cols, { order: [], hidden: ['name', 'device_type.label', 'serial', '#3'], density: 'middle' });
    expect(out).toHaveLength(1);
  });
});

describe('moveColumn', () => {
  const ids = ['a', 'b', 'c'];
  it('swaps with the neighbour', () => {
    expect(moveColumn(ids, DEFAULT_SETTINGS, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveColumn(ids, { ...DEFAULT_SETTINGS, order: ['c', 'b', 'a'] }, 'c', 1)).toEqual(['b', 'c', 'a']);
  });
  it('does nothing past either end', () => {
    expect(moveColumn(ids, DEFAULT_SETTINGS, 'a', -1)).toEqual(ids);
    expect(moveColumn(ids, DEFAULT_SETTINGS, 'c', 1)).toEqual(ids);
  });
});

describe('settings storage', () => {
  it('toggles hidden columns', () => {
    const s = toggleHidden(DEFAULT_SETTINGS, 'serial', false);
    expect(s.hidden).toEqual(['serial']);
    expect(toggleHidden(s, 'serial', true).hidden).toEqual([]);
  });
  it('drops malformed stored values', () => {
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"order":[1,"a"],"hidden":"x","density":"huge"}')).toEqual({ order: ['a'], hidden: [], density: 'middle' });
    expect(parseSettings('{"density":"small"}').density).toBe('small');
  });
});

describe('saved view queries', () => {
  it('keep the filters and sort but not the page', () => {
    expect(viewQuery({ page: '3', status: 'active', sort: '-name', q: '' })).toEqual({ status: 'active', sort: '-name' });
  });
  it('compare regardless of key order', () => {
    expect(sameQuery({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameQuery({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameQuery({ a: '1' }, { a: '1', b: '2' })).toBe(false);
  });
});
