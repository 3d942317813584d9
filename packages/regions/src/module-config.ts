/**
 * Module settings (`modules.<id>.config`) belong to the module, which ships its own schema; this package
 * cannot import the modules, so callers hand their schemas in. Anything with zod's `safeParse` fits.
 */
import type { ModuleId, ResolvedRegionProfile } from './schema/index.js';

export interface ModuleConfigSchema {
  safeParse(value: unknown):
    | { success: true }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** By module id: the six built-in ones and any module of the region's own. */
export type ModuleConfigSchemas = Partial<Record<ModuleId | (string & {}), ModuleConfigSchema>>;

export interface ProfileIssue {
  path: string;
  message: string;
}

/**
 * Checks each module's config (`{}` when absent) against the module's schema. A module that is off and has
 * no config is skipped, so a region need not configure what it does not offer.
 */
export function validateModuleConfigs(profile: Pick<ResolvedRegionProfile, 'modules'>, schemas: ModuleConfigSchemas): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const all = profile.modules as Record<string, { enabled: boolean; config?: Record<string, unknown> } | undefined>;
  for (const [id, schema] of Object.entries(schemas)) {
    const settings = all[id];
    if (!schema || !settings || (!settings.enabled && settings.config === undefined)) continue;
    const result = schema.safeParse(settings.config ?? {});
    if (result.success) continue;
    for (const issue of result.error.issues) {
      issues.push({ path: ['modules', id, 'config', ...issue.path.map(String)].join('.'), message: issue.message });
    }
  }
  return issues;
}
