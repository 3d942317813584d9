/**
 * Inheritance: a profile starts from the resolved profile it extends (by default its parent) and lays its
 * own settings over it. Objects merge key by key, arrays and scalars replace, so `leshan` can switch off
 * one module or replace the hotline list without repeating the rest. Identity (id, name, level, parent,
 * division code, population) is never inherited.
 */
import type { z } from 'zod';
import { RegionProfileError } from './errors.js';
import { regionProfileFile, resolvedRegionProfile, type RegionProfileFile, type ResolvedRegionProfile } from './schema.js';

export interface ProfileSource {
  /** Where the profile came from (a file path), for error messages. */
  source: string;
  /** The parsed JSON, not yet validated. */
  data: unknown;
}

const OWN_KEYS = new Set(['$schema', 'id', 'name', 'nameEn', 'level', 'parent', 'extends', 'divisionCode', 'population']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` laid on `base`: objects merge recursively, anything else in `over` replaces. */
export function mergeSettings(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeSettings(base[key], value);
  return merged;
}

export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Validates every file, then resolves inheritance; throws RegionProfileError naming file and path. */
export function resolveProfiles(sources: readonly ProfileSource[]): ResolvedRegionProfile[] {
  const files = new Map<string, { source: string; profile: RegionProfileFile }>();
  for (const { source, data } of sources) {
    const parsed = regionProfileFile.safeParse(data);
    if (!parsed.success) throw new RegionProfileError(source, issuesOf(parsed.error));
    // A later folder overrides an earlier one by id (a deployment replaces a built-in profile).
    files.set(parsed.data.id, { source, profile: parsed.data });
  }

  const resolved = new Map<string, ResolvedRegionProfile>();
  const resolve = (id: string, chain: readonly string[]): ResolvedRegionProfile => {
    const done = resolved.get(id);
    if (done) return done;
    const entry = files.get(id)!;
    const { profile, source } = entry;
    const baseId = profile.extends ?? profile.parent;
    let inherited: Record<string, unknown> = {};
    if (baseId !== undefined) {
      if (chain.includes(baseId)) {
        throw new RegionProfileError(id, [{ path: 'extends', message: `inheritance cycle ${[...chain, id, baseId].join(' → ')}` }]);
      }
      if (!files.has(baseId)) {
        const field = profile.extends !== undefined ? 'extends' : 'parent';
        throw new RegionProfileError(source, [{ path: field, message: `no profile has the id "${baseId}"` }]);
      }
      const base = resolve(baseId, [...chain, id]);
      inherited = Object.fromEntries(Object.entries(base).filter(([key]) => !OWN_KEYS.has(key)));
    }
    const own = Object.fromEntries(Object.entries(profile).filter(([key]) => key !== '$schema'));
    // `extends` in the resolved profile names the effective base, even when it defaulted to the parent.
    const merged = mergeSettings(inherited, { ...own, ...(baseId !== undefined ? { extends: baseId } : {}) });
    const parsed = resolvedRegionProfile.safeParse(merged);
    if (!parsed.success) throw new RegionProfileError(source, issuesOf(parsed.error));
    resolved.set(id, parsed.data);
    return parsed.data;
  };
  for (const id of files.keys()) resolve(id, []);
  return [...resolved.values()];
}
