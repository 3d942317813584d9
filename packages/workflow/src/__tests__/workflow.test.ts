import { describe, expect, it } from 'vitest';
import { defineWorkflow, TransitionError } from '../workflow.js';

const rules = { dayCounting: 'calendar', replyWithinDays: 2 } as const;
const now = new Date('2026-11-20T10:00:00Z');

const ticket = defineWorkflow({
  states: ['open', 'answered', 'done'],
  final: ['done'],
  actions: {
    answer: { from: ['open'], to: 'answered', actors: ['clerk'], requires: ['text'], stops: ['reply'] },
    reopen: { from: ['answered'], to: 'open', actors: ['client'], once: true, starts: [{ kind: 'reply', days: 'replyWithinDays' }] },
    finish: { from: ['open', 'answered'], to: 'done', actors: ['clerk', 'client'] },
  },
});

describe('defineWorkflow', () => {
  it('rejects a definition that names an undeclared state or leaves a final one', () => {
    expect(() => defineWorkflow({ states: ['a'], final: [], actions: { go: { from: ['a'], to: 'b', actors: ['x'] } } })).toThrow(
      /undeclared state b/,
    );
    expect(() => defineWorkflow({ states: ['a'], final: ['a'], actions: { go: { from: ['a'], to: 'a', actors: ['x'] } } })).toThrow(
      /leaves the final state a/,
    );
    expect(() => defineWorkflow({ states: ['a'], final: ['z'], actions: {} })).toThrow(/final state z/);
  });

  it('answers can() by state, actor and once-actions already taken', () => {
    expect(ticket.can('open', 'answer', 'clerk')).toBe(true);
    expect(ticket.can('open', 'answer', 'client')).toBe(false);
    expect(ticket.can('answered', 'answer', 'clerk')).toBe(false);
    expect(ticket.can('answered', 'reopen', 'client')).toBe(true);
    expect(ticket.can('answered', 'reopen', 'client', ['answer', 'reopen'])).toBe(false);
    expect(ticket.can('open', 'toString', 'clerk')).toBe(false);
  });

  it('lists the actions an actor may take, in definition order', () => {
    expect(ticket.actionsFor('open', 'clerk')).toEqual(['answer', 'finish']);
    expect(ticket.actionsFor('answered', 'client')).toEqual(['reopen', 'finish']);
    expect(ticket.actionsFor('answered', 'client', ['reopen'])).toEqual(['finish']);
    expect(ticket.actionsFor('done', 'clerk')).toEqual([]);
  });

  it('applies an action with its clocks', () => {
    expect(ticket.apply('answered', 'reopen', 'client', {}, now, rules)).toEqual({
      action: 'reopen',
      from: 'answered',
      to: 'open',
      deadlinesStarted: [{ kind: 'reply', dueAt: new Date('2026-11-22T10:00:00Z') }],
      deadlinesStopped: [],
    });
    expect(ticket.apply('open', 'answer', 'clerk', { text: 'ok' }, now, rules)).toMatchObject({ to: 'answered', deadlinesStopped: ['reply'] });
  });

  it('returns a typed error for an unknown action, a wrong actor, a wrong state and a missing field', () => {
    const codes = [
      ticket.apply('open', 'fly', 'clerk', {}, now, rules),
      ticket.apply('open', 'answer', 'client', { text: 'x' }, now, rules),
      ticket.apply('done', 'answer', 'clerk', { text: 'x' }, now, rules),
      ticket.apply('answered', 'reopen', 'client', {}, now, rules, ['reopen']),
      ticket.apply('open', 'answer', 'clerk', { text: '  ' }, now, rules),
    ].map((result) => (result instanceof TransitionError ? result.code : 'ok'));
    expect(codes).toEqual(['invalid_transition', 'not_allowed', 'invalid_transition', 'invalid_transition', 'missing_field']);
    const missing = ticket.apply('open', 'answer', 'clerk', {}, now, rules);
    expect(missing).toBeInstanceOf(TransitionError);
    expect((missing as TransitionError).field).toBe('text');
  });

  it('treats a declared final state, and a state whose ways out are used up, as final', () => {
    expect(ticket.isFinal('done')).toBe(true);
    expect(ticket.isFinal('open')).toBe(false);
  });

  it('refuses rules that lack a clock length', () => {
    expect(() => ticket.apply('answered', 'reopen', 'client', {}, now, { dayCounting: 'calendar' } as typeof rules)).toThrow(
      /lack replyWithinDays/,
    );
  });
});
