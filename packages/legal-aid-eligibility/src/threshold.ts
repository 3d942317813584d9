/** The hardship standard (经济困难标准) in force on a day, and the income and assets test against it (法律援助法 §34). */
import type { LegalAidRules } from '@fawang/regions';
import type { RuleId } from './rule-ids.js';

export type HardshipThreshold = LegalAidRules['hardship']['thresholds'][number];

/**
 * The threshold with the latest `effectiveFrom` not after `date` (ISO dates compare as strings), or undefined
 * before the first. Does not rely on the list's order, which the profile loader checks but a caller may not.
 */
export function thresholdInForce(thresholds: readonly HardshipThreshold[], date: string): HardshipThreshold | undefined {
  let inForce: HardshipThreshold | undefined;
  for (const threshold of thresholds) {
    if (threshold.effectiveFrom <= date && (!inForce || threshold.effectiveFrom > inForce.effectiveFrom)) inForce = threshold;
  }
  return inForce;
}

export interface Household {
  householdSize: number;
  monthlyHouseholdIncomeYuan: number;
  householdAssetsYuan?: number | undefined;
}

/**
 * Income per member at or below the figure, and assets at or below the limit when both are known. Income is
 * compared as `income ≤ figure × size`, the same test as `income / size ≤ figure` without division's rounding
 * (4,800.01 for three people at 1,600 is above the line; the quotient would be 1,600.0033…).
 */
export function hardshipTest(threshold: HardshipThreshold, household: Household): { passed: boolean; reasons: RuleId[] } {
  const incomeWithin = household.monthlyHouseholdIncomeYuan <= threshold.monthlyIncomePerMemberYuan * household.householdSize;
  const reasons: RuleId[] = [
    `threshold.effective:${threshold.effectiveFrom}`,
    incomeWithin ? 'hardship.income_within_threshold' : 'hardship.income_above_threshold',
  ];
  let assetsWithin = true;
  if (threshold.assetsLimitYuan !== undefined) {
    if (household.householdAssetsYuan === undefined) reasons.push('hardship.assets_not_declared');
    else {
      assetsWithin = household.householdAssetsYuan <= threshold.assetsLimitYuan;
      reasons.push(assetsWithin ? 'hardship.assets_within_limit' : 'hardship.assets_above_limit');
    }
  }
  return { passed: incomeWithin && assetsWithin, reasons };
}
