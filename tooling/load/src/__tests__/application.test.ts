import { describe, expect, it } from 'vitest';
import { parseResidentId } from '@fawang/validators/ids';
import { applicationBody, residentIdFor } from '../application.js';

describe('residentIdFor', () => {
  it('gives valid Leshan resident IDs with the GB 11643 check character', () => {
    for (const n of [0, 1, 199, 999, 1000, 19_999, 20_000, 123_456]) {
      const result = parseResidentId(residentIdFor(n), new Date('2026-11-25T00:00:00Z'));
      expect(result, residentIdFor(n)).toMatchObject({ valid: true, info: { divisionCode: '511102' } });
    }
  });

  it('gives different citizens different numbers', () => {
    const ids = new Set(Array.from({ length: 2000 }, (_, n) => residentIdFor(n)));
    expect(ids.size).toBe(2000);
  });
});

describe('applicationBody', () => {
  it('is a signed leshan submission whose case summary varies per submission', () => {
    const first = applicationBody(3, 0);
    const second = applicationBody(3, 1);
    expect(first).toMatchObject({ regionId: 'leshan', pledgeSigned: true });
    expect(first.caseSummary).not.toBe(second.caseSummary);
    expect(first.caseSummary.length).toBeGreaterThanOrEqual(10);
    expect(first.caseSummary.length).toBeLessThanOrEqual(2000);
    expect(first.applicant.phone).toMatch(/^1[3-9]\d{9}$/);
  });
});
