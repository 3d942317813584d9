/**
 * The 法律援助 legal-aid workflow (法律援助法 arts. 43 and 49, REQUIREMENTS §3.1) as data: the server
 * enforces it, the module's pages ask it which buttons to show. Clocks: decide within decideWithinDays of a
 * complete application (suspended while material is missing, restarted when it arrives); assign within
 * assignWithinDays of approval; review an objection (异议) within objectionReviewWithinDays.
 * Rating after closing belongs to evaluations (好差评), not to this workflow; `legalAidCase` says when it is allowed.
 */
import { APPLICATION_STATUSES, type MatterType } from '@fawang/contract';
import { defineCase } from './case.js';
import { defineWorkflow, type ActionOf, type ActorOf, type ClockOf, type DeadlineRules, type DaysKeyOf, type StateOf } from './workflow.js';

const PENDING = ['draft', 'submitted', 'under_review', 'needs_material'] as const;

export const legalAidWorkflow = defineWorkflow({
  // The contract's statuses, in the order an application moves through them: one list for server and client.
  states: APPLICATION_STATUSES,
  final: ['closed', 'evaluated', 'withdrawn'],
  actions: {
    submit: { from: ['draft'], to: 'submitted', actors: ['applicant'], starts: [{ kind: 'decision', days: 'decideWithinDays' }] },
    start_review: { from: ['submitted'], to: 'under_review', actors: ['officer'] },
    request_material: {
      from: ['submitted', 'under_review'],
      to: 'needs_material',
      actors: ['officer'],
      requires: ['reason'],
      stops: ['decision'],
    },
    provide_material: {
      from: ['needs_material'],
      to: 'under_review',
      actors: ['applicant'],
      requires: ['material'],
      starts: [{ kind: 'decision', days: 'decideWithinDays' }],
    },
    approve: {
      from: ['under_review'],
      to: 'approved',
      actors: ['officer'],
      stops: ['decision'],
      starts: [{ kind: 'assignment', days: 'assignWithinDays' }],
    },
    refuse: { from: ['under_review'], to: 'refused', actors: ['officer'], requires: ['reason'], stops: ['decision'] },
    object: {
      from: ['refused'],
      to: 'objected',
      actors: ['applicant'],
      requires: ['reason'],
      once: true,
      starts: [{ kind: 'objection_review', days: 'objectionReviewWithinDays' }],
    },
    uphold_objection: {
      from: ['objected'],
      to: 'approved',
      actors: ['officer'],
      stops: ['objection_review'],
      starts: [{ kind: 'assignment', days: 'assignWithinDays' }],
    },
    reject_objection: {
      from: ['objected'],
      to: 'refused',
      actors: ['officer'],
      requires: ['reason'],
      stops: ['objection_review'],
    },
    assign: { from: ['approved'], to: 'assigned', actors: ['officer'], requires: ['assignee'], stops: ['assignment'] },
    // The assigned lawyer or legal-aid worker (承办人员) starts and closes the case, as may an officer.
    start: { from: ['assigned'], to: 'in_progress', actors: ['officer', 'assignee'] },
    close: { from: ['in_progress'], to: 'closed', actors: ['officer', 'assignee'], requires: ['outcome'] },
    withdraw: { from: PENDING, to: 'withdrawn', actors: ['applicant'], stops: ['decision'] },
  },
});

type Spec = typeof legalAidWorkflow.spec;
export type LegalAidState = StateOf<Spec>;
export type LegalAidAction = ActionOf<Spec>;
export type LegalAidActor = ActorOf<Spec>;
export type LegalAidClock = ClockOf<Spec>;
/** Structurally the region profile's `legalAid.deadlines`. */
export type LegalAidDeadlineRules = DeadlineRules<DaysKeyOf<Spec>>;

/** The actions as a tuple, for database enums; a test checks it lists the definition's actions in order. */
export const LEGAL_AID_ACTIONS = [
  'submit',
  'start_review',
  'request_material',
  'provide_material',
  'approve',
  'refuse',
  'object',
  'uphold_objection',
  'reject_objection',
  'assign',
  'start',
  'close',
  'withdraw',
] as const satisfies readonly LegalAidAction[];
export const LEGAL_AID_CLOCKS = ['decision', 'assignment', 'objection_review'] as const satisfies readonly LegalAidClock[];

/**
 * The Chinese names of the statuses and matter types: the officer's CSV export (server) and the module's
 * zh-CN messages (pages) both use these, so a document and a page never name a status differently.
 */
export const LEGAL_AID_STATUS_NAMES_ZH: Readonly<Record<LegalAidState, string>> = {
  draft: '草稿',
  submitted: '已提交',
  under_review: '审查中',
  needs_material: '需补充材料',
  approved: '准予援助',
  refused: '不予援助',
  objected: '异议审查中',
  assigned: '已指派',
  in_progress: '承办中',
  closed: '已结案',
  evaluated: '已评价',
  withdrawn: '已撤回',
};
export const MATTER_TYPE_NAMES_ZH: Readonly<Record<MatterType, string>> = { civil: '民事', administrative: '行政', criminal: '刑事' };

/** The legal-aid case module: 法援 references, officers and bureau admins as staff, rated once closed. */
export const legalAidCase = defineCase({
  id: 'legal-aid',
  workflow: legalAidWorkflow,
  referencePrefix: 'FY',
  staffRoles: ['legal_aid_officer', 'bureau_admin'],
  concluded: ['closed', 'evaluated', 'withdrawn'],
  rateable: ['closed'],
  rated: 'evaluated',
  notices: { request_material: 'material_requested' },
});
