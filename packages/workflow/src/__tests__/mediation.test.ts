import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MEDIATION_ACTIONS,
  MEDIATION_CLOCKS,
  MEDIATION_STATES,
  mediationWorkflow,
  type MediationAction,
  type MediationActor,
  type MediationState,
} from '../mediation.js';
import { TransitionError } from '../workflow.js';

const wf = mediationWorkflow;
const rules = { acceptWithinDays: 3, concludeWithinDays: 30, dayCounting: 'working' } as const;
const friday = new Date('2026-11-20T10:00:00Z');
const input = {
  reason: '双方同意',
  committeeId: '00000000-0000-4000-8000-000000000001',
  mediatorIds: ['00000000-0000-4000-8000-0000000000aa'],
  session: { startsAt: '2026-11-23T09:00:00+08:00' },
  agreement: { terms: ['甲方向乙方赔偿 3000 元'] },
};
const ACTORS: MediationActor[] = ['applicant', 'mediator'];

/** The allowed transitions, written out independently of the definition: [from, action, actor, to]. */
const ALLOWED: [MediationState, MediationAction, MediationActor, MediationState][] = [
  ['draft', 'submit', 'applicant', 'submitted'],
  ['submitted', 'transfer', 'mediator', 'submitted'],
  ['accepted', 'transfer', 'mediator', 'submitted'],
  ['assigned', 'transfer', 'mediator', 'submitted'],
  ['submitted', 'accept', 'mediator', 'accepted'],
  ['submitted', 'decline', 'mediator', 'declined'],
  ['accepted', 'assign', 'mediator', 'assigned'],
  ['assigned', 'assign', 'mediator', 'assigned'],
  ['in_mediation', 'assign', 'mediator', 'assigned'],
  ['assigned', 'schedule', 'mediator', 'in_mediation'],
  ['in_mediation', 'schedule', 'mediator', 'in_mediation'],
  ['in_mediation', 'record_agreement', 'mediator', 'agreed'],
  ['in_mediation', 'record_failure', 'mediator', 'failed'],
  ['submitted', 'record_withdrawal', 'mediator', 'withdrawn'],
  ['accepted', 'record_withdrawal', 'mediator', 'withdrawn'],
  ['assigned', 'record_withdrawal', 'mediator', 'withdrawn'],
  ['in_mediation', 'record_withdrawal', 'mediator', 'withdrawn'],
  ['draft', 'withdraw', 'applicant', 'withdrawn'],
  ['submitted', 'withdraw', 'applicant', 'withdrawn'],
  ['accepted', 'withdraw', 'applicant', 'withdrawn'],
  ['assigned', 'withdraw', 'applicant', 'withdrawn'],
  ['in_mediation', 'withdraw', 'applicant', 'withdrawn'],
];

