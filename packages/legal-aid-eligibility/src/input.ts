/**
 * The application as the engine takes it, checked with zod so that a caller (the self-check form, the API)
 * gets one typed error naming the field instead of a wrong answer.
 */
import { z } from 'zod';
import type { LegalAidRules } from '@fawang/regions';
import { EligibilityInputError, type InputIssue } from './errors.js';

type MatterType = LegalAidRules['matterTypes'][number];

/**
 * The matter types of 法律援助法 (民事、行政、刑事), listed here because the profile package is a type-only
 * dependency; `satisfies` and the type below fail to compile if the two lists ever differ.
 */
const MATTER_TYPES = ['civil', 'administrative', 'criminal'] as const satisfies readonly MatterType[];
type Holds<Condition extends true> = Condition;
type _EveryProfileMatterTypeListed = Holds<[MatterType] extends [(typeof MATTER_TYPES)[number]] ? true : false>;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isoDate = z
  .string()
  // abort: a date in another format is reported once, not also as "not a calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, 'not a calendar date');

/** Yuan may have fen; zod 4 numbers are finite, so NaN and Infinity are refused too. */
const yuan = z.number().min(0, 'must not be negative');

export const eligibilityInput = z.strictObject({
  /** The application date (申请日期): the threshold in force that day applies. */
  date: isoDate,
  matterType: z.enum(MATTER_TYPES),
  /** Ids of the region's exempt and pledge categories the applicant or the matter claims. */
  categories: z.array(z.string().min(1, 'a category id must not be empty')).default([]),
  /** People in the household (家庭人口), the applicant included. */
  householdSize: z.number().int('must be a whole number').min(1, 'at least 1 (the applicant)'),
  monthlyHouseholdIncomeYuan: yuan,
  /** Household assets (家庭资产); tested only when given and the threshold has a limit. */
  householdAssetsYuan: yuan.optional(),
});

/** What a caller passes (`categories` may be left out). */
export type EligibilityInput = z.input<typeof eligibilityInput>;
/** The checked application. */
export type Application = z.output<typeof eligibilityInput>;

function toIssues(error: z.ZodError): InputIssue[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    // A misspelt key is reported under its own name, so that `income` is not mistaken for a missing income.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: [...at, key].join('.'), message: 'not a field of an application' }));
    return [{ field: at.length > 0 ? at.join('.') : 'input', message: issue.message }];
  });
}

/** Checks the application's own fields and that each claimed category is one the region lists. */
export function parseApplication(rules: LegalAidRules, input: unknown): Application {
  const parsed = eligibilityInput.safeParse(input);
  if (!parsed.success) throw new EligibilityInputError(toIssues(parsed.error));
  const known = new Set([...rules.hardship.exemptCategories, ...rules.hardship.pledgeCategories].map((category) => category.id));
  const unknown = parsed.data.categories.flatMap((id, index) =>
    known.has(id) ? [] : [{ field: `categories.${index}`, message: `"${id}" is not a category of this region (${[...known].join(', ')})` }],
  );
  if (unknown.length > 0) throw new EligibilityInputError(unknown);
  return parsed.data;
}
