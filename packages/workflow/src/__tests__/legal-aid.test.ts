import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGAL_AID_ACTIONS, LEGAL_AID_CLOCKS, legalAidWorkflow, type LegalAidAction, type LegalAidActor, type LegalAidState } from '../legal-aid.js';
import { TransitionError } from '../workflow.js';

const wf = legalAidWorkflow;
const rules = { decideWithinDays: 7, assignWithinDays: 3, objectionReviewWithinDays: 5, dayCounting: 'working' } as const;
const friday = new Date('2026-11-20T10:00:00Z');
const input = { reason: '材料不全', material: '收入证明', assignee: { kind: 'lawyer', name: '王律师' }, outcome: '调解结案' };
const ACTORS: LegalAidActor[] = ['applicant', 'officer'];

/** The allowed transitions, written out independently of the definition: [from, action, actor, to]. */
const ALLOWED: [LegalAidState, LegalAidAction, LegalAidActor, LegalAidState][] = [
  ['draft', 'submit', 'applicant', 'submitted'],
  ['submitted', 'start_review', 'officer', 'under_review'],
  ['submitted', 'request_material', 'officer', 'needs_material'],
  ['under_review', 'request_material', 'officer', 'needs_material'],
  ['needs_material', 'provide_material', 'applicant', 'under_review'],
  ['under_review', 'approve', 'officer', 'approved'],
  ['under_review', 'refuse', 'officer', 'refused'],
  ['refused', 'object', 'applicant', 'objected'],
  ['objected', 'uphold_objection', 'officer', 'approved'],
  ['objected', 'reject_objection', 'officer', 'refused'],
  ['approved', 'assign', 'officer', 'assigned'],
  ['assigned', 'start', 'officer', 'in_progress'],
  ['in_progress', 'close', 'officer', 'closed'],
  ['draft', 'withdraw', 'applicant', 'withdrawn'],
  ['submitted', 'withdraw', 'applicant', 'withdrawn'],
  ['under_review', 'withdraw', 'applicant', 'withdrawn'],
  ['needs_material', 'withdraw', 'applicant', 'withdrawn'],
];

