/**
 * A region's plan indicator table (规划主要指标): what the plan promises by when, as the plan words it. It
 * belongs to one region's plan and is never inherited.
 */
import { z } from 'zod';
import { slug, text, uniqueKeys, yearOrDate } from './common.js';

export const INDICATOR_KINDS = ['binding', 'expected', 'unstated'] as const;

/** Values the system can compute from its own data, so a dashboard can show progress. */
export const INDICATOR_MEASURES = [
  'legal_aid_per_100k',
  'lawyers_per_10k',
  'notaries_per_100k',
  'mediation_success_rate',
  /** 专职人民调解员 among all people's mediators, in % (the 15% target of the national plan). */
  'full_time_mediator_share',
  'online_share',
] as const;

/** A number, or the plan's words where it gives none (全覆盖, 稳步提升). */
const value = z.union([z.number(), text]);

const indicator = z
  .strictObject({
    id: slug,
    /** As the plan words it. */
    name: text,
    nameEn: text.optional(),
    /** %, 个, 名, 人/10万人 …; may be left out only when the target is words, not a number. */
    unit: text.optional(),
    /** 约束性 binding, 预期性 expected, or not stated by the plan. */
    kind: z.enum(INDICATOR_KINDS),
    baseline: z.strictObject({ value, year: z.number().int().min(1949).max(2100).optional() }).optional(),
    target: z.strictObject({ value, comparator: z.enum(['>=', '<=', '=']).optional() }),
    deadline: yearOrDate,
    /** Where the plan states it: seed file and lines, e.g. "000 L57–60". */
    source: z.string().regex(/^\d{3} L\d+([–-]\d+)?(, ?L\d+([–-]\d+)?)*$/, 'a source is the seed file and lines, e.g. "000 L57–60"'),
    measure: z.enum(INDICATOR_MEASURES).optional(),
  })
  .refine((item) => item.unit !== undefined || typeof item.target.value === 'string', { message: 'a numeric target needs a unit', path: ['unit'] });

export const indicators = z.array(indicator).superRefine(uniqueKeys('id'));
