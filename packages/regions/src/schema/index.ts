/** The region profile format, section by section. */
export { MODULE_IDS, type ModuleId } from './modules.js';
export { ONLINE_CHANNEL_KINDS } from './channels.js';
export { SERVICE_POINT_KINDS, SERVICE_POINT_LEVELS } from './service-points.js';
export { EXEMPTION_BASES, MATTER_TYPES, type ExemptionBasis, type LegalAidRules } from './legal-aid.js';
export { NATIONAL_MEDIATION_DEADLINES, type MediationRules } from './mediation.js';
export { INDICATOR_KINDS, INDICATOR_MEASURES } from './indicators.js';
export type { ListRule } from './common.js';
export {
  LIST_RULES,
  LOCALES,
  OWN_KEYS,
  REGION_LEVELS,
  regionProfileFile,
  resolvedRegionProfile,
  type RegionLevel,
  type RegionProfileFile,
  type ResolvedRegionProfile,
} from './profile.js';
