import { describe, expect, it } from 'vitest';
import { businessHour, businessTimeZone, businessWallToInstant, businessTodayIso, fmtBp, fmtInstant, fmtYuan, setBusinessTimeZone, subscribeBusinessTimeZone, yuanToFen } from './format';

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

describe('instants in the business time zone', () => {
  it('shows an instant on the business zone wall clock whatever the browser zone', () => {
    // 2026-03-01T23:30:00Z is already 2 March in Shanghai (UTC+8) and still 1 March in New York.
    expect(fmtInstant('2026-03-01T23:30:00Z', 'minutes', 'Asia/Shanghai')).toBe('2026-03-02 07:30');
    expect(fmtInstant('2026-03-01T23:30:00Z', 'date', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(fmtInstant('2026-03-01T23:30:05.120Z', 'seconds', 'Asia/Shanghai')).toBe('2026-03-02 07:30:05');
    expect(fmtInstant('2026-03-01T23:30:00Z', 'minutes', 'America/New_York')).toBe('2026-03-01 18:30');
    expect(fmtInstant('2026-03-01T00:05:00+08:00', 'minutes', 'UTC')).toBe('2026-02-28 16:05');
  });
  it('uses the zone the server named, and ignores names that are not zones', () => {
    setBusinessTimeZone('Europe/London');
    expect(businessTimeZone()).toBe('Europe/London');
    expect(fmtInstant('2026-07-01T12:00:00Z')).toBe('2026-07-01 13:00');
    setBusinessTimeZone('Not/AZone');
    expect(businessTimeZone()).toBe('Europe/London');
    setBusinessTimeZone('Asia/Shanghai');
    expect(fmtInstant('2026-07-01T12:00:00Z')).toBe('2026-07-01 20:00');
  });
  it('tells its listeners when the zone changes', () => {
    let calls = 0;
    const stop = subscribeBusinessTimeZone(() => calls++);
    setBusinessTimeZone('UTC');
    setBusinessTimeZone('UTC');
    stop();
    setBusinessTimeZone('Asia/Shanghai');
    expect(calls).toBe(1);
  });
  it('keeps business dates as they are and shows a dash for nothing', () => {
    expect(fmtInstant('2026-03-01', 'minutes', 'America/New_York')).toBe('2026-03-01');
    expect(fmtInstant(null)).toBe('—');
    expect(fmtInstant('not a time')).toBe('not a time');
  });
  it('knows the business day where the browser is a day behind', () => {
    const now = new Date('2026-12-31T17:00:00Z'); // 1 January 01:00 in Shanghai
    expect(businessTodayIso(now, 'Asia/Shanghai')).toBe('2027-01-01');
    expect(businessTodayIso(now, 'America/Los_Angeles')).toBe('2026-12-31');
  });
  it('reads a datetime-local wall clock in the business zone, not the browser zone', () => {
    expect(businessWallToInstant('2026-11-27T09:00', 'Asia/Shanghai')).toBe('2026-11-27T01:00:00.000Z');
    expect(businessWallToInstant('2026-11-27T00:30', 'Asia/Shanghai')).toBe('2026-11-26T16:30:00.000Z');
    expect(businessWallToInstant('2026-07-01T12:00', 'America/New_York')).toBe('2026-07-01T16:00:00.000Z');
    expect(businessWallToInstant('2026-12-01T12:00', 'America/New_York')).toBe('2026-12-01T17:00:00.000Z');
    expect(businessWallToInstant('', 'Asia/Shanghai')).toBeUndefined();
    expect(businessWallToInstant('tomorrow', 'Asia/Shanghai')).toBeUndefined();
  });
  it('reads the hour on the business zone clock, not the browser clock (the greeting)', () => {
    const now = new Date('2026-11-26T15:07:00Z'); // 23:07 in Shanghai
    expect(businessHour(now, 'Asia/Shanghai')).toBe(23);
    expect(businessHour(now, 'UTC')).toBe(15);
    expect(businessHour(new Date('2026-11-26T16:30:00Z'), 'Asia/Shanghai')).toBe(0);
  });
});
