export { divisionContains, divisionPrefix, isDivisionCode } from './divisions.js';
export {
  proposeCommittee,
  RoutingInputError,
  type CommitteeCandidate,
  type CommitteeKind,
  type DisputePlace,
  type RoutingProposal,
  type RoutingReason,
} from './routing.js';
