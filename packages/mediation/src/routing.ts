/**
 * Which people's mediation committee (人民调解委员会) is competent for a dispute, proposed from the place it
 * happened (a division code) and its type, with the reasons a person can read. 人民调解法 art. 34 lets
 * villages, residents' committees, towns and streets set up committees, and enterprises and social
 * organisations (行业性、专业性) too; the Ministry's guidance sends disputes of a field (medical, traffic,
 * labour, property management …) to the committee of that field. So:
 *   1. a committee of the dispute's field whose area covers the place — the most local one;
 *   2. otherwise the committee of the place itself: its village (村/居), then its town or street (乡镇/街道).
 *      A village committee serves its village only: one recorded at its town's code (a registry without
 *      village codes) is offered for a place in that town, never proposed for the whole town;
 *   3. otherwise, when the place is given more broadly than any committee's area (a county), no single
 *      proposal: the committees inside it are the choices;
 *   4. otherwise none: the applicant is told that no committee serves the place.
 * A committee of another field is never proposed nor offered.
 * The proposal is advice: the committee may transfer the case (workflow action `transfer`).
 * `committees` are the committees that can act: whether one has an active mediator is a registry fact this
 * package does not see, so the caller leaves out those without one (the server does), and none of them is
 * ever proposed or offered.
 */
import { divisionContains, divisionPrefix, isDivisionCode } from './divisions.js';

export type CommitteeKind = 'village' | 'township' | 'industry' | 'professional';

export interface CommitteeCandidate {
  id: string;
  name: string;
  /** The area the committee serves. */
  divisionCode: string;
  kind: CommitteeKind;
  /** For industry and professional committees: the dispute types they take. */
  disputeTypes?: readonly string[];
}

export interface DisputePlace {
  divisionCode: string;
  disputeType: string;
}

/** Rule ids, in words in the module's messages (`routing.reasons.<id>`). */
export type RoutingReason = 'field_committee' | 'village_of_place' | 'township_of_place' | 'place_too_broad' | 'none_covering';

export interface RoutingProposal<C extends CommitteeCandidate = CommitteeCandidate> {
  committee: C | null;
  reason: RoutingReason;
  /** Other committees that may take the dispute, most local first — what a person may choose instead. */
  alternatives: C[];
}

export class RoutingInputError extends Error {
  constructor(
    readonly field: 'divisionCode' | 'disputeType',
    message: string,
  ) {
    super(message);
    this.name = 'RoutingInputError';
  }
}

/** Longer prefixes are more local; ties keep a stable order by id so the same data gives the same answer. */
function mostLocalFirst<C extends CommitteeCandidate>(a: C, b: C): number {
  return divisionPrefix(b.divisionCode).length - divisionPrefix(a.divisionCode).length || a.id.localeCompare(b.id);
}

/** Whether the committee's recorded area is all it serves: not so for a village committee without a village code. */
function servesItsArea(committee: CommitteeCandidate): boolean {
  return committee.kind !== 'village' || committee.divisionCode.length === 12;
}

function takes(committee: CommitteeCandidate, disputeType: string): boolean {
  return committee.kind === 'village' || committee.kind === 'township' || (committee.disputeTypes?.includes(disputeType) ?? false);
}

export function proposeCommittee<C extends CommitteeCandidate>(committees: readonly C[], place: DisputePlace): RoutingProposal<C> {
  if (!isDivisionCode(place.divisionCode)) throw new RoutingInputError('divisionCode', `${place.divisionCode} is not a division code`);
  if (!place.disputeType.trim()) throw new RoutingInputError('disputeType', 'a dispute type is required');
  const eligible = committees.filter((c) => takes(c, place.disputeType));
  const covering = eligible.filter((c) => divisionContains(c.divisionCode, place.divisionCode)).sort(mostLocalFirst);
  const field = covering.find((c) => c.kind === 'industry' || c.kind === 'professional');
  const territorial = covering.find((c) => c.kind === 'village' && servesItsArea(c)) ?? covering.find((c) => c.kind === 'township');
  const chosen = field ?? territorial;
  if (chosen) {
    const reason: RoutingReason = chosen === field ? 'field_committee' : chosen.kind === 'village' ? 'village_of_place' : 'township_of_place';
    return { committee: chosen, reason, alternatives: covering.filter((c) => c !== chosen) };
  }
  // Inside a broad place the broader committees (towns) come before the villages: they are the usual choice.
  // A village committee recorded at the place's own code is in the place too (and all there is to offer).
  const inside = eligible
    .filter((c) => (c.divisionCode !== place.divisionCode || !servesItsArea(c)) && divisionContains(place.divisionCode, c.divisionCode))
    .sort((a, b) => divisionPrefix(a.divisionCode).length - divisionPrefix(b.divisionCode).length || a.id.localeCompare(b.id));
  return inside.length ? { committee: null, reason: 'place_too_broad', alternatives: inside } : { committee: null, reason: 'none_covering', alternatives: [] };
}
