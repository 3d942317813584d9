/**
 * Region profiles without file-system access, safe for the browser: the schema, inheritance and the
 * registry. `@fawang/regions/node` reads profile folders.
 */
export { MODULE_IDS, REGION_LEVELS, LOCALES, regionProfileFile, resolvedRegionProfile } from './schema.js';
export type { ModuleId, RegionLevel, RegionProfileFile, ResolvedRegionProfile } from './schema.js';
export { RegionProfileError } from './errors.js';
export { mergeSettings, resolveProfiles, type ProfileSource } from './resolve.js';
export { RegionRegistry } from './registry.js';
