/**
 * The Fawang API contract for TypeScript: the generated types of every path, operation and schema, the
 * enumerations as runtime constants, and where to find the bundled OpenAPI document.
 *
 * The contract itself lives in `openapi.yaml` and `spec/`; `src/schema.gen.ts` and
 * `generated/openapi.json` are generated from it (`pnpm --filter @fawang/contract generate`).
 */
import type { components } from './schema.gen.js';

export type { paths, components, operations } from './schema.gen.js';

/** Every schema of the contract by name, e.g. `Schemas['LegalAidApplication']`. */
export type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type ModuleId = Schemas['ModuleId'];
export type EvaluationLevel = Schemas['EvaluationLevel'];
export type OrganizationType = Schemas['OrganizationType'];
export type PractitionerType = Schemas['PractitionerType'];
export type Specialty = Schemas['Specialty'];
export type MediationKind = Schemas['MediationKind'];
export type MediationDisputeType = Schemas['MediationDisputeType'];
export type MediatorGrade = Schemas['MediatorGrade'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type MatterType = Schemas['MatterType'];
export type ApplicantCategory = Schemas['ApplicantCategory'];
export type DocumentKind = Schemas['DocumentKind'];
export type NoticeKind = Schemas['NoticeKind'];

/**
 * Compile-time proof that a constant list names every member of its union: `Exhaustive<U, typeof LIST>`
 * is `true` only then (the `satisfies` on each list already rules out values outside the union).
 */
type Exhaustive<Union, List extends readonly unknown[]> = [Exclude<Union, List[number]>] extends [never] ? true : false;
function assertExhaustive<_T extends true>(): void {}

export const ROLES = [
  'citizen',
  'legal_aid_officer',
  'lawyer',
  'notary',
  'mediator',
  'appraiser',
  'arbitration_secretary',
  'bureau_admin',
] as const satisfies readonly Role[];
assertExhaustive<Exhaustive<Role, typeof ROLES>>();

/** Service modules in the order portals show them. */
/** What a notice (通知) tells an applicant about their case. */
export const NOTICE_KINDS = ['status_changed', 'material_requested', 'session_scheduled', 'judicial_confirmation_due'] as const satisfies readonly NoticeKind[];
assertExhaustive<Exhaustive<NoticeKind, typeof NOTICE_KINDS>>();

export const MODULE_IDS = ['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration'] as const satisfies readonly ModuleId[];
assertExhaustive<Exhaustive<ModuleId, typeof MODULE_IDS>>();

/** 好差评 levels from best (非常满意) to worst (非常不满意). */
export const EVALUATION_LEVELS = [
  'very_satisfied',
  'satisfied',
  'basically_satisfied',
  'dissatisfied',
  'very_dissatisfied',
] as const satisfies readonly EvaluationLevel[];
assertExhaustive<Exhaustive<EvaluationLevel, typeof EVALUATION_LEVELS>>();

/** The levels that count as a bad review (差评): details and a follow-up answer are required. */
export const BAD_EVALUATION_LEVELS = ['dissatisfied', 'very_dissatisfied'] as const satisfies readonly EvaluationLevel[];

export const ORGANIZATION_TYPES = [
  'law_firm',
  'notary_office',
  'forensic_institution',
  'arbitration_commission',
  'mediation_committee',
  'legal_aid_centre',
  'service_centre',
  'service_station',
  'service_room',
] as const satisfies readonly OrganizationType[];
assertExhaustive<Exhaustive<OrganizationType, typeof ORGANIZATION_TYPES>>();

export const PRACTITIONER_TYPES = [
  'lawyer',
  'notary',
  'mediator',
  'appraiser',
  'arbitrator',
  'legal_aid_worker',
  'grassroots_legal_worker',
] as const satisfies readonly PractitionerType[];
assertExhaustive<Exhaustive<PractitionerType, typeof PRACTITIONER_TYPES>>();

export const SPECIALTIES = [
  'civil',
  'criminal',
  'administrative',
  'labour',
  'marriage_family',
  'contract',
  'company',
  'intellectual_property',
  'real_estate',
  'traffic_accident',
  'medical_dispute',
  'finance',
  'tax',
  'environment',
  'foreign_related',
  'juvenile',
  'inheritance',
  'consumer',
] as const satisfies readonly Specialty[];
assertExhaustive<Exhaustive<Specialty, typeof SPECIALTIES>>();

/** Kinds of people's mediation committee (人民调解委员会): 村/居, 乡镇/街道, 行业性, 专业性. */
export const MEDIATION_KINDS = ['village', 'township', 'industry', 'professional'] as const satisfies readonly MediationKind[];
assertExhaustive<Exhaustive<MediationKind, typeof MEDIATION_KINDS>>();

/** Dispute types of people's mediation, shared by the committee registry and dispute intake. */
export const MEDIATION_DISPUTE_TYPES = [
  'neighbour',
  'marriage_family',
  'property',
  'land',
  'contract',
  'labour',
  'medical',
  'traffic',
  'consumer',
  'property_management',
  'other',
] as const satisfies readonly MediationDisputeType[];
assertExhaustive<Exhaustive<MediationDisputeType, typeof MEDIATION_DISPUTE_TYPES>>();

/** What an uploaded document shows (身份证明, 经济困难证明, 案件材料, 其他); each module offers the kinds it asks for. */
export const DOCUMENT_KINDS = ['id_card', 'hardship_proof', 'case_material', 'other'] as const satisfies readonly DocumentKind[];
assertExhaustive<Exhaustive<DocumentKind, typeof DOCUMENT_KINDS>>();

/** The types an uploaded document may be, as the server finds them in the content (never from the name). */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const satisfies readonly Schemas['StoredDocument']['mediaType'][];
assertExhaustive<Exhaustive<Schemas['StoredDocument']['mediaType'], typeof DOCUMENT_MEDIA_TYPES>>();

/** People's mediator grades from the highest (首席) down to 三级. */
export const MEDIATOR_GRADES = ['chief', 'first', 'second', 'third'] as const satisfies readonly MediatorGrade[];
assertExhaustive<Exhaustive<MediatorGrade, typeof MEDIATOR_GRADES>>();

/** Legal-aid application statuses in the order an application moves through them. */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'needs_material',
  'approved',
  'refused',
  'objected',
  'assigned',
  'in_progress',
  'closed',
  'evaluated',
  'withdrawn',
] as const satisfies readonly ApplicationStatus[];
assertExhaustive<Exhaustive<ApplicationStatus, typeof APPLICATION_STATUSES>>();

