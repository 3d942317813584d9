/**
 * A typed state machine for case workflows (办理流程): which actor kind may take which action from which
 * state, which fields the action needs, and which statutory clocks (法定时限) it starts or stops. The
 * definition is data; this module only interprets it, so legal aid, mediation and later modules share one
 * engine and one set of rules about what an invalid transition is.
 */
import { addDays, type DayCounting } from './days.js';

export interface ClockStart<Clock extends string = string, DaysKey extends string = string> {
  /** Which clock starts, e.g. 'decision'. */
  readonly kind: Clock;
  /** The key of the region's rules that holds the number of days, e.g. 'decideWithinDays'. */
  readonly days: DaysKey;
}

export interface ActionSpec {
  readonly from: readonly string[];
  readonly to: string;
  /** Actor kinds that may take the action, e.g. 'applicant' or 'officer'. */
  readonly actors: readonly string[];
  /** Input fields that must be present and non-blank, e.g. 'reason' or 'assignee'. */
  readonly requires?: readonly string[];
  readonly starts?: readonly ClockStart[];
  readonly stops?: readonly string[];
  /**
   * The action can be taken at most once per case — e.g. an objection (异议) to a refusal: once it is
   * rejected, the refusal is final although the state name is the same.
   */
  readonly once?: boolean;
}

export interface WorkflowSpec {
  readonly states: readonly string[];
  /** States no action leaves. */
  readonly final: readonly string[];
  readonly actions: Readonly<Record<string, ActionSpec>>;
}

export type StateOf<W extends WorkflowSpec> = W['states'][number];
export type ActionOf<W extends WorkflowSpec> = keyof W['actions'] & string;
type ActionSpecOf<W extends WorkflowSpec> = W['actions'][ActionOf<W>];
/** Distributes over the actions, so actions without the property add nothing instead of `unknown`. */
type Each<W extends WorkflowSpec, P extends keyof ActionSpec> =
  ActionSpecOf<W> extends infer X ? (X extends { readonly [K in P]: readonly (infer I)[] } ? I : never) : never;
export type ActorOf<W extends WorkflowSpec> = Each<W, 'actors'> & string;
export type ClockOf<W extends WorkflowSpec> = (Each<W, 'starts'> extends infer C ? (C extends ClockStart ? C['kind'] : never) : never) | (Each<W, 'stops'> & string);
export type DaysKeyOf<W extends WorkflowSpec> = Each<W, 'starts'> extends infer C ? (C extends ClockStart ? C['days'] : never) : never;
export type FieldOf<W extends WorkflowSpec> = Each<W, 'requires'> & string;

/** The region's day counts for each clock, and whether they are working or calendar days. */
export type DeadlineRules<DaysKey extends string> = { readonly dayCounting: DayCounting } & {
  readonly [K in DaysKey]: number;
};

export interface StartedDeadline<Clock extends string> {
  readonly kind: Clock;
  readonly dueAt: Date;
}

export interface Transition<W extends WorkflowSpec> {
  readonly action: ActionOf<W>;
  readonly from: StateOf<W>;
  readonly to: StateOf<W>;
  readonly deadlinesStarted: readonly StartedDeadline<ClockOf<W>>[];
  readonly deadlinesStopped: readonly ClockOf<W>[];
}

export type TransitionErrorCode = 'invalid_transition' | 'not_allowed' | 'missing_field';

