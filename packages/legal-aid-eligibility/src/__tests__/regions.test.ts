/** Region by region: Leshan applies Sichuan's rules; Beijing and Zhongshan apply their own. */
import { describe, expect, it } from 'vitest';
import { assessEligibility, type EligibilityInput } from '../index.js';
import { application, rulesOf } from './support.js';

/** A spread of applications across dates, household sizes, incomes, assets and categories. */
const spread: EligibilityInput[] = ['2021-12-31', '2022-01-01', '2024-06-30', '2024-07-01', '2025-01-01', '2026-03-15'].flatMap((date) =>
  [1, 3].flatMap((householdSize) =>
    [0, 1_400, 1_401, 1_600, 1_601, 2_000, 2_001].flatMap((perMember) =>
      [undefined, 50_000, 50_001].flatMap((householdAssetsYuan) =>
        [[], ['art41-pledge'], ['art42-migrant-workers'], ['art32-bravery']].map((categories) =>
          application({ date, householdSize, monthlyHouseholdIncomeYuan: perMember * householdSize, householdAssetsYuan, categories }),
        ),
      ),
    ),
  ),
);

describe('Leshan', () => {
  it('decides the README\'s example as the README says', () => {
    const input = application({ date: '2025-03-10', categories: ['art41-pledge'], householdSize: 3, monthlyHouseholdIncomeYuan: 4500, householdAssetsYuan: 20000 });
    expect(assessEligibility(rulesOf('leshan'), input)).toEqual({
      outcome: 'eligible',
      verification: 'pledge',
      reasons: ['threshold.effective:2024-07-01', 'hardship.income_within_threshold', 'hardship.assets_within_limit', 'verification.pledge_category:art41-pledge'],
      threshold: expect.objectContaining({ effectiveFrom: '2024-07-01', monthlyIncomePerMemberYuan: 1600, assetsLimitYuan: 50000 }),
    });
  });

  it('inherits Sichuan\'s rules and so decides every application as Sichuan does', () => {
    const sichuan = rulesOf('sichuan');
    const leshan = rulesOf('leshan');
    expect(leshan).toEqual(sichuan);
    for (const input of spread) expect(assessEligibility(leshan, input), JSON.stringify(input)).toEqual(assessEligibility(sichuan, input));
  });
});

describe('Beijing and Zhongshan have their own rules', () => {
  const beijing = rulesOf('beijing');
  const zhongshan = rulesOf('zhongshan');
  const national = rulesOf('national');
  const decide = (rules: typeof beijing, overrides: Partial<EligibilityInput>) => assessEligibility(rules, application(overrides));

  it('differ in the figure before 2025: 1,900 a member qualifies in Beijing (2,000), not in Zhongshan (Guangdong\'s 1,800)', () => {
    const household = { date: '2024-06-01', monthlyHouseholdIncomeYuan: 1_900 };
    expect(decide(beijing, household).outcome).toBe('eligible');
    expect(decide(zhongshan, household).outcome).toBe('not_eligible');
    expect(decide(zhongshan, household).threshold).toEqual(rulesOf('guangdong').hardship.thresholds[0]);
  });

  it('differ in assets from 2025: Zhongshan limits them to 100,000, Beijing does not', () => {
    const household = { date: '2025-06-01', monthlyHouseholdIncomeYuan: 2_000, householdAssetsYuan: 100_001 };
    expect(decide(beijing, household).outcome).toBe('eligible');
    expect(decide(zhongshan, household)).toMatchObject({ outcome: 'not_eligible', reasons: expect.arrayContaining(['hardship.assets_above_limit']) });
  });

  it('differ in the pledge: Beijing takes it from everyone; Zhongshan (national list) only from who claims it, and lists other categories', () => {
    expect(decide(beijing, {}).verification).toBe('pledge');
    expect(decide(zhongshan, {}).verification).toBe('documents');
    expect(decide(zhongshan, { categories: ['art41-pledge'] }).verification).toBe('pledge');
    expect(() => decide(beijing, { categories: ['art41-pledge'] })).toThrow('categories.0: "art41-pledge" is not a category of this region');
  });

  it('agree where the profiles agree: the national §32 and §42 categories', () => {
    expect(beijing.hardship.exemptCategories).toEqual(national.hardship.exemptCategories);
    expect(zhongshan.hardship.exemptCategories).toEqual(national.hardship.exemptCategories);
    for (const categories of [['art32-bravery'], ['art42-assistance-recipients']]) {
      expect(decide(beijing, { categories, monthlyHouseholdIncomeYuan: 90_000 })).toEqual(decide(zhongshan, { categories, monthlyHouseholdIncomeYuan: 90_000 }));
    }
  });
});
