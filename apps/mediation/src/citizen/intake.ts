/**
 * The dispute intake form (申请人民调解): its model, its rules (what the contract requires, checked before
 * anything is sent), the request body, and where the server's field errors belong in the form.
 */
import type { Schemas } from '@fawang/contract';
import { emptyUploads, storedFileIds, type CaseUploads } from '@fawang/module-kit/casework';
import { maxLength, minLength, phone, required, residentId, type FwRules } from '@fawang/ui';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface PartyDraft {
  role: Schemas['MediationParty']['role'];
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

/** What a mediation filing asks for, evidence first (the contract's kinds without 经济困难证明). */
export const INTAKE_DOCUMENT_KINDS = ['case_material', 'id_card', 'other'] as const satisfies readonly Schemas['DocumentKind'][];
export type IntakeDocumentKind = (typeof INTAKE_DOCUMENT_KINDS)[number];

export interface IntakeModel {
  disputeType: Schemas['MediationDisputeType'] | '';
  divisionCode: string;
  address: string;
  summary: string;
  /** The applicant first, then one or more respondents. */
  parties: PartyDraft[];
  committeeId: string;
  /** The uploads of each kind; finished ones are sent as `documentIds`. */
  uploads: CaseUploads<IntakeDocumentKind>;
}

export const SUMMARY_MIN = 10;
export const SUMMARY_MAX = 2000;
/** The contract allows ten parties: the applicant and nine respondents. */
export const MAX_RESPONDENTS = 9;

export function emptyParty(role: PartyDraft['role'], name = ''): PartyDraft {
  return { role, name, idNumber: '', phone: '', address: '' };
}

export function emptyIntake(applicantName: string): IntakeModel {
  return { disputeType: '', divisionCode: '', address: '', summary: '', parties: [emptyParty('applicant', applicantName), emptyParty('respondent')], committeeId: '', uploads: emptyUploads(INTAKE_DOCUMENT_KINDS) };
}

export function intakeRules(model: IntakeModel, t: Translate): FwRules {
  const partyRules = Object.fromEntries(
    model.parties.flatMap((_, index) => [
      [`parties.${index}.name`, [required(t('apply.errors.name')), maxLength(50)]],
      [`parties.${index}.idNumber`, [residentId()]],
      [`parties.${index}.phone`, [phone(['mobile'])]],
      [`parties.${index}.address`, [maxLength(200)]],
    ]),
  );
  return {
    disputeType: [required(t('apply.errors.disputeType'))],
    divisionCode: [required(t('apply.errors.place'))],
    address: [maxLength(200)],
    summary: [required(t('apply.errors.summary')), minLength(SUMMARY_MIN, t('apply.errors.summary')), maxLength(SUMMARY_MAX, t('apply.errors.summary'))],
    committeeId: [required(t('routing.required'))],
    ...partyRules,
  };
}

/** The party as the contract takes it: what was left empty is left out. */
function partyBody(party: PartyDraft): Schemas['MediationParty'] {
  const idNumber = party.idNumber.trim().toUpperCase();
  const mobile = party.phone.trim();
  const address = party.address.trim();
  return { role: party.role, name: party.name.trim(), ...(idNumber ? { idNumber } : {}), ...(mobile ? { phone: mobile } : {}), ...(address ? { address } : {}) };
}

export function intakeBody(model: IntakeModel, regionId: string): Schemas['MediationCaseInput'] {
  const address = model.address.trim();
  return {
    regionId,
    disputeType: model.disputeType as Schemas['MediationDisputeType'],
    place: { divisionCode: model.divisionCode, ...(address ? { address } : {}) },
    summary: model.summary.trim(),
    parties: model.parties.map(partyBody),
    committeeId: model.committeeId,
    documentIds: storedFileIds(model.uploads, INTAKE_DOCUMENT_KINDS),
  };
}

/** The form field of an API error path: `place.divisionCode` → `divisionCode`, `parties.1.name` → `parties.1.name`. */
export function intakeField(path: string): string | undefined {
  if (path === 'place' || path === 'place.divisionCode') return 'divisionCode';
  if (path === 'place.address') return 'address';
  if (/^parties\.\d+\.(name|idNumber|phone|address)$/.test(path)) return path;
  return ['disputeType', 'summary', 'committeeId'].includes(path) ? path : undefined;
}