/** Why an action cannot be taken. Returned, not thrown, so callers must handle each code. */
export class TransitionError extends Error {
  constructor(
    readonly code: TransitionErrorCode,
    message: string,
    /** The missing input field, for 'missing_field'. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'TransitionError';
  }
}

export interface Workflow<W extends WorkflowSpec> {
  readonly spec: W;
  /** Whether no action leaves `state` (declared final, or every way out already used). */
  isFinal(state: StateOf<W>, done?: readonly string[]): boolean;
  /**
   * Whether `actor` may take `action` in `state`. `done` lists the actions already taken on the case
   * (for `once` actions); fields are not checked here.
   */
  can(state: StateOf<W>, action: string, actor: string, done?: readonly string[]): boolean;
  /** The actions `actor` may take in `state`, in definition order — what a UI offers as buttons. */
  actionsFor(state: StateOf<W>, actor: string, done?: readonly string[]): ActionOf<W>[];
  /**
   * Checks the action and computes its effect: the new state and the clocks it starts (due dates from
   * `now` and the region's `rules`) and stops. Nothing is stored; the caller persists the result.
   */
  apply(
    state: StateOf<W>,
    action: string,
    actor: string,
    input: Readonly<Record<string, unknown>>,
    now: Date,
    rules: DeadlineRules<DaysKeyOf<W>>,
    done?: readonly string[],
  ): Transition<W> | TransitionError;
}

/** A required field counts as missing when absent, blank text or an empty list (no mediator chosen). */
function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Throws when the definition names a state it does not declare, so a typo fails at start-up, not in use. */
function validate(spec: WorkflowSpec): void {
  const states = new Set(spec.states);
  for (const state of spec.final) {
    if (!states.has(state)) throw new Error(`final state ${state} is not a declared state`);
  }
  for (const [name, action] of Object.entries(spec.actions)) {
    for (const state of [...action.from, action.to]) {
      if (!states.has(state)) throw new Error(`action ${name} names an undeclared state ${state}`);
    }
    const leavesFinal = action.from.find((state) => spec.final.includes(state));
    if (leavesFinal) throw new Error(`action ${name} leaves the final state ${leavesFinal}`);
  }
}

export function defineWorkflow<const W extends WorkflowSpec>(spec: W): Workflow<W> {
  validate(spec);
  const actions = spec.actions as Readonly<Record<string, ActionSpec>>;
  const lookup = (action: string): ActionSpec | undefined =>
    Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;

  /** The state check alone: the action exists, starts from `state` and, if `once`, was not taken yet. */
  function reachable(state: string, action: string, done: readonly string[]): ActionSpec | undefined {
    const def = lookup(action);
    if (!def || !def.from.includes(state)) return undefined;
    if (def.once && done.includes(action)) return undefined;
    return def;
  }

  const workflow: Workflow<W> = {
    spec,
    isFinal(state, done = []) {
      return spec.final.includes(state) || Object.keys(actions).every((action) => !reachable(state, action, done));
    },
    can(state, action, actor, done = []) {
      const def = reachable(state, action, done);
      return def !== undefined && def.actors.includes(actor);
    },
    actionsFor(state, actor, done = []) {
      return Object.keys(actions).filter((action) => workflow.can(state, action, actor, done)) as ActionOf<W>[];
    },
    apply(state, action, actor, input, now, rules, done = []) {
      const def = lookup(action);
      if (!def) return new TransitionError('invalid_transition', `unknown action ${action}`);
      // The actor kind is checked before the state: a kind that may never take the action learns nothing
      // about the case's state from the answer.
      if (!def.actors.includes(actor)) return new TransitionError('not_allowed', `${actor} may not ${action}`);
      if (!reachable(state, action, done)) {
        return new TransitionError('invalid_transition', `${action} is not possible in state ${state}`);
      }
      const missing = (def.requires ?? []).find((field) => blank(input[field]));
      if (missing) return new TransitionError('missing_field', `${action} requires ${missing}`, missing);
      const rulesByKey = rules as unknown as Readonly<Record<string, number | undefined>>;
      const transition = {
        action,
        from: state,
        to: def.to,
        deadlinesStarted: (def.starts ?? []).map((clock) => {
          const days = rulesByKey[clock.days];
          // The type demands every key; a profile loaded without one is a configuration error, not a zero.
          if (typeof days !== 'number') throw new Error(`the rules lack ${clock.days} for the ${clock.kind} clock`);
          return { kind: clock.kind, dueAt: addDays(now, days, rules.dayCounting) };
        }),
        deadlinesStopped: [...(def.stops ?? [])],
      };
      // Every string above was read from `spec`, whose literal types Transition<W> names.
      return transition as unknown as Transition<W>;
    },
  };

  return workflow;
}