describe('the legal-aid workflow', () => {
  it('lists its actions and clocks in LEGAL_AID_ACTIONS and LEGAL_AID_CLOCKS', () => {
    expect(LEGAL_AID_ACTIONS).toEqual(Object.keys(wf.spec.actions));
    const clocks = Object.values(wf.spec.actions).flatMap((a) => [...('starts' in a ? a.starts.map((c) => c.kind) : []), ...('stops' in a ? a.stops : [])]);
    expect([...new Set(clocks)].sort()).toEqual([...LEGAL_AID_CLOCKS].sort());
  });

  it.each(ALLOWED)('%s → %s by %s → %s', (from, action, actor, to) => {
    const result = wf.apply(from, action, actor, input, friday, rules);
    expect(result).not.toBeInstanceOf(TransitionError);
    expect(result).toMatchObject({ from, to, action });
  });

  it('rejects every other (state, action, actor) combination', () => {
    const allowed = new Set(ALLOWED.map(([from, action, actor]) => `${from}|${action}|${actor}`));
    let rejected = 0;
    for (const state of wf.spec.states) {
      for (const action of LEGAL_AID_ACTIONS) {
        for (const actor of ACTORS) {
          if (allowed.has(`${state}|${action}|${actor}`)) continue;
          const result = wf.apply(state, action, actor, input, friday, rules);
          expect(result, `${state} ${action} ${actor}`).toBeInstanceOf(TransitionError);
          expect(['invalid_transition', 'not_allowed']).toContain((result as TransitionError).code);
          rejected++;
        }
      }
    }
    expect(rejected).toBe(wf.spec.states.length * LEGAL_AID_ACTIONS.length * ACTORS.length - ALLOWED.length);
  });

  it('names the missing field', () => {
    const cases: [LegalAidState, LegalAidAction, string][] = [
      ['under_review', 'request_material', 'reason'],
      ['needs_material', 'provide_material', 'material'],
      ['under_review', 'refuse', 'reason'],
      ['objected', 'reject_objection', 'reason'],
      ['approved', 'assign', 'assignee'],
      ['in_progress', 'close', 'outcome'],
    ];
    for (const [state, action, field] of cases) {
      const actor = wf.spec.actions[action].actors[0];
      const result = wf.apply(state, action, actor, { reason: '' }, friday, rules);
      expect(result).toBeInstanceOf(TransitionError);
      expect(result).toMatchObject({ code: 'missing_field', field });
    }
    expect(wf.apply('refused', 'object', 'applicant', {}, friday, rules)).toMatchObject({ code: 'missing_field', field: 'reason' });
  });

  it('reports a wrong actor kind as not_allowed, whatever the state', () => {
    expect(wf.apply('under_review', 'approve', 'applicant', {}, friday, rules)).toMatchObject({ code: 'not_allowed' });
    expect(wf.apply('closed', 'approve', 'applicant', {}, friday, rules)).toMatchObject({ code: 'not_allowed' });
    expect(wf.apply('refused', 'object', 'officer', input, friday, rules)).toMatchObject({ code: 'not_allowed' });
  });

  it('computes the clocks in working days from the region rules', () => {
    // Friday + 7 working days is the Tuesday after next; + 3 is Wednesday; + 5 is the next Friday.
    expect(wf.apply('draft', 'submit', 'applicant', {}, friday, rules)).toMatchObject({
      deadlinesStarted: [{ kind: 'decision', dueAt: new Date('2026-12-01T10:00:00Z') }],
      deadlinesStopped: [],
    });
    expect(wf.apply('under_review', 'approve', 'officer', {}, friday, rules)).toMatchObject({
      deadlinesStarted: [{ kind: 'assignment', dueAt: new Date('2026-11-25T10:00:00Z') }],
      deadlinesStopped: ['decision'],
    });
    expect(wf.apply('refused', 'object', 'applicant', input, friday, rules)).toMatchObject({
      deadlinesStarted: [{ kind: 'objection_review', dueAt: new Date('2026-11-27T10:00:00Z') }],
    });
    expect(wf.apply('draft', 'submit', 'applicant', {}, friday, { ...rules, dayCounting: 'calendar' })).toMatchObject({
      deadlinesStarted: [{ kind: 'decision', dueAt: new Date('2026-11-27T10:00:00Z') }],
    });
  });

  it('suspends the decision clock while material is missing and restarts it when it arrives', () => {
    expect(wf.apply('under_review', 'request_material', 'officer', input, friday, rules)).toMatchObject({
      deadlinesStarted: [],
      deadlinesStopped: ['decision'],
    });
    expect(wf.apply('needs_material', 'provide_material', 'applicant', input, friday, rules)).toMatchObject({
      deadlinesStarted: [{ kind: 'decision' }],
    });
  });

  it('allows one objection only: a refusal upheld after objection is final', () => {
    expect(wf.actionsFor('refused', 'applicant')).toEqual(['object']);
    expect(wf.actionsFor('refused', 'applicant', ['submit', 'refuse', 'object', 'reject_objection'])).toEqual([]);
    expect(wf.isFinal('refused', ['object'])).toBe(true);
    expect(wf.isFinal('refused')).toBe(false);
  });

  it('offers each actor the buttons of the state', () => {
    expect(wf.actionsFor('under_review', 'officer')).toEqual(['request_material', 'approve', 'refuse']);
    expect(wf.actionsFor('under_review', 'applicant')).toEqual(['withdraw']);
    expect(wf.actionsFor('objected', 'officer')).toEqual(['uphold_objection', 'reject_objection']);
  });

  it('property: no sequence of actions leads out of a final position', () => {
    const step = fc.record({ action: fc.constantFrom(...LEGAL_AID_ACTIONS), actor: fc.constantFrom(...ACTORS) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state: LegalAidState = 'draft';
        const done: LegalAidAction[] = [];
        let final = false;
        for (const { action, actor } of steps) {
          const result = wf.apply(state, action, actor, input, friday, rules, done);
          if (final) {
            expect(result).toBeInstanceOf(TransitionError);
            continue;
          }
          if (result instanceof TransitionError) continue;
          state = result.to;
          done.push(result.action);
          final = wf.isFinal(state, done);
        }
        if (['closed', 'withdrawn'].includes(state) || (state === 'refused' && done.includes('reject_objection'))) {
          expect(final).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reaches every declared state except evaluated, which evaluations (好差评) sets', () => {
    const seen = new Set<LegalAidState>(['draft']);
    const queue: LegalAidState[] = ['draft'];
    while (queue.length) {
      const state = queue.shift()!;
      for (const action of LEGAL_AID_ACTIONS) {
        const to = ACTORS.some((actor) => wf.can(state, action, actor)) ? wf.spec.actions[action].to : undefined;
        if (to && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect(wf.spec.states.filter((state) => !seen.has(state))).toEqual(['evaluated']);
  });
});
