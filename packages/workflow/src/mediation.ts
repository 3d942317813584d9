/**
 * The 人民调解 people's-mediation workflow (人民调解法, REQUIREMENTS §3.4) as data, on the same engine as legal
 * aid. A dispute is filed with the committee the portal proposed; the committee accepts it, declines it (不予受理:
 * e.g. a party refuses mediation or a court has already taken the case, 人民调解法 art. 18) or transfers it to
 * the competent committee; mediators are assigned and sessions held; the outcome is an agreement (调解协议,
 * art. 28), a failure (调解不成, art. 26) or a withdrawal. Mediation is free of charge (art. 4).
 *
 * Clocks: the committee answers a filing within acceptWithinDays (a service commitment the region sets) and
 * concludes within concludeWithinDays of accepting (人民调解工作若干规定: 一般在一个月内调结); a transfer, also
 * possible after acceptance, restarts the answer clock at the new committee and stops the conclusion clock. The parties' 30
 * days to apply for judicial confirmation of an agreement (art. 33) run for the parties, not the committee:
 * that date is computed from the agreement, not kept as a clock here. Rating belongs to evaluations;
 * `mediationCase` says when it is allowed.
 */
import { defineCase } from './case.js';
import { defineWorkflow, type ActionOf, type ActorOf, type ClockOf, type DaysKeyOf, type DeadlineRules, type StateOf } from './workflow.js';

/** The statuses in the order a case moves through them. */
export const MEDIATION_STATES = [
  'draft',
  'submitted',
  'accepted',
  'declined',
  'assigned',
  'in_mediation',
  'agreed',
  'failed',
  'withdrawn',
  'evaluated',
] as const;

/** Filed and without an outcome: the applicant may still withdraw, a mediator may record that the parties did. */
const OPEN = ['submitted', 'accepted', 'assigned', 'in_mediation'] as const;

export const mediationWorkflow = defineWorkflow({
  states: MEDIATION_STATES,
  final: ['declined', 'agreed', 'failed', 'withdrawn', 'evaluated'],
  actions: {
    submit: { from: ['draft'], to: 'submitted', actors: ['applicant'], starts: [{ kind: 'acceptance', days: 'acceptWithinDays' }] },
    // Moves the case to the competent committee: before acceptance, and also after it, so that a committee
    // that accepted but cannot act (no active mediator) hands the case on instead of holding it with no way
    // out. The case goes back to `submitted` at the new committee, which answers within its own
    // acceptWithinDays. `conclusion` stops because it measured the old committee's mediation from its
    // acceptance: the new committee has accepted nothing yet, and its own conclusion clock starts when it
    // does; left running, the old clock would mark the case overdue against a committee that no longer has
    // it. Stopping a clock that is not running changes nothing (as for withdraw), so naming both covers a
    // transfer from any of the three states. The server clears the old committee's assigned mediators, so
    // the new committee starts clean.
    transfer: {
      from: ['submitted', 'accepted', 'assigned'],
      to: 'submitted',
      actors: ['mediator'],
      requires: ['committeeId', 'reason'],
      stops: ['acceptance', 'conclusion'],
      starts: [{ kind: 'acceptance', days: 'acceptWithinDays' }],
    },
    accept: {
      from: ['submitted'],
      to: 'accepted',
      actors: ['mediator'],
      stops: ['acceptance'],
      starts: [{ kind: 'conclusion', days: 'concludeWithinDays' }],
    },
    decline: { from: ['submitted'], to: 'declined', actors: ['mediator'], requires: ['reason'], stops: ['acceptance'] },
    assign: { from: ['accepted', 'assigned', 'in_mediation'], to: 'assigned', actors: ['mediator'], requires: ['mediatorIds'] },
    schedule: { from: ['assigned', 'in_mediation'], to: 'in_mediation', actors: ['mediator'], requires: ['session'] },
    record_agreement: { from: ['in_mediation'], to: 'agreed', actors: ['mediator'], requires: ['agreement'], stops: ['conclusion'] },
    record_failure: { from: ['in_mediation'], to: 'failed', actors: ['mediator'], requires: ['reason'], stops: ['conclusion'] },
    record_withdrawal: { from: OPEN, to: 'withdrawn', actors: ['mediator'], requires: ['reason'], stops: ['acceptance', 'conclusion'] },
    withdraw: { from: ['draft', ...OPEN], to: 'withdrawn', actors: ['applicant'], stops: ['acceptance', 'conclusion'] },
  },
});

type Spec = typeof mediationWorkflow.spec;
export type MediationState = StateOf<Spec>;
export type MediationAction = ActionOf<Spec>;
export type MediationActor = ActorOf<Spec>;
export type MediationClock = ClockOf<Spec>;
/** The region's `mediation.deadlines`: acceptWithinDays, concludeWithinDays and how days are counted. */
export type MediationDeadlineRules = DeadlineRules<DaysKeyOf<Spec>>;

/** The actions as a tuple, for database enums; a test checks it lists the definition's actions in order. */
export const MEDIATION_ACTIONS = [
  'submit',
  'transfer',
  'accept',
  'decline',
  'assign',
  'schedule',
  'record_agreement',
  'record_failure',
  'record_withdrawal',
  'withdraw',
] as const satisfies readonly MediationAction[];
export const MEDIATION_CLOCKS = ['acceptance', 'conclusion'] as const satisfies readonly MediationClock[];

/** 人民调解法 art. 33: the parties may apply to a court for judicial confirmation within 30 days of the agreement. */
export const JUDICIAL_CONFIRMATION_WINDOW_DAYS = 30;

/** The mediation case module: 调解 references, mediators and bureau admins as staff, rated after an agreement or a failure. */
export const mediationCase = defineCase({
  id: 'mediation',
  workflow: mediationWorkflow,
  referencePrefix: 'TJ',
  staffRoles: ['mediator', 'bureau_admin'],
  concluded: ['declined', 'agreed', 'failed', 'withdrawn', 'evaluated'],
  rateable: ['agreed', 'failed'],
  rated: 'evaluated',
  notices: { schedule: 'session_scheduled' },
});
