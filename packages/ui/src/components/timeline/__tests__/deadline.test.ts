import { describe, expect, it } from 'vitest';
import { dayOf, daysUntil, parseIsoDay } from '../deadline.js';

describe('deadline day arithmetic', () => {
  it('counts calendar days left, in the given time zone', () => {
    const now = new Date('2026-11-28T10:00:00+08:00');
    expect(daysUntil('2026-12-01', now, 'Asia/Shanghai')).toBe(3);
    expect(daysUntil('2026-11-29', now, 'Asia/Shanghai')).toBe(1);
    expect(daysUntil('2026-11-28', now, 'Asia/Shanghai')).toBe(0);
    expect(daysUntil('2026-11-26', now, 'Asia/Shanghai')).toBe(-2);
  });

  it('counts by the calendar, not by 24-hour periods', () => {
    // 23:59 on the 28th in Beijing: the 29th is still "1 day left".
    expect(daysUntil('2026-11-29', new Date('2026-11-28T23:59:00+08:00'), 'Asia/Shanghai')).toBe(1);
    // 00:01 on the 29th: due today.
    expect(daysUntil('2026-11-29', new Date('2026-11-29T00:01:00+08:00'), 'Asia/Shanghai')).toBe(0);
  });

  it('uses the local date of the zone (the same instant is a different day in UTC)', () => {
    const instant = new Date('2026-11-28T20:00:00Z'); // 29 Nov 04:00 in Beijing
    expect(daysUntil('2026-11-30', instant, 'UTC')).toBe(2);
    expect(daysUntil('2026-11-30', instant, 'Asia/Shanghai')).toBe(1);
  });

  it('crosses months, years and leap days', () => {
    expect(daysUntil('2027-01-02', new Date('2026-12-30T12:00:00Z'), 'UTC')).toBe(3);
    expect(daysUntil('2028-03-01', new Date('2028-02-28T12:00:00Z'), 'UTC')).toBe(2);
  });

  it('takes the date part of a date-time and rejects invalid dates', () => {
    expect(daysUntil('2026-12-01T18:00:00+08:00', new Date('2026-11-30T12:00:00Z'), 'UTC')).toBe(1);
    expect(daysUntil('2026-02-30', new Date(), 'UTC')).toBeNull();
    expect(daysUntil('soon', new Date(), 'UTC')).toBeNull();
    expect(parseIsoDay('2026-12-01')).toEqual({ year: 2026, month: 12, day: 1 });
  });

  it('reads the day of an instant in a zone', () => {
    expect(dayOf(new Date('2026-11-28T20:00:00Z'), 'Asia/Shanghai')).toEqual({ year: 2026, month: 11, day: 29 });
  });
});
