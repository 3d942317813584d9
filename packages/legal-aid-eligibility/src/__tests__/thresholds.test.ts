/**
 * Boundary tests for every hardship threshold of every built-in region, read from the profiles: at the figure
 * and one yuan above, for households of 1 and 3; at and above the assets limit; and the effective dates.
 */
import { describe, expect, it } from 'vitest';
import { assessEligibility } from '../index.js';
import { application, BUILT_IN_REGION_IDS, dayBefore, rulesOf } from './support.js';

const cases = BUILT_IN_REGION_IDS.flatMap((regionId) =>
  rulesOf(regionId).hardship.thresholds.map((threshold) => ({ regionId, threshold, label: `${regionId} from ${threshold.effectiveFrom}` })),
);

describe.each(cases)('threshold of $label', ({ regionId, threshold }) => {
  const rules = rulesOf(regionId);
  const figure = threshold.monthlyIncomePerMemberYuan;
  const onDay = (overrides: Parameters<typeof application>[0]) => assessEligibility(rules, application({ date: threshold.effectiveFrom, ...overrides }));

  it.each([1, 3])('household of %i: eligible at the figure, not one yuan above the household line', (householdSize) => {
    const atFigure = onDay({ householdSize, monthlyHouseholdIncomeYuan: figure * householdSize, householdAssetsYuan: 0 });
    expect(atFigure.outcome).toBe('eligible');
    expect(atFigure.threshold).toEqual(threshold);
    expect(atFigure.reasons.slice(0, 2)).toEqual([`threshold.effective:${threshold.effectiveFrom}`, 'hardship.income_within_threshold']);

    const oneAbove = onDay({ householdSize, monthlyHouseholdIncomeYuan: figure * householdSize + 1, householdAssetsYuan: 0 });
    expect(oneAbove).toMatchObject({ outcome: 'not_eligible', verification: 'none', threshold });
    expect(oneAbove.reasons).toContain('hardship.income_above_threshold');

    const memberOneAbove = onDay({ householdSize, monthlyHouseholdIncomeYuan: (figure + 1) * householdSize });
    expect(memberOneAbove.outcome).toBe('not_eligible');
  });

  if (threshold.assetsLimitYuan === undefined) {
    it('has no assets limit: any assets pass, and none need declaring', () => {
      const result = onDay({ householdAssetsYuan: 100_000_000 });
      expect(result.outcome).toBe('eligible');
      expect(result.reasons.filter((reason) => reason.startsWith('hardship.assets'))).toEqual([]);
    });
  } else {
    const limit = threshold.assetsLimitYuan;
    it(`limits assets to ${limit} yuan: eligible at the limit, not one yuan above, untested when not declared`, () => {
      expect(onDay({ householdAssetsYuan: limit })).toMatchObject({ outcome: 'eligible', reasons: expect.arrayContaining(['hardship.assets_within_limit']) });
      expect(onDay({ householdAssetsYuan: limit + 1 })).toMatchObject({ outcome: 'not_eligible', reasons: expect.arrayContaining(['hardship.assets_above_limit']) });
      expect(onDay({})).toMatchObject({ outcome: 'eligible', reasons: expect.arrayContaining(['hardship.assets_not_declared']) });
    });
  }
});

describe.each(BUILT_IN_REGION_IDS)('effective dates in %s', (regionId) => {
  const rules = rulesOf(regionId);
  const thresholds = rules.hardship.thresholds;

  it('has no standard in force before its first threshold', () => {
    const result = assessEligibility(rules, application({ date: dayBefore(thresholds[0]!.effectiveFrom) }));
    expect(result).toEqual({ outcome: 'not_eligible', verification: 'none', reasons: ['threshold.none_in_force'], threshold: null });
  });

  it.each(thresholds.slice(1).map((threshold, index) => ({ previous: thresholds[index]!, threshold })))(
    'uses $previous.effectiveFrom\'s figure the day before $threshold.effectiveFrom and the new one that day',
    ({ previous, threshold }) => {
      expect(assessEligibility(rules, application({ date: dayBefore(threshold.effectiveFrom) })).threshold).toEqual(previous);
      expect(assessEligibility(rules, application({ date: threshold.effectiveFrom })).threshold).toEqual(threshold);
    },
  );
});

describe('a change of figure decides the same income differently', () => {
  it('Sichuan: 1,500 a member is above 1,400 until 2024-06-30 and within 1,600 from 2024-07-01', () => {
    const household = { householdSize: 3, monthlyHouseholdIncomeYuan: 4_500, householdAssetsYuan: 0 };
    expect(assessEligibility(rulesOf('sichuan'), application({ date: '2024-06-30', ...household })).outcome).toBe('not_eligible');
    expect(assessEligibility(rulesOf('sichuan'), application({ date: '2024-07-01', ...household })).outcome).toBe('eligible');
  });

  it('Zhongshan: Guangdong\'s 1,800 until 2024-12-31, its own 2,000 from 2025-01-01', () => {
    const household = { householdSize: 1, monthlyHouseholdIncomeYuan: 1_900, householdAssetsYuan: 0 };
    expect(assessEligibility(rulesOf('zhongshan'), application({ date: '2024-12-31', ...household })).threshold?.monthlyIncomePerMemberYuan).toBe(1_800);
    expect(assessEligibility(rulesOf('zhongshan'), application({ date: '2024-12-31', ...household })).outcome).toBe('not_eligible');
    expect(assessEligibility(rulesOf('zhongshan'), application({ date: '2025-01-01', ...household })).outcome).toBe('eligible');
  });
});
