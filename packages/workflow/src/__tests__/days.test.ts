import { describe, expect, it } from 'vitest';
import { addDays } from '../days.js';

describe('addDays', () => {
  const friday = new Date('2026-11-20T10:00:00Z');

  it('adds calendar days across a weekend and a month end', () => {
    expect(addDays(friday, 7, 'calendar').toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(addDays(new Date('2026-11-28T00:00:00Z'), 5, 'calendar').toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });

  it('skips Saturdays and Sundays when counting working days', () => {
    // Friday + 1 working day is Monday; + 5 is the next Friday.
    expect(addDays(friday, 1, 'working').toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(addDays(friday, 5, 'working').toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(addDays(new Date('2026-11-22T09:00:00Z'), 1, 'working').toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it('returns the same instant for zero days', () => {
    expect(addDays(friday, 0, 'working').getTime()).toBe(friday.getTime());
  });
});
