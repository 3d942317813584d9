/**
 * What a case action's (a workflow transition's) refusal means to the page, decided once so every case
 * module answers it the same way. The kinds, not words: each module says them in its own messages.
 *
 * - `changed`: the case is not what the person saw — someone acted first (409 `version_conflict`) or its
 *   state no longer allows the action (409 `invalid_transition`, `invalid_state`). Reload the case, close
 *   the dialog and tell the person it changed: sending again would act on a case they have not seen.
 * - `fields`: the refusal belongs beside form fields — a 400 naming fields (`errors[].field`), or a 409 the
 *   caller binds to its fields (`calendar_conflict` → the session's times; each gets the server's message).
 *   Show it there and keep the form; if the form has none of the fields, show a general message instead.
 * - `failed`: anything else (403, 5xx, network, an unexpected 409): a general message with `message`.
 */
import { ApiError, type FieldError } from '@fawang/sdk';

export type CaseActionErrorKind = 'changed' | 'fields' | 'failed';

/** The classified error; `message` is the server's own explanation, for the general message. */
export type CaseActionError =
  | { kind: 'changed'; message: string }
  | { kind: 'fields'; message: string; fields: FieldError[] }
  | { kind: 'failed'; message: string };

/** 409 codes that mean the case changed underneath the person (see the contract's transition operations). */
export const CASE_CHANGED_CODES: readonly string[] = ['version_conflict', 'invalid_transition', 'invalid_state'];

/** A 409 code bound to the form fields it is about, e.g. `{ calendar_conflict: ['startsAt', 'endsAt'] }`. */
export type FieldConflicts = Readonly<Record<string, readonly string[]>>;

/** Someone saved a newer version first: the one 409 a versioned save (a case, a draft) reloads on. */
export function isVersionConflict(error: unknown): error is ApiError {
  return ApiError.isApiError(error) && error.status === 409 && error.code === 'version_conflict';
}

export function caseActionError(error: unknown, fieldConflicts: FieldConflicts = {}): CaseActionError {
  const message = error instanceof Error ? error.message : String(error);
  if (!ApiError.isApiError(error)) return { kind: 'failed', message };
  if (error.status === 409 && CASE_CHANGED_CODES.includes(error.code)) return { kind: 'changed', message };
  const bound = error.status === 409 ? fieldConflicts[error.code] : undefined;
  if (bound?.length) return { kind: 'fields', message, fields: bound.map((field) => ({ field, message, code: error.code })) };
  if (error.status === 400 && error.fields.length) return { kind: 'fields', message, fields: error.fields };
  return { kind: 'failed', message };
}
