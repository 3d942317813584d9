/**
 * Who may be assigned (指派) as which kind of provider, as the server checks it: a lawyer (律师) for
 * `lawyer` and `duty_lawyer` (值班律师), a legal-aid or grassroots legal worker for `legal_aid_worker`
 * (法律援助人员). The picker searches the directory with these types.
 */
import type { PractitionerType, Schemas } from '@fawang/contract';

export type AssigneeKind = Schemas['AssigneeKind'];

export const ASSIGNEE_KINDS: readonly AssigneeKind[] = ['lawyer', 'legal_aid_worker', 'duty_lawyer'];

const TYPES: Record<AssigneeKind, readonly PractitionerType[]> = {
  lawyer: ['lawyer'],
  duty_lawyer: ['lawyer'],
  legal_aid_worker: ['legal_aid_worker', 'grassroots_legal_worker'],
};

/** The directory types a kind accepts, the usual one first. */
export function practitionerTypesFor(kind: AssigneeKind): readonly PractitionerType[] {
  return TYPES[kind];
}
