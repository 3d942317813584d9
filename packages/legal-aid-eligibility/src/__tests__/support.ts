/** The built-in regions' rules and small helpers shared by the engine's tests. */
import type { LegalAidRules } from '@fawang/regions';
import { loadBuiltInRegions } from '@fawang/regions/node';
import { OUTCOMES, type EligibilityInput, type Outcome } from '../index.js';

export const BUILT_IN_REGION_IDS = ['national', 'beijing', 'sichuan', 'leshan', 'guangdong', 'zhongshan'] as const;

const registry = await loadBuiltInRegions();

/** A built-in region's resolved legal-aid rules (inheritance applied by the regions package). */
export function rulesOf(regionId: (typeof BUILT_IN_REGION_IDS)[number]): LegalAidRules {
  const profile = registry.get(regionId);
  if (!profile) throw new Error(`no built-in region ${regionId}`);
  return profile.legalAid;
}

/** A civil matter by a one-person household with no income: eligible everywhere once a threshold is in force. */
export function application(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return { date: '2025-06-01', matterType: 'civil', categories: [], householdSize: 1, monthlyHouseholdIncomeYuan: 0, ...overrides };
}

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** How eligible an outcome is: not_eligible < eligible < exempt_from_verification < exempt_from_hardship_test. */
export const rank = (outcome: Outcome): number => OUTCOMES.indexOf(outcome);
