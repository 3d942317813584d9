/**
 * A case module's workflow as the casework pieces read it, its words (one key convention for every case
 * module, typed by the workflow's literal states and actions) and how each status and action looks.
 *
 * Key convention of a case module's messages (per locale):
 * - `statuses.<state>` — every state of the workflow;
 * - `actions.names.<action>` — every action of the workflow;
 * - `actions.heading`, `actions.none`, `actions.confirm`, `actions.cancel`, `actions.dialogDescription`
 *   (`{reference}`), `actions.done` (`{action}`), `actions.conflict`, `actions.failed` (`{message}`) — the
 *   workbench action bar's words.
 * `defineCaseWords(workflow, messages)` checks the messages against the workflow: a state or action without
 * a name fails the typecheck.
 */
import type { FwStatusTone } from '@fawang/ui';

/**
 * What the pieces need of a workflow; `@fawang/workflow`'s `Workflow` fits it (the kit does not depend on
 * the engine: a module passes its own).
 */
export interface AnyCaseWorkflow {
  readonly spec: { readonly states: readonly string[]; readonly actions: object };
  // A method, so that a workflow whose `state` parameter is its own literal union still fits.
  actionsFor(state: never, actor: string, done?: readonly string[]): string[];
}

export type CaseStateOf<F extends AnyCaseWorkflow> = F['spec']['states'][number];
export type CaseActionOf<F extends AnyCaseWorkflow> = keyof F['spec']['actions'] & string;

/** The words every case module has, keyed by its workflow (see the key convention above). */
export interface CaseWords<F extends AnyCaseWorkflow> {
  statuses: Record<CaseStateOf<F>, string>;
  actions: {
    names: Record<CaseActionOf<F>, string>;
    heading: string;
    none: string;
    confirm: string;
    cancel: string;
    dialogDescription: string;
    done: string;
    conflict: string;
    failed: string;
  };
}

export type CaseLocales = 'zh-CN' | 'en';

/**
 * A module's messages, checked to hold the case words for its workflow in zh-CN and en; returned as given
 * (the module's other keys stay as they are).
 */
export function defineCaseWords<F extends AnyCaseWorkflow, const M extends Record<CaseLocales, CaseWords<F>>>(workflow: F, messages: M): M {
  void workflow;
  return messages;
}

/** How an action's button looks: the workflow's decisive actions are primary, refusals danger, the rest secondary. */
export type CaseActionVariant = 'primary' | 'danger' | 'secondary';

/** A case module's workflow with its look: status tones and action variants. */
export interface CaseUi<F extends AnyCaseWorkflow = AnyCaseWorkflow> {
  readonly workflow: F;
  /** The tone of a status badge (info when the module names none). */
  tone(status: string): FwStatusTone;
  /** The variant of an action's button (secondary when the module names none). */
  variant(action: string): CaseActionVariant;
  /** The fields an action requires (the workflow's `requires`): none means it runs at once, without a dialog. */
  requires(action: string): readonly string[];
}

export function defineCaseUi<F extends AnyCaseWorkflow>(
  workflow: F,
  look: { tones: Partial<Record<CaseStateOf<F>, FwStatusTone>>; variants?: Partial<Record<CaseActionOf<F>, CaseActionVariant>> },
): CaseUi<F> {
  const tones = look.tones as Partial<Record<string, FwStatusTone>>;
  const variants = (look.variants ?? {}) as Partial<Record<string, CaseActionVariant>>;
  const actions = workflow.spec.actions as Record<string, { readonly requires?: readonly string[] } | undefined>;
  return {
    workflow,
    tone: (status) => tones[status] ?? 'info',
    variant: (action) => variants[action] ?? 'secondary',
    requires: (action) => (Object.prototype.hasOwnProperty.call(actions, action) ? (actions[action]?.requires ?? []) : []),
  };
}
