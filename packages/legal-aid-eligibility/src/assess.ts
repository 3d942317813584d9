/**
 * The eligibility engine: a region's legal-aid rules, applied to one application on its date. Pure — no clock,
 * no I/O — so the self-check in the browser, the API and the tests give the same answer for the same input.
 */
import type { LegalAidRules } from '@fawang/regions';
import { parseApplication, type Application, type EligibilityInput } from './input.js';
import type { Outcome, RuleId, Verification } from './rule-ids.js';
import { hardshipTest, thresholdInForce, type HardshipThreshold } from './threshold.js';

export interface EligibilityResult {
  outcome: Outcome;
  verification: Verification;
  /** Why, as rule ids in the order the rules were applied (see the README's table). */
  reasons: RuleId[];
  /** The hardship standard the income test used; null when no income test ran. */
  threshold: HardshipThreshold | null;
}

/** Claimed categories of the region's list, in the list's order, so that the order of the claim does not matter. */
function claimed<Category extends { id: string }>(categories: readonly Category[], application: Application): Category[] {
  const ids = new Set(application.categories);
  return categories.filter((category) => ids.has(category.id));
}

/**
 * 法律援助法 §41: hardship is shown by a personal pledge when the applicant claims a pledge category, or when the
 * region takes pledges from every applicant (a category with `allApplicants`); otherwise by documents checked
 * through information sharing.
 */
function verificationOf(rules: LegalAidRules, application: Application): { verification: Verification; reasons: RuleId[] } {
  const pledges = claimed(rules.hardship.pledgeCategories, application);
  if (pledges.length > 0) return { verification: 'pledge', reasons: pledges.map((category): RuleId => `verification.pledge_category:${category.id}`) };
  const forAll = rules.hardship.pledgeCategories.filter((category) => category.allApplicants === true);
  if (forAll.length > 0) return { verification: 'pledge', reasons: forAll.map((category): RuleId => `verification.pledge_for_all:${category.id}`) };
  return { verification: 'documents', reasons: ['verification.documents'] };
}

/**
 * Assesses an application against `rules` (a resolved profile's `legalAid`, checked when the profile was
 * loaded). Throws `EligibilityInputError` naming the field when the application is malformed or claims a
 * category the region does not list. The rules apply in this order, the first that decides wins:
 * matter type covered → §32 category → §42 category → threshold in force → income and assets test.
 */
export function assessEligibility(rules: LegalAidRules, input: EligibilityInput): EligibilityResult {
  const application = parseApplication(rules, input);
  const notEligible = (reasons: RuleId[], threshold: HardshipThreshold | null = null): EligibilityResult => ({
    outcome: 'not_eligible',
    verification: 'none',
    reasons,
    threshold,
  });

  if (!rules.matterTypes.includes(application.matterType)) return notEligible(['matter_type.not_covered']);

  const exempt = claimed(rules.hardship.exemptCategories, application);
  const art32 = exempt.filter((category) => category.basis === 'art32');
  if (art32.length > 0) {
    const reasons = art32.map((category): RuleId => `hardship.exempt_category:${category.id}`);
    return { outcome: 'exempt_from_hardship_test', verification: 'none', reasons, threshold: null };
  }
  const art42 = exempt.filter((category) => category.basis === 'art42');
  if (art42.length > 0) {
    const reasons = art42.map((category): RuleId => `verification.exempt_category:${category.id}`);
    return { outcome: 'exempt_from_verification', verification: 'none', reasons, threshold: null };
  }

  const threshold = thresholdInForce(rules.hardship.thresholds, application.date);
  if (!threshold) return notEligible(['threshold.none_in_force']);
  const test = hardshipTest(threshold, application);
  if (!test.passed) return notEligible(test.reasons, threshold);
  const { verification, reasons } = verificationOf(rules, application);
  return { outcome: 'eligible', verification, reasons: [...test.reasons, ...reasons], threshold };
}
