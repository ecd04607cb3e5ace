import { describe, expect, it } from 'vitest';
import { changed, compact } from './objects';

describe('compact', () => {
  it('drops empty values', () => {
    expect(compact({ a: 1, b: null, c: undefined, d: '', e: 'x', f: 0, g: false })).toEqual({ a: 1, e: 'x', f: 0, g: false });
    expect(compact({ d: '' }, true)).toEqual({ d: '' });
  });
});

describe('changed', () => {
  it('keeps only changed fields, null clears', () => {
    expect(changed({ a: 1, b: 'x', c: null as string | null }, { a: 1, b: 'y', c: null })).toEqual({ b: 'y' });
    expect(changed({ a: 1 as number | null }, { a: null })).toEqual({ a: null });
  });
});
