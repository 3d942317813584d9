/**
 * Region profiles without file-system access, safe for the browser: the schema, inheritance and the
 * registry. `@fawang/regions/node` reads profile files and folders.
 */
export {
  EXEMPTION_BASES,
  INDICATOR_KINDS,
  INDICATOR_MEASURES,
  LIST_RULES,
  LOCALES,
  MATTER_TYPES,
  MODULE_IDS,
  NATIONAL_MEDIATION_DEADLINES,
  ONLINE_CHANNEL_KINDS,
  REGION_LEVELS,
  SERVICE_POINT_KINDS,
  SERVICE_POINT_LEVELS,
  regionProfileFile,
  resolvedRegionProfile,
} from './schema/index.js';
export type { ExemptionBasis, LegalAidRules, ListRule, MediationRules, ModuleId, RegionLevel, RegionProfileFile, ResolvedRegionProfile } from './schema/index.js';
export { RegionProfileError } from './errors.js';
export { mergeSettings } from './merge.js';
export { validateModuleConfigs, type ModuleConfigSchema, type ModuleConfigSchemas, type ProfileIssue } from './module-config.js';
export { resolveProfiles, type ProfileSource, type ResolveOptions } from './resolve.js';
export { RegionRegistry } from './registry.js';
export { regionProfileJsonSchema } from './json-schema.js';
