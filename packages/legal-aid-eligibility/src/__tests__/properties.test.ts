/**
 * Properties that hold for any rules and any application: more means never make an applicant more eligible,
 * a larger household or an extra exempt category never makes one less eligible, and the result hangs together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessEligibility } from '../index.js';
import { rulesAndApplication } from './arbitraries.js';
import { rank } from './support.js';

describe('eligibility is monotone', () => {
  it('more income never makes an applicant more eligible', () => {
    fc.assert(
      fc.property(rulesAndApplication, fc.double({ min: 0, max: 100_000, noNaN: true }), ({ rules, input }, extra) => {
        const more = { ...input, monthlyHouseholdIncomeYuan: input.monthlyHouseholdIncomeYuan + extra };
        expect(rank(assessEligibility(rules, more).outcome)).toBeLessThanOrEqual(rank(assessEligibility(rules, input).outcome));
      }),
    );
  });

  it('more assets never make an applicant more eligible', () => {
    fc.assert(
      fc.property(rulesAndApplication, fc.integer({ min: 0, max: 1_000_000 }), ({ rules, input }, extra) => {
        fc.pre(input.householdAssetsYuan !== undefined);
        const more = { ...input, householdAssetsYuan: input.householdAssetsYuan! + extra };
        expect(rank(assessEligibility(rules, more).outcome)).toBeLessThanOrEqual(rank(assessEligibility(rules, input).outcome));
      }),
    );
  });

  it('adding an exempt category never makes an applicant less eligible', () => {
    fc.assert(
      fc.property(rulesAndApplication, fc.nat(), ({ rules, input }, pick) => {
        const categories = rules.hardship.exemptCategories;
        fc.pre(categories.length > 0);
        const added = { ...input, categories: [...(input.categories ?? []), categories[pick % categories.length]!.id] };
        expect(rank(assessEligibility(rules, added).outcome)).toBeGreaterThanOrEqual(rank(assessEligibility(rules, input).outcome));
      }),
    );
  });

  it('a larger household with the same income is never less eligible', () => {
    fc.assert(
      fc.property(rulesAndApplication, fc.integer({ min: 1, max: 10 }), ({ rules, input }, more) => {
        const larger = { ...input, householdSize: input.householdSize + more };
        expect(rank(assessEligibility(rules, larger).outcome)).toBeGreaterThanOrEqual(rank(assessEligibility(rules, input).outcome));
      }),
    );
  });
});

describe('the result hangs together', () => {
  it('asks for verification only when eligible after the income test, and names its threshold then', () => {
    fc.assert(
      fc.property(rulesAndApplication, ({ rules, input }) => {
        const result = assessEligibility(rules, input);
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(result.verification === 'none').toBe(result.outcome !== 'eligible');
        if (result.outcome === 'eligible') expect(result.threshold).not.toBeNull();
        if (result.threshold) expect(result.reasons[0]).toBe(`threshold.effective:${result.threshold.effectiveFrom}`);
        if (result.threshold) expect(result.threshold.effectiveFrom <= input.date).toBe(true);
      }),
    );
  });

  it('does not depend on the order in which categories are claimed', () => {
    fc.assert(
      fc.property(
        rulesAndApplication.chain(({ rules, input }) => fc.shuffledSubarray(input.categories ?? [], { minLength: (input.categories ?? []).length }).map((shuffled) => ({ rules, input, shuffled }))),
        ({ rules, input, shuffled }) => {
          expect(assessEligibility(rules, { ...input, categories: shuffled })).toEqual(assessEligibility(rules, input));
        },
      ),
    );
  });
});
