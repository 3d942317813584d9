/**
 * The engine's reasons (rule ids, see @fawang/legal-aid-eligibility's README) as sentences. The message key is
 * the id before `:` (`reasons.hardship.exempt_category`), so every rule id has exactly one message; the part
 * after `:` is a category id, named with the profile's name, or a threshold's first day.
 */
import type { EligibilityResult, RuleId } from '@fawang/legal-aid-eligibility';
import type { LegalAidRules } from './input.js';

export interface ReasonMessage {
  key: string;
  params: Record<string, unknown>;
}

export function reasonMessage(id: RuleId, rules: LegalAidRules, result: EligibilityResult, formatYuan: (yuan: number) => string): ReasonMessage {
  const separator = id.indexOf(':');
  const rule = separator === -1 ? id : id.slice(0, separator);
  const value = separator === -1 ? '' : id.slice(separator + 1);
  const categories = [...rules.hardship.exemptCategories, ...rules.hardship.pledgeCategories];
  const threshold = result.threshold;
  return {
    key: `reasons.${rule}`,
    params: {
      name: categories.find((category) => category.id === value)?.name ?? value,
      date: value,
      figure: threshold ? formatYuan(threshold.monthlyIncomePerMemberYuan) : '',
      limit: threshold?.assetsLimitYuan === undefined ? '' : formatYuan(threshold.assetsLimitYuan),
    },
  };
}
