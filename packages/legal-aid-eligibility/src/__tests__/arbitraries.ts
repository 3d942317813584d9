/** fast-check generators: region rules (the built-in ones and random ones) and applications that fit them. */
import fc from 'fast-check';
import type { LegalAidRules } from '@fawang/regions';
import type { EligibilityInput } from '../index.js';
import { BUILT_IN_REGION_IDS, rulesOf } from './support.js';

const MATTER_TYPES = ['civil', 'administrative', 'criminal'] as const;

export const isoDate = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const thresholds = fc
  .uniqueArray(
    fc.record({
      effectiveFrom: isoDate,
      monthlyIncomePerMemberYuan: fc.integer({ min: 1, max: 10_000 }),
      assetsLimitYuan: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
    }),
    { selector: (threshold) => threshold.effectiveFrom, minLength: 1, maxLength: 4 },
  )
  .map((list) => list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).map((threshold) => ({ ...threshold, basis: '示例' })));

const exemptCategories = fc.subarray([
  { id: 'bravery', name: '见义勇为', basis: 'art32' as const },
  { id: 'abuse-victims', name: '家庭暴力受害人', basis: 'art32' as const },
  { id: 'minors', name: '未成年人', basis: 'art42' as const },
  { id: 'migrant-wages', name: '农民工讨薪', basis: 'art42' as const },
]);

const pledgeCategories = fc.subarray([{ id: 'pledge', name: '个人诚信承诺' }]).chain((list) =>
  fc.boolean().map((allApplicants) => list.map((category) => ({ ...category, allApplicants }))),
);

const randomRules: fc.Arbitrary<LegalAidRules> = fc
  .record({ matterTypes: fc.subarray([...MATTER_TYPES], { minLength: 1 }), thresholds, exemptCategories, pledgeCategories })
  .map(({ matterTypes, ...hardship }) => ({
    deadlines: { decideWithinDays: 7, assignWithinDays: 3, objectionReviewWithinDays: 5, dayCounting: 'working' },
    matterTypes,
    hardship,
  }));

/** Either a built-in region's resolved rules or random ones. */
export const rules: fc.Arbitrary<LegalAidRules> = fc.oneof(fc.constantFrom(...BUILT_IN_REGION_IDS.map(rulesOf)), randomRules);

/** An application whose categories are some of `forRules`' own. */
export function applicationFor(forRules: LegalAidRules): fc.Arbitrary<EligibilityInput> {
  const ids = [...forRules.hardship.exemptCategories, ...forRules.hardship.pledgeCategories].map((category) => category.id);
  return fc.record({
    date: isoDate,
    matterType: fc.constantFrom(...MATTER_TYPES),
    categories: fc.subarray(ids),
    householdSize: fc.integer({ min: 1, max: 12 }),
    monthlyHouseholdIncomeYuan: fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.double({ min: 0, max: 60_000, noNaN: true })),
    householdAssetsYuan: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
  });
}

/** Rules with an application for them. */
export const rulesAndApplication = rules.chain((forRules) => applicationFor(forRules).map((input) => ({ rules: forRules, input })));
