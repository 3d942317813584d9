/**
 * The rule ids an assessment gives as its reasons: stable, readable strings that a person (an applicant in the
 * self-check, an officer in the workbench) can look up in the README's table and that code can match on.
 * Ids with a `:` carry the profile item that applied (a category id, a threshold's first day).
 */
export type RuleId =
  | 'matter_type.not_covered'
  | `hardship.exempt_category:${string}`
  | `verification.exempt_category:${string}`
  | 'threshold.none_in_force'
  | `threshold.effective:${string}`
  | 'hardship.income_within_threshold'
  | 'hardship.income_above_threshold'
  | 'hardship.assets_within_limit'
  | 'hardship.assets_above_limit'
  | 'hardship.assets_not_declared'
  | `verification.pledge_category:${string}`
  | `verification.pledge_for_all:${string}`
  | 'verification.documents';

/**
 * What an application comes to, from least to most eligible: `exempt_*` are eligible without the income test
 * (法律援助法 §42: hardship presumed; §32: no hardship condition at all, which outranks §42).
 */
export const OUTCOMES = ['not_eligible', 'eligible', 'exempt_from_verification', 'exempt_from_hardship_test'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How hardship is shown: not at all (`none`), by a personal pledge (个人诚信承诺, §41) or by checked documents. */
export type Verification = 'none' | 'pledge' | 'documents';
