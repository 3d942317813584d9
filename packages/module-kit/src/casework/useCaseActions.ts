/**
 * The behaviour of a case's action buttons, the same for every case module and for staff and applicants:
 * which actions the workflow offers the actor in the case's state (once-only actions already taken are
 * left out), whether an action opens a dialog (it `requires` fields) or runs at once, the request with the
 * version the person saw, and the refusal policy (`caseActionError`): field refusals go beside the fields
 * (`showFieldErrors`, by default the open dialog's `showServerErrors`) and keep the form; anything else
 * closes the dialog and is returned for the caller to word.
 */
import { computed, ref, type ComputedRef, type Ref } from 'vue';
import type { FieldError } from '@fawang/sdk';
import { caseActionError, type CaseActionError, type FieldConflicts } from './actionErrors.js';
import type { CaseUi } from './caseWords.js';

/** What the actions need of a case. */
export interface CaseActionSubject {
  id: string;
  version: number;
  status: string;
  /** Its history, for once-only actions (an objection): the actions already taken. */
  history?: readonly { action?: string | null }[];
}

/** The SDK's transition mutation (`useTransitionLegalAidApplication()`, `useTransitionMediationCase()`). */
export interface CaseTransition<Body extends { action: string; version: number }, Result> {
  mutateAsync: (variables: { id: string; body: Body }) => Promise<Result>;
  isPending: Readonly<Ref<boolean>>;
  variables: Readonly<Ref<{ id: string; body: Body } | undefined>>;
}

/** A dialog that can show the server's field refusals beside its fields (false: none is its own). */
export interface CaseActionForm {
  showServerErrors: (fields: FieldError[]) => Promise<boolean>;
}

export type CaseActionOutcome<Result> = { kind: 'done'; result: Result } | { kind: 'shown' } | CaseActionError;

export interface CaseActionsOptions<Action extends string, Body extends { action: string; version: number }, Result> {
  ui: CaseUi;
  /** The workflow's actor kind: 'officer', 'mediator', 'applicant'. */
  actor: string;
  subject: () => CaseActionSubject;
  transition: CaseTransition<Body, Result>;
  /** 409 codes that belong beside form fields (`{ calendar_conflict: ['startsAt', 'endsAt'] }`). */
  fieldConflicts?: FieldConflicts;
  /** Only these of the actor's actions (an applicant's page offers some of them). */
  only?: readonly Action[];
  /** Where field refusals go when the action has no dialog of the bar (an inline form). */
  showFieldErrors?: (action: Action, fields: FieldError[]) => Promise<boolean>;
}

export interface CaseActions<Action extends string, Body extends { action: string; version: number }, Result> {
  actions: ComputedRef<Action[]>;
  /** The action whose dialog is open. */
  current: Ref<Action | null>;
  /** `v-model:open` of the current action's dialog. */
  dialogOpen: Ref<boolean>;
  /** A function ref for the dialog, so field refusals can be shown in it. */
  dialogRef: (form: unknown) => void;
  /** The action being sent, for its button's loading state. */
  pending: ComputedRef<Action | undefined>;
  busy: ComputedRef<boolean>;
  /** A button was pressed: open its dialog, or send it at once. */
  choose: (action: Action) => Promise<CaseActionOutcome<Result> | undefined>;
  /** Sends the action with its input and the version shown. */
  run: (action: Action, input?: Omit<Body, 'action' | 'version'>) => Promise<CaseActionOutcome<Result>>;
}

export function useCaseActions<Action extends string, Body extends { action: string; version: number }, Result>(
  options: CaseActionsOptions<Action, Body, Result>,
): CaseActions<Action, Body, Result> {
  const { ui, actor, subject, transition } = options;
  const actions = computed(() => {
    const { status, history = [] } = subject();
    const done = history.flatMap((entry) => (entry.action ? [entry.action] : []));
    const offered = ui.workflow.actionsFor(status as never, actor, done) as Action[];
    return options.only ? offered.filter((action) => options.only!.includes(action)) : offered;
  });
  const current = ref<Action | null>(null) as Ref<Action | null>;
  const dialogOpen = computed({
    get: () => current.value !== null,
    set: (open: boolean) => {
      if (!open) current.value = null;
    },
  });
  let form: CaseActionForm | null = null;
  const dialogRef = (instance: unknown) => {
    form = instance && typeof (instance as CaseActionForm).showServerErrors === 'function' ? (instance as CaseActionForm) : null;
  };
  const pending = computed(() => (transition.isPending.value ? (transition.variables.value?.body.action as Action | undefined) : undefined));
  const busy = computed(() => transition.isPending.value);

  async function showFields(action: Action, fields: FieldError[]): Promise<boolean> {
    if (current.value === action && form) return form.showServerErrors(fields);
    return options.showFieldErrors ? options.showFieldErrors(action, fields) : false;
  }

  async function run(action: Action, input?: Omit<Body, 'action' | 'version'>): Promise<CaseActionOutcome<Result>> {
    const { id, version } = subject();
    try {
      const result = await transition.mutateAsync({ id, body: { action, version, ...input } as unknown as Body });
      current.value = null;
      return { kind: 'done', result };
    } catch (error) {
      const refusal = caseActionError(error, options.fieldConflicts);
      if (refusal.kind === 'fields' && (await showFields(action, refusal.fields))) return { kind: 'shown' };
      current.value = null;
      return refusal;
    }
  }

  async function choose(action: Action): Promise<CaseActionOutcome<Result> | undefined> {
    if (ui.requires(action).length) {
      current.value = action;
      return undefined;
    }
    return run(action);
  }

  return { actions, current, dialogOpen, dialogRef, pending, busy, choose, run };
}