export const MATTER_TYPES = ['civil', 'administrative', 'criminal'] as const satisfies readonly MatterType[];
assertExhaustive<Exhaustive<MatterType, typeof MATTER_TYPES>>();

export const APPLICANT_CATEGORIES = [
  'minor',
  'elderly_no_income',
  'disabled_no_income',
  'subsistence_allowance',
  'judicial_assistance',
  'special_care',
  'migrant_worker_wages',
  'martyr_relative_honour',
  'brave_deed',
  'state_compensation_retrial',
  'abuse_or_domestic_violence',
] as const satisfies readonly ApplicantCategory[];
assertExhaustive<Exhaustive<ApplicantCategory, typeof APPLICANT_CATEGORIES>>();

/**
 * The two Node built-ins this module needs, typed here and fetched with `process.getBuiltinModule` (Node
 * ≥ 20.16) instead of imported: the SDK and the portals import this module too, and they neither have
 * `@types/node` nor a `node:fs` in the browser. Only the functions below touch the file system.
 */
interface NodeBuiltins {
  'node:fs': { readFileSync(path: string, encoding: 'utf8'): string };
  'node:url': { fileURLToPath(url: URL): string };
}

function nodeBuiltin<K extends keyof NodeBuiltins>(id: K): NodeBuiltins[K] | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return process?.getBuiltinModule?.(id) as NodeBuiltins[K] | undefined;
}

const documentUrl = new URL('../generated/openapi.json', import.meta.url);

/**
 * Absolute path of the bundled contract (`generated/openapi.json`). Resolved from this module, so it is the
 * same whether the package runs from `src/` or from `dist/`. (Outside Node: the URL's path.)
 */
export const openapiDocumentPath: string =
  // A bundler may rewrite the URL to http(s) (vite, vitest with a DOM): then only its path is meaningful.
  (documentUrl.protocol === 'file:' ? nodeBuiltin('node:url')?.fileURLToPath(documentUrl) : undefined) ?? decodeURIComponent(documentUrl.pathname);

/** Reads and parses the bundled contract (an OpenAPI 3.1 document whose `$ref`s all point inside it). Node only. */
export function loadOpenApiDocument(): Record<string, unknown> {
  const fs = nodeBuiltin('node:fs');
  if (!fs) throw new Error('loadOpenApiDocument() needs Node.js (>= 20.16); fetch /api/v1/openapi.json elsewhere');
  return JSON.parse(fs.readFileSync(openapiDocumentPath, 'utf8')) as Record<string, unknown>;
}
