/**
 * Laying a profile file over the settings it inherits. Objects merge key by key; scalars and plain arrays
 * replace. At a keyed list (LIST_RULES) a file may instead write `{ "$merge": [...], "$remove": [...] }`:
 * `$remove` drops inherited items by key, then each `$merge` item replaces the inherited item with its key
 * in place or is appended. Date-keyed lists (thresholds, fee schedules) are kept oldest first.
 */
import { LIST_RULES, type ListRule } from './schema/index.js';

/** A `$remove` that names no inherited item; `path` is where in the file. */
export class MergeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface ListDirective {
  $merge?: unknown[];
  $remove?: unknown[];
}

function isDirective(value: unknown): value is ListDirective {
  return isPlainObject(value) && Object.keys(value).every((key) => key === '$merge' || key === '$remove');
}

function applyDirective(base: readonly unknown[], directive: ListDirective, rule: ListRule, path: string): unknown[] {
  const keyOf = (item: unknown) => (isPlainObject(item) ? item[rule.key] : undefined);
  const items = [...base];
  (directive.$remove ?? []).forEach((key, index) => {
    const at = items.findIndex((item) => keyOf(item) === key);
    if (at < 0) throw new MergeError(`${path}.$remove.${index}`, `no inherited item has the ${rule.key} ${JSON.stringify(key)}`);
    items.splice(at, 1);
  });
  for (const item of directive.$merge ?? []) {
    const at = items.findIndex((existing) => keyOf(existing) === keyOf(item));
    if (at >= 0) items[at] = item;
    else items.push(item);
  }
  if (rule.sortByKey) items.sort((a, b) => String(keyOf(a)).localeCompare(String(keyOf(b))));
  return items;
}

/** `over` laid on `base`; `path` is where both sit in the profile ("" at the top), to find keyed lists. */
export function mergeSettings(base: unknown, over: unknown, path = ''): unknown {
  if (over === undefined) return base;
  const rule = LIST_RULES[path];
  if (rule && isDirective(over)) return applyDirective(Array.isArray(base) ? base : [], over, rule, path);
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeSettings(base[key], value, path ? `${path}.${key}` : key);
  return merged;
}
