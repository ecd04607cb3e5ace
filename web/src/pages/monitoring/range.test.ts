import { describe, expect, it } from 'vitest';
import { envStatus, fmtBits, monthPeriod, percentile95, presetRange, showsPercentile, stepFor, zoneMidnight } from './range';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 26, 6, 0, 0);

describe('the step a range is read at', () => {
  it('reads raw samples up to six hours', () => {
    expect(stepFor(presetRange('1h', now))).toBe(0);
    expect(stepFor({ from: now - 6 * HOUR, to: now })).toBe(0);
  });
  it('reads five-minute rollups for a day, a week and thirty days, so the 95th percentile is drawn', () => {
    for (const p of ['24h', '7d', '30d'] as const) {
      expect(stepFor(presetRange(p, now))).toBe(300);
      expect(showsPercentile(stepFor(presetRange(p, now)))).toBe(true);
    }
    expect(stepFor({ from: now - 6 * HOUR - 1, to: now })).toBe(300);
  });
  it('widens to a multiple of five minutes that keeps a year under the server point limit', () => {
    const year = stepFor({ from: now - 365 * 24 * HOUR, to: now });
    expect(year).toBe(3600);
    expect(year % 300).toBe(0);
    expect((365 * 24 * HOUR) / (year * 1000)).toBeLessThanOrEqual(10_000);
    expect(showsPercentile(year)).toBe(false);
    const decade = stepFor({ from: now - 10 * 366 * 24 * HOUR, to: now });
    expect(decade % 86400).toBe(0);
    expect((10 * 366 * 24 * HOUR) / (decade * 1000)).toBeLessThanOrEqual(10_000);
  });
  it('treats an empty or reversed range as raw', () => {
    expect(stepFor({ from: now, to: now })).toBe(0);
    expect(stepFor({ from: now, to: now - HOUR })).toBe(0);
  });
});

describe('95th percentile', () => {
  it('drops the top five per cent like billing', () => {
    expect(percentile95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(95);
    expect(percentile95(Array.from({ length: 20 }, (_, i) => 20 - i))).toBe(19);
    expect(percentile95([7])).toBe(7);
  });
  it('skips gaps and answers null without samples', () => {
    expect(percentile95([null, 3, undefined, 1, 2])).toBe(3);
    expect(percentile95([])).toBeNull();
    expect(percentile95([null])).toBeNull();
  });
});

describe('room reading against its limits', () => {
  const fresh = now - 60_000;
  const stale = 15 * 60_000;
  it('is fine in the middle of the band, near within a tenth of a limit, out beyond it', () => {
    expect(envStatus(22, fresh, now, 18, 27, stale)).toBe('ok');
    expect(envStatus(26.5, fresh, now, 18, 27, stale)).toBe('near');
    expect(envStatus(18.5, fresh, now, 18, 27, stale)).toBe('near');
    expect(envStatus(27, fresh, now, 18, 27, stale)).toBe('near');
    expect(envStatus(27.1, fresh, now, 18, 27, stale)).toBe('out');
    expect(envStatus(17, fresh, now, 18, 27, stale)).toBe('out');
  });
  it('calls an old reading stale whatever its value', () => {
    expect(envStatus(22, now - stale - 1, now, 18, 27, stale)).toBe('stale');
    expect(envStatus(40, now - stale - 1, now, 18, 27, stale)).toBe('stale');
  });
  it('never calls a reading fine without both limits', () => {
    expect(envStatus(22, fresh, now, null, 27, stale)).toBe('nolimits');
    expect(envStatus(22, fresh, now, 18, undefined, stale)).toBe('nolimits');
    expect(envStatus(22, fresh, now, 27, 18, stale)).toBe('nolimits');
  });
});

describe('bits per second', () => {
  it('scales by thousands', () => {
    expect(fmtBits(0)).toBe('0.00 bps');
    expect(fmtBits(1234)).toBe('1.23 kbps');
    expect(fmtBits(850_000_000)).toBe('850 Mbps');
    expect(fmtBits(12_500_000_000)).toBe('12.5 Gbps');
    expect(fmtBits(null)).toBe('—');
  });
});

describe('business months', () => {
  it('starts a month at midnight in the business zone', () => {
    expect(monthPeriod('2026-11', 'Asia/Shanghai')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(monthPeriod('2026-12', 'UTC')).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
  });
  it('follows a zone whose offset changes inside the month', () => {
    // Berlin: CEST (+02:00) on 1 October, CET (+01:00) on 1 November.
    expect(monthPeriod('2026-10', 'Europe/Berlin')).toEqual({ from: '2026-09-30T22:00:00.000Z', to: '2026-10-31T23:00:00.000Z' });
    expect(zoneMidnight('2026-03-01', 'America/New_York')).toBe(Date.UTC(2026, 2, 1, 5));
  });
});
