/**
 * The mediator's action forms: one model for every dialog, what each action asks for (the workflow's
 * `requires`, read from the definition the server enforces, checked before sending and again by the server),
 * the transition body it sends, and where a server error belongs — a field the API names, or the time fields
 * for a 409 `calendar_conflict`.
 */
import type { Schemas } from '@fawang/contract';
import type { FieldConflicts } from '@fawang/module-kit/casework';
import { maxLength, minLength, required, type FwRule, type FwRules } from '@fawang/ui';
import type { FieldOf } from '@fawang/workflow';
import { mediationWorkflow, type MediationAction } from '@fawang/workflow/mediation';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type ActionInput = Omit<Schemas['MediationTransitionInput'], 'action' | 'version'>;

export interface ActionModel {
  reason: string;
  committeeId: string;
  mediatorIds: string[];
  mode: 'onsite' | 'online';
  location: string;
  onlineUrl: string;
  /** `<input type="datetime-local">` values, local time: 2026-12-01T09:30. */
  startsAt: string;
  endsAt: string;
  attending: string[];
  /** One participant per line. */
  participants: string;
  terms: string[];
  performBy: string;
}

export const MAX_MEDIATORS = 5;
export const MAX_TERMS = 20;

export function emptyActionModel(participants: readonly string[] = []): ActionModel {
  return {
    reason: '',
    committeeId: '',
    mediatorIds: [],
    mode: 'onsite',
    location: '',
    onlineUrl: '',
    startsAt: '',
    endsAt: '',
    attending: [],
    participants: participants.join('\n'),
    terms: [''],
    performBy: '',
  };
}

/** An input a mediator's action can require: reason, committeeId, mediatorIds, session, agreement. */
export type ActionField = FieldOf<typeof mediationWorkflow.spec>;

/**
 * The inputs the action requires, as the workflow names them: a dialog shows exactly these fields, so an
 * action the workflow opens in a new state (transfer after acceptance) comes with its form.
 */
export function requiredFields(action: MediationAction): readonly ActionField[] {
  const spec = mediationWorkflow.spec.actions[action];
  return 'requires' in spec ? spec.requires : [];
}

/** Actions that require nothing (accept) go at once, without a dialog. */
export function needsDialog(action: MediationAction): boolean {
  return requiredFields(action).length > 0;
}

function check(test: (value: unknown, model: ActionModel) => boolean, message: string): FwRule {
  return (value, model) => (test(value, model as unknown as ActionModel) ? true : message);
}

export function actionRules(action: MediationAction, model: ActionModel, t: Translate): FwRules {
  const fields = requiredFields(action);
  const rules: FwRules = {};
  if (fields.includes('reason')) rules.reason = [required(), maxLength(1000)];
  if (fields.includes('committeeId')) rules.committeeId = [required()];
  if (fields.includes('mediatorIds')) {
    rules.mediatorIds = [check((value) => Array.isArray(value) && value.length >= 1 && value.length <= MAX_MEDIATORS, t('actions.mediatorsRequired'))];
  }
  if (fields.includes('session')) {
    rules.startsAt = [required()];
    rules.endsAt = [required(), check((value, form) => !form.startsAt || String(value) > form.startsAt, t('actions.endsBeforeStart'))];
    rules.attending = [check((value) => Array.isArray(value) && value.length > 0, t('actions.mediatorsRequired'))];
    if (model.mode === 'onsite') rules.location = [required(), maxLength(200)];
    else rules.onlineUrl = [required(), check((value) => /^https:\/\/\S+$/.test(String(value)), t('actions.onlineUrlInvalid'))];
  }
  if (fields.includes('agreement')) {
    model.terms.forEach((_, index) => {
      rules[`terms.${index}`] = [required(t('actions.termRequired')), minLength(2, t('actions.termRequired')), maxLength(500)];
    });
  }
  return rules;
}

/** A datetime-local value as an instant: the browser reads it in the mediator's own time zone. */
function instant(local: string): string {
  return new Date(local).toISOString();
}

export function actionInput(action: MediationAction, model: ActionModel): ActionInput {
  const fields = requiredFields(action);
  const input: ActionInput = {};
  if (fields.includes('committeeId')) input.committeeId = model.committeeId;
  if (fields.includes('reason')) input.reason = model.reason.trim();
  if (fields.includes('mediatorIds')) input.mediatorIds = [...model.mediatorIds];
  if (fields.includes('session')) {
    const participants = model.participants.split('\n').map((line) => line.trim()).filter(Boolean);
    input.session = {
      mode: model.mode,
      ...(model.mode === 'onsite' ? { location: model.location.trim() } : { onlineUrl: model.onlineUrl.trim() }),
      startsAt: instant(model.startsAt),
      endsAt: instant(model.endsAt),
      mediatorIds: [...model.attending],
      ...(participants.length ? { participants } : {}),
    };
  }
  if (fields.includes('agreement')) {
    input.agreement = { terms: model.terms.map((term) => term.trim()), ...(model.performBy ? { performBy: model.performBy } : {}) };
  }
  return input;
}

/** The 409s that are about the dialog's fields: a session clashing with another of a mediator's sessions is about its times. */
export const FIELD_CONFLICTS = { calendar_conflict: ['startsAt', 'endsAt'] } as const satisfies FieldConflicts;

/** The dialog field of an API error path (`session.startsAt` → `startsAt`, `agreement.terms.0` → `terms.0`). */
export function actionField(path: string): string | undefined {
  const session = /^session\.(startsAt|endsAt|location|onlineUrl|mediatorIds)$/.exec(path);
  if (session) return session[1] === 'mediatorIds' ? 'attending' : session[1];
  const agreement = /^agreement\.(terms\.\d+|performBy)$/.exec(path);
  if (agreement) return agreement[1];
  if (path === 'agreement.terms') return 'terms.0';
  return ['reason', 'committeeId', 'mediatorIds'].includes(path) ? path : undefined;
}
