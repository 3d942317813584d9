/**
 * From the self-check form to the eligibility engine's input and back: the form keeps what the citizen typed
 * (strings), the engine (@fawang/legal-aid-eligibility) decides what is valid, and its EligibilityInputError is
 * turned into messages on the form's fields.
 */
import type { assessEligibility, EligibilityInput, EligibilityInputError } from '@fawang/legal-aid-eligibility';

/** A resolved region profile's `legalAid`, as the engine takes it (the module does not depend on @fawang/regions). */
export type LegalAidRules = Parameters<typeof assessEligibility>[0];
export type MatterType = LegalAidRules['matterTypes'][number];

/** The form's groups of categories: §32 exempt matters, §42 exempt applicants, §41 pledge categories. */
export const CATEGORY_GROUPS = ['art32', 'art42', 'pledge'] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

/** A type, not an interface, so that it fits FwForm's `Record<string, unknown>` model. */
export type SelfCheckModel = {
  matterType: MatterType | '';
  art32: string[];
  art42: string[];
  pledge: string[];
  householdSize: string;
  monthlyHouseholdIncomeYuan: string;
  householdAssetsYuan: string;
};

/** The region's categories by group, in the profile's order; a pledge category open to everyone is not asked for. */
export function categoryGroups(rules: LegalAidRules): Record<CategoryGroup, { id: string; name: string }[]> {
  const exempt = rules.hardship.exemptCategories;
  return {
    art32: exempt.filter((category) => category.basis === 'art32'),
    art42: exempt.filter((category) => category.basis === 'art42'),
    pledge: rules.hardship.pledgeCategories.filter((category) => category.allApplicants !== true),
  };
}

/** Today in the browser's time zone as YYYY-MM-DD: the application date a citizen would apply on. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A typed amount as a number; `1,600` and full-width digits are not numbers, so the engine reports them. */
function amount(text: string): number {
  return Number(text.trim());
}

export function toEligibilityInput(model: SelfCheckModel, date: string): EligibilityInput {
  const assets = model.householdAssetsYuan.trim();
  return {
    date,
    // An empty choice is left to the engine, which names the field.
    matterType: model.matterType as MatterType,
    categories: [...model.art32, ...model.art42, ...model.pledge],
    householdSize: amount(model.householdSize),
    monthlyHouseholdIncomeYuan: amount(model.monthlyHouseholdIncomeYuan),
    ...(assets === '' ? {} : { householdAssetsYuan: amount(assets) }),
  };
}

/**
 * The form field an engine issue belongs to: its own field, or for `categories.<index>` the group that holds
 * that category. Issues without a field on the form (the date, a category no group offers) are shown in the
 * form's summary only.
 */
export function fieldOf(issueField: string, input: EligibilityInput, groups: Record<CategoryGroup, { id: string }[]>): string {
  const [head, index] = issueField.split('.');
  if (head !== 'categories') return head ?? issueField;
  const id = input.categories?.[Number(index)];
  return CATEGORY_GROUPS.find((group) => groups[group].some((category) => category.id === id)) ?? 'input';
}

/** One message per form field (the first issue wins), in the form's words rather than the engine's. */
export function fieldErrors(
  error: EligibilityInputError,
  input: EligibilityInput,
  groups: Record<CategoryGroup, { id: string }[]>,
  message: (field: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.field, input, groups);
    errors[field] ??= message(field);
  }
  return errors;
}
