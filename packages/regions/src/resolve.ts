/**
 * Inheritance: a profile starts from the resolved profile it extends (by default its parent) and lays its
 * own file over it (see merge.ts). Identity and the indicator table are never inherited. Every file is
 * checked on its own first, then every resolved profile, so errors name the file that made them.
 */
import type { z } from 'zod';
import { RegionProfileError } from './errors.js';
import { MergeError, mergeSettings } from './merge.js';
import { validateModuleConfigs, type ModuleConfigSchemas, type ProfileIssue } from './module-config.js';
import { OWN_KEYS, regionProfileFile, resolvedRegionProfile, type RegionProfileFile, type ResolvedRegionProfile } from './schema/index.js';

export interface ProfileSource {
  /** Where the profile came from (a file path), for error messages. */
  source: string;
  /** The parsed JSON, not yet validated. */
  data: unknown;
}

export interface ResolveOptions {
  /** Module schemas that check each resolved profile's `modules.<id>.config`. */
  moduleConfig?: ModuleConfigSchemas;
}

type Issue = z.core.$ZodIssue;

const depth = (issues: readonly Issue[]) => Math.max(...issues.map((issue) => issue.path.length));
const isTypeMismatch = (issues: readonly Issue[]) => issues.every((issue) => issue.code === 'invalid_type' && issue.path.length === 0);

/**
 * For a value matching no alternative (a list or a `$merge` directive; a fee or a range), report the
 * alternative that got furthest — the deepest issue, then one that is not a plain type mismatch — rather
 * than zod's bare "Invalid input".
 */
function closestAlternative(alternatives: readonly (readonly Issue[])[]): readonly Issue[] {
  return alternatives.reduce((best, candidate) => {
    if (depth(candidate) !== depth(best)) return depth(candidate) > depth(best) ? candidate : best;
    return isTypeMismatch(best) && !isTypeMismatch(candidate) ? candidate : best;
  });
}

function flatten(issue: Issue, prefix: readonly PropertyKey[]): ProfileIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    if (issue.errors.every(isTypeMismatch)) {
      const expected = [...new Set(issue.errors.flat().map((inner) => (inner.code === 'invalid_type' ? inner.expected : '')))];
      return [{ path: path.map(String).join('.'), message: `Invalid input: expected ${expected.join(' or ')}` }];
    }
    return closestAlternative(issue.errors).flatMap((inner) => flatten(inner, path));
  }
  return [{ path: path.map(String).join('.'), message: issue.message }];
}

export function issuesOf(error: z.ZodError): ProfileIssue[] {
  return error.issues.flatMap((issue) => flatten(issue, []));
}

/** Validates every file, then resolves inheritance; throws RegionProfileError naming file and path. */
export function resolveProfiles(sources: readonly ProfileSource[], options: ResolveOptions = {}): ResolvedRegionProfile[] {
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
    const { profile, source } = files.get(id)!;
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
    let merged: unknown;
    try {
      // `extends` in the resolved profile names the effective base, even when it defaulted to the parent.
      merged = mergeSettings(inherited, { ...own, ...(baseId !== undefined ? { extends: baseId } : {}) });
    } catch (error) {
      if (error instanceof MergeError) throw new RegionProfileError(source, [{ path: error.path, message: error.message }]);
      throw error;
    }
    const parsed = resolvedRegionProfile.safeParse(merged);
    if (!parsed.success) throw new RegionProfileError(source, issuesOf(parsed.error));
    const configIssues = options.moduleConfig ? validateModuleConfigs(parsed.data, options.moduleConfig) : [];
    if (configIssues.length > 0) throw new RegionProfileError(source, configIssues);
    resolved.set(id, parsed.data);
    return parsed.data;
  };
  for (const id of files.keys()) resolve(id, []);
  return [...resolved.values()];
}
