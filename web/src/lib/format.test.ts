import { describe, expect, it } from 'vitest';
import { fmtBp, fmtYuan, yuanToFen } from './format';

describe('money and rates', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(fmtYuan(0)).toBe('¥0.00');
    expect(fmtYuan(5)).toBe('¥0.05');
    expect(fmtYuan(80000)).toBe('¥800.00');
    expect(fmtYuan(123456789)).toBe('¥1,234,567.89');
    expect(fmtYuan(-1250)).toBe('-¥12.50');
    expect(fmtYuan(null)).toBe('—');
  });
  it('turns typed yuan into integer fen', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(1234.56)).toBe(123456);
    expect(yuanToFen(undefined)).toBeUndefined();
  });
  it('shows basis points as percentages', () => {
    expect(fmtBp(9990)).toBe('99.90%');
    expect(fmtBp(5)).toBe('0.05%');
  });
});
