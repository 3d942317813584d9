/**
 * The legal-aid statutory clocks (法定时限): the region's rules, or the law's where the profile states none.
 */
import type { LegalAidDeadlineRules } from '@fawang/workflow/legal-aid';

/** 法律援助法 arts. 43 and 49, for a region profile that states no clocks of its own. */
const STATUTORY_RULES: LegalAidDeadlineRules = {
  decideWithinDays: 7,
  assignWithinDays: 3,
  objectionReviewWithinDays: 5,
  dayCounting: 'calendar',
};

export function deadlineRules(profile: { legalAid?: { deadlines?: LegalAidDeadlineRules } } | undefined): LegalAidDeadlineRules {
  return profile?.legalAid?.deadlines ?? STATUTORY_RULES;
}
