/**
 * The eligibility estimate on the application's answers: the wizard's categories are the contract's
 * (ApplicantCategory), the engine's are the region profile's (ids like art42-migrant-workers), so the
 * ones that mean the same are matched here; a category the region does not list is simply not claimed.
 */
import type { ApplicantCategory } from '@fawang/contract';
import { assessEligibility, EligibilityInputError, type EligibilityResult } from '@fawang/legal-aid-eligibility';
import { localDate, type LegalAidRules } from '../public/self-check/input.js';
import { householdSize, yuan, type ApplyModel, type DocumentKind } from './application-form.js';

/** The profile categories (national ids, inherited by the regions) that each applicant category claims. */
const PROFILE_CATEGORIES: Record<ApplicantCategory, string[]> = {
  minor: ['art42-no-fixed-income'],
  elderly_no_income: ['art42-no-fixed-income'],
  disabled_no_income: ['art42-no-fixed-income'],
  subsistence_allowance: ['art42-assistance-recipients'],
  judicial_assistance: ['art42-assistance-recipients'],
  special_care: ['art42-assistance-recipients'],
  migrant_worker_wages: ['art42-migrant-workers'],
  martyr_relative_honour: ['art32-hero-relatives'],
  brave_deed: ['art32-bravery'],
  state_compensation_retrial: ['art32-retrial-compensation'],
  abuse_or_domestic_violence: ['art32-abuse-victims'],
};

export function profileCategories(rules: LegalAidRules, categories: readonly ApplicantCategory[]): string[] {
  const known = new Set([...rules.hardship.exemptCategories, ...rules.hardship.pledgeCategories].map((category) => category.id));
  return [...new Set(categories.flatMap((category) => PROFILE_CATEGORIES[category]))].filter((id) => known.has(id));
}

/** The estimate for the answers so far, or null while the household answers cannot be assessed yet. */
export function estimate(rules: LegalAidRules, model: ApplyModel, today: Date): EligibilityResult | null {
  const size = householdSize(model.household.size);
  const income = yuan(model.household.monthlyIncome);
  const assets = yuan(model.household.assets);
  if (!model.matterType || size === undefined || income === undefined) return null;
  try {
    return assessEligibility(rules, {
      date: localDate(today),
      matterType: model.matterType,
      categories: profileCategories(rules, model.categories),
      householdSize: size,
      monthlyHouseholdIncomeYuan: income,
      ...(assets === undefined ? {} : { householdAssetsYuan: assets }),
    });
  } catch (error) {
    if (error instanceof EligibilityInputError) return null;
    throw error;
  }
}

/** What to upload for the estimate: proof of the category when exempt, of hardship when it is checked by documents. */
export function suggestedDocuments(result: EligibilityResult): DocumentKind[] {
  if (result.outcome === 'not_eligible') return [];
  if (result.outcome === 'exempt_from_verification') return ['id_card', 'other'];
  if (result.outcome === 'exempt_from_hardship_test') return ['id_card', 'case_material'];
  return result.verification === 'documents' ? ['id_card', 'hardship_proof'] : ['id_card'];
}
