/**
 * The registry's vocabularies as the pages show them: committee kinds and dispute types, and the languages
 * of service that the filter offers. Languages matter in Sichuan's Yi (彝语, `ii`) and Tibetan (藏语, `bo`)
 * areas, where bilingual mediators are sought out.
 *
 * The types come from the contract through the SDK's operation types: this package does not depend on
 * @fawang/contract (and its MEDIATION_KINDS, MEDIATION_DISPUTE_TYPES) yet.
 */
import type { QueryOf, ResultOf } from '@fawang/sdk';
import { messages } from '../messages/index.js';

export type Committee = ResultOf<'listOrganizations'>['items'][number];
export type Mediator = ResultOf<'listPractitioners'>['items'][number];
export type MediationKind = NonNullable<QueryOf<'listOrganizations'>['mediationKind']>;
export type MediationDisputeType = NonNullable<QueryOf<'listOrganizations'>['disputeType']>;

// Every kind and dispute type has a name in the messages (a missing one fails to compile), so the
// options are the named ones, in the order the messages list them.
const named = messages['zh-CN'];
named.kinds satisfies Record<MediationKind, string>;
named.disputeTypes satisfies Record<MediationDisputeType, string>;

export const MEDIATION_KINDS = Object.keys(named.kinds) as MediationKind[];
export const MEDIATION_DISPUTE_TYPES = Object.keys(named.disputeTypes) as MediationDisputeType[];

/** Languages with a name in the module's messages (`languages.<code>`), in the order the filter lists them. */
export const LANGUAGES = ['zh', 'ii', 'bo', 'en'] as const;

/** The "no filter" choice of a radio group or select (their empty value means "nothing chosen"). */
export const ALL = 'all';

/** Only industry (行业性) and professional (专业性) committees name the dispute types they take. */
export function takesDisputeTypes(kind: string): boolean {
  return kind === 'industry' || kind === 'professional';
}

/** A language's name in the visitor's locale; a code without a message stays as it is. */
export function languageName(code: string, t: (key: string) => string): string {
  return (LANGUAGES as readonly string[]).includes(code) ? t(`languages.${code}`) : code;
}

/** 行业性 · 医疗纠纷、劳动争议 — a committee's kind and, where it names them, its dispute types. */
export function committeeScope(mediation: Committee['mediation'], t: (key: string) => string): string {
  if (!mediation) return '';
  const kind = t(`kinds.${mediation.kind}`);
  const types = mediation.disputeTypes?.map((type) => t(`disputeTypes.${type}`)).join('、');
  return types ? `${kind} · ${types}` : kind;
}