describe('the people\'s-mediation workflow', () => {
  it('lists its states, actions and clocks in MEDIATION_STATES, MEDIATION_ACTIONS and MEDIATION_CLOCKS', () => {
    expect(wf.spec.states).toEqual(MEDIATION_STATES);
    expect(MEDIATION_ACTIONS).toEqual(Object.keys(wf.spec.actions));
    const clocks = Object.values(wf.spec.actions).flatMap((a) => [...('starts' in a ? a.starts.map((c) => c.kind) : []), ...('stops' in a ? a.stops : [])]);
    expect([...new Set(clocks)].sort()).toEqual([...MEDIATION_CLOCKS].sort());
  });

  it.each(ALLOWED)('%s → %s by %s → %s', (from, action, actor, to) => {
    const result = wf.apply(from, action, actor, input, friday, rules);
    expect(result).not.toBeInstanceOf(TransitionError);
    expect(result).toMatchObject({ from, to, action });
  });

  it('rejects every other (state, action, actor) combination', () => {
    const allowed = new Set(ALLOWED.map(([from, action, actor]) => `${from}|${action}|${actor}`));
    let rejected = 0;
    for (const state of MEDIATION_STATES) {
      for (const action of MEDIATION_ACTIONS) {
        for (const actor of ACTORS) {
          if (allowed.has(`${state}|${action}|${actor}`)) continue;
          const result = wf.apply(state, action, actor, input, friday, rules);
          expect(result, `${state} ${action} ${actor}`).toBeInstanceOf(TransitionError);
          rejected++;
        }
      }
    }
    expect(rejected).toBe(MEDIATION_STATES.length * MEDIATION_ACTIONS.length * ACTORS.length - ALLOWED.length);
  });

  it('names the missing field, and an empty list of mediators counts as missing', () => {
    const cases: [MediationState, MediationAction, string][] = [
      ['submitted', 'transfer', 'committeeId'],
      ['assigned', 'transfer', 'committeeId'],
      ['submitted', 'decline', 'reason'],
      ['accepted', 'assign', 'mediatorIds'],
      ['assigned', 'schedule', 'session'],
      ['in_mediation', 'record_agreement', 'agreement'],
      ['in_mediation', 'record_failure', 'reason'],
      ['accepted', 'record_withdrawal', 'reason'],
    ];
    for (const [state, action, field] of cases) {
      expect(wf.apply(state, action, 'mediator', { mediatorIds: [] }, friday, rules)).toMatchObject({ code: 'missing_field', field });
    }
  });

  it('starts the answer clock on filing and on transfer, and the conclusion clock on acceptance', () => {
    // Friday + 3 working days is Wednesday; + 30 working days is six weeks later, 2027-01-01 (a Friday).
    expect(wf.apply('draft', 'submit', 'applicant', {}, friday, rules)).toMatchObject({
      deadlinesStarted: [{ kind: 'acceptance', dueAt: new Date('2026-11-25T10:00:00Z') }],
    });
    // A transfer names both clocks: whichever runs (acceptance before, conclusion after acceptance) stops.
    for (const from of ['submitted', 'accepted', 'assigned'] as const) {
      expect(wf.apply(from, 'transfer', 'mediator', input, friday, rules), from).toMatchObject({
        to: 'submitted',
        deadlinesStopped: ['acceptance', 'conclusion'],
        deadlinesStarted: [{ kind: 'acceptance', dueAt: new Date('2026-11-25T10:00:00Z') }],
      });
    }
    expect(wf.apply('submitted', 'accept', 'mediator', {}, friday, rules)).toMatchObject({
      deadlinesStopped: ['acceptance'],
      deadlinesStarted: [{ kind: 'conclusion', dueAt: new Date('2027-01-01T10:00:00Z') }],
    });
    expect(wf.apply('in_mediation', 'record_agreement', 'mediator', input, friday, rules)).toMatchObject({ deadlinesStopped: ['conclusion'] });
  });

  it('offers each actor the buttons of the state', () => {
    expect(wf.actionsFor('submitted', 'mediator')).toEqual(['transfer', 'accept', 'decline', 'record_withdrawal']);
    expect(wf.actionsFor('accepted', 'mediator')).toEqual(['transfer', 'assign', 'record_withdrawal']);
    expect(wf.actionsFor('assigned', 'mediator')).toEqual(['transfer', 'assign', 'schedule', 'record_withdrawal']);
    expect(wf.actionsFor('in_mediation', 'mediator')).toEqual(['assign', 'schedule', 'record_agreement', 'record_failure', 'record_withdrawal']);
    expect(wf.actionsFor('in_mediation', 'applicant')).toEqual(['withdraw']);
    expect(wf.actionsFor('agreed', 'applicant')).toEqual([]);
  });

  it('leaves the mediator no dead end: every filed, open state has an action, transfer where a committee may be unable to act', () => {
    // A draft is the applicant's alone (staff never see it); every other state that is not final is the committee's to move.
    const filedOpen = MEDIATION_STATES.filter((state) => state !== 'draft' && !wf.isFinal(state));
    expect(filedOpen).toEqual(['submitted', 'accepted', 'assigned', 'in_mediation']);
    for (const state of filedOpen) {
      // Not only recording that the parties withdrew: the mediator can move the case on without them.
      expect(wf.actionsFor(state, 'mediator').filter((action) => action !== 'record_withdrawal'), state).not.toEqual([]);
    }
    // Where a committee may find it cannot act (no active mediator to assign or to hold a session), it hands the case on.
    for (const state of ['submitted', 'accepted', 'assigned'] as const) expect(wf.can(state, 'transfer', 'mediator'), state).toBe(true);
    expect(wf.can('in_mediation', 'transfer', 'mediator')).toBe(false);
    expect(wf.can('accepted', 'transfer', 'applicant')).toBe(false);
  });

  it('property: no sequence of actions leads out of a final state', () => {
    const step = fc.record({ action: fc.constantFrom(...MEDIATION_ACTIONS), actor: fc.constantFrom(...ACTORS) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state: MediationState = 'draft';
        for (const { action, actor } of steps) {
          const wasFinal = wf.isFinal(state);
          const result = wf.apply(state, action, actor, input, friday, rules);
          if (wasFinal) expect(result).toBeInstanceOf(TransitionError);
          if (!(result instanceof TransitionError)) state = result.to;
        }
      }),
    );
  });
});
