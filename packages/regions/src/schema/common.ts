/**
 * Building blocks shared by the profile sections: identifiers, dates, addresses and the keyed lists that
 * a child profile can merge into (`{ "$merge": [...], "$remove": [...] }`) instead of replacing.
 */
import { z } from 'zod';

export const regionId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, 'a region id is 2–32 lower-case letters, digits or "-", starting with a letter');

/** Identifiers of list items (service points, indicators, categories …): stable, URL-safe. */
export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id is 1–64 lower-case letters, digits or "-", not starting with "-"');

/** GB/T 2260 code of a province, city or county. */
export const divisionCode = z.string().regex(/^\d{6}$/, 'a GB/T 2260 division code has 6 digits');

/** A county-level code (6 digits) or a town/street code (乡镇/街道, 9 digits) as in the statistics bureau's list. */
export const divisionOrTownCode = z.string().regex(/^(\d{6}|\d{9})$/, 'a division code has 6 digits (county and above) or 9 (town or street)');

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

/** An indicator's deadline: the year (2025) or the day (2023-12-31). */
export const yearOrDate = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'a deadline is written YYYY or YYYY-MM-DD')
  .refine((value) => value.length === 4 || isCalendarDate(value), 'not a calendar date');

function isUrl(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const httpsUrl = z.string().refine((value) => isUrl(value, ['https:']), 'expected an absolute https:// address');

/** An address on the portal's own origin ("/privacy") or an absolute https:// one. */
export const httpsUrlOrPath = z
  .string()
  .refine((value) => /^\/(?!\/)/.test(value) || isUrl(value, ['https:']), 'expected an absolute https:// address or a path starting with "/"');

export const text = z.string().trim().min(1, 'must not be empty');

/** Reports every item whose `key` repeats an earlier item's, at the repeated item's key. */
export function uniqueKeys(key: string) {
  return (items: readonly Record<string, unknown>[], ctx: z.RefinementCtx) => {
    const seen = new Map<unknown, number>();
    items.forEach((item, index) => {
      const value = item[key];
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else ctx.addIssue({ code: 'custom', path: [index, key], message: `duplicate ${key} ${JSON.stringify(value)} (also item ${first})` });
    });
  };
}

/** Lists keyed by a date must run oldest first, so "the rule in force on day D" is the last one not after D. */
function ascendingDates(key: string) {
  return (items: readonly Record<string, unknown>[], ctx: z.RefinementCtx) => {
    items.forEach((item, index) => {
      const previous = items[index - 1]?.[key];
      if (typeof previous === 'string' && typeof item[key] === 'string' && item[key] <= previous) {
        ctx.addIssue({ code: 'custom', path: [index, key], message: `must be later than the previous entry's ${key} (${previous}); list entries oldest first, each date once` });
      }
    });
  };
}

/** How a keyed list is identified and ordered when a child merges into it. */
export interface ListRule {
  key: string;
  /** Date-keyed lists are kept oldest first after a merge. */
  sortByKey: boolean;
}

/**
 * A list whose items have an identity `key`. `list` is the complete list of a resolved profile (keys unique,
 * dates ascending when `sortByKey`); `patch` is what a profile file may write: a plain list (replaces the
 * inherited one) or `{ $merge, $remove }` (merge by key).
 */
export function keyedList<Shape extends z.ZodRawShape, Key extends keyof Shape & string>(
  item: z.ZodObject<Shape>,
  key: Key,
  options: { sortByKey?: boolean; min?: number } = {},
) {
  const rule: ListRule = { key, sortByKey: options.sortByKey ?? false };
  const list = z
    .array(item)
    .min(options.min ?? 0, `list at least ${options.min ?? 0} item(s)`)
    .superRefine(rule.sortByKey ? ascendingDates(key) : uniqueKeys(key));
  const directive = z.strictObject({
    $merge: z
      .array(item)
      .superRefine(uniqueKeys(key))
      .optional()
      .describe(`Items merged by "${key}": an item with an inherited ${key} replaces it in place, a new one is appended.`),
    $remove: z
      .array(item.shape[key] as unknown as z.ZodType<string>)
      .optional()
      .describe(`Values of "${key}" whose inherited items are dropped.`),
  });
  const patch = z.union([list, directive]);
  return { list, patch, rule };
}
