/**
 * Legal-aid rules (法律援助) a province sets and a city inherits: statutory clocks, the matters it covers and
 * the economic-hardship test (经济困难标准), which changes over time and so is a list of dated thresholds.
 */
import { z } from 'zod';
import { isoDate, keyedList, regionId, slug, text } from './common.js';

export const MATTER_TYPES = ['civil', 'administrative', 'criminal'] as const;

const days = z.number().int().min(1).max(60);

const deadlines = z.strictObject({
  /** 法律援助法 §43: decide within 7 days of receiving the application. */
  decideWithinDays: days,
  /** §43: assign a provider within 3 days of the decision. */
  assignWithinDays: days,
  /** §49: the justice bureau reviews an objection to a refusal within 5 days. */
  objectionReviewWithinDays: days,
  dayCounting: z.enum(['working', 'calendar']),
});

const threshold = z.strictObject({
  /** The first day the figure applies. */
  effectiveFrom: isoDate,
  /** Monthly income per household member (家庭人均月收入) at or below which an applicant qualifies, in yuan. */
  monthlyIncomePerMemberYuan: z.number().int().positive(),
  /** Household assets above which an applicant does not qualify, in yuan. */
  assetsLimitYuan: z.number().int().positive().optional(),
  /** What the figure is and where it comes from, e.g. 当地最低生活保障标准的2倍. */
  basis: text,
});

/**
 * The article of 法律援助法 that exempts a category, because the two exemptions differ in effect:
 * `art32` — the matter has no economic-hardship condition at all (不受经济困难条件的限制);
 * `art42` — the applicant's hardship is presumed and not verified (免予核查经济困难状况).
 * Either article's catch-all (法律、法规、规章规定的其他情形/人员) covers a region's own additions.
 */
export const EXEMPTION_BASES = ['art32', 'art42'] as const;
export type ExemptionBasis = (typeof EXEMPTION_BASES)[number];

const exemptCategory = z.strictObject({ id: slug, name: text, basis: z.enum(EXEMPTION_BASES) });

const pledgeCategory = z.strictObject({
  id: slug,
  name: text,
  /**
   * The pledge is open to every applicant on hardship grounds (Beijing's 告知承诺制), so nobody has to claim
   * this category; absent or false, only applicants who claim it may pledge instead of showing documents.
   */
  allApplicants: z.boolean().optional(),
});

export const thresholds = keyedList(threshold, 'effectiveFrom', { sortByKey: true, min: 1 });
export const exemptCategories = keyedList(exemptCategory, 'id');
export const pledgeCategories = keyedList(pledgeCategory, 'id');

const hardship = z.strictObject({
  thresholds: thresholds.list,
  /** Matters without the hardship test (§32) and applicants exempt from its verification (§42), each with its `basis`. */
  exemptCategories: exemptCategories.list,
  /** Applicants whose hardship is shown by a personal pledge (个人诚信承诺, §41) instead of verification. */
  pledgeCategories: pledgeCategories.list,
});

const matterTypes = z
  .array(z.enum(MATTER_TYPES))
  .min(1, 'list at least one matter type')
  .refine((types) => new Set(types).size === types.length, 'each matter type once');

export const legalAid = z.strictObject({
  deadlines,
  matterTypes,
  hardship,
  /** Regions whose hardship decisions this region accepts (成渝: sichuan ↔ chongqing); ids need no profile here. */
  mutualRecognition: z.array(regionId).optional(),
});

/** A region's legal-aid rules after inheritance, as the eligibility engine reads them. */
export type LegalAidRules = z.infer<typeof legalAid>;

export const legalAidPatch = z.strictObject({
  deadlines: deadlines.partial().optional(),
  matterTypes: matterTypes.optional(),
  hardship: z
    .strictObject({
      thresholds: thresholds.patch.optional(),
      exemptCategories: exemptCategories.patch.optional(),
      pledgeCategories: pledgeCategories.patch.optional(),
    })
    .optional(),
  mutualRecognition: z.array(regionId).optional(),
});
