import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '@fawang/sdk';
import { caseActionError, isVersionConflict } from '../actionErrors.js';

const apiError = (status: number, code: string, extra: Partial<Problem> = {}) =>
  new ApiError(status, code, { type: 'about:blank', title: code, status, code, detail: `${code} detail`, ...extra });

const calendar = { calendar_conflict: ['startsAt', 'endsAt'] } as const;

describe('caseActionError', () => {
  it('calls a version conflict or a transition the state no longer allows a changed case', () => {
    for (const code of ['version_conflict', 'invalid_transition', 'invalid_state']) {
      expect(caseActionError(apiError(409, code), calendar), code).toEqual({ kind: 'changed', message: `${code} detail` });
    }
  });

  it('puts a 400 naming fields beside those fields', () => {
    const fields = [{ field: 'body.assignee.practitionerId', message: 'not on the roster', code: 'not_on_roster' }];
    expect(caseActionError(apiError(400, 'validation_failed', { errors: fields }))).toEqual({ kind: 'fields', message: 'validation_failed detail', fields });
  });

  it('binds a 409 the caller names to its fields, with the server message on each', () => {
    expect(caseActionError(apiError(409, 'calendar_conflict'), calendar)).toEqual({
      kind: 'fields',
      message: 'calendar_conflict detail',
      fields: [
        { field: 'startsAt', message: 'calendar_conflict detail', code: 'calendar_conflict' },
        { field: 'endsAt', message: 'calendar_conflict detail', code: 'calendar_conflict' },
      ],
    });
  });

  it('calls anything else a general failure: unbound 409s, a 400 without fields, 403, 5xx, network and non-API errors', () => {
    expect(caseActionError(apiError(409, 'calendar_conflict')).kind).toBe('failed');
    expect(caseActionError(apiError(409, 'too_many_documents'), calendar).kind).toBe('failed');
    expect(caseActionError(apiError(400, 'validation_failed')).kind).toBe('failed');
    // A code bound to fields counts only as a 409: another status with that code is not about the fields.
    expect(caseActionError(apiError(400, 'calendar_conflict'), calendar).kind).toBe('failed');
    expect(caseActionError(apiError(403, 'forbidden'))).toEqual({ kind: 'failed', message: 'forbidden detail' });
    expect(caseActionError(apiError(500, 'internal')).kind).toBe('failed');
    expect(caseActionError(ApiError.network(new Error('offline')))).toEqual({ kind: 'failed', message: 'offline' });
    expect(caseActionError(new Error('boom'))).toEqual({ kind: 'failed', message: 'boom' });
    expect(caseActionError('boom')).toEqual({ kind: 'failed', message: 'boom' });
  });
});

describe('isVersionConflict', () => {
  it('is true only for a 409 version_conflict', () => {
    expect(isVersionConflict(apiError(409, 'version_conflict'))).toBe(true);
    expect(isVersionConflict(apiError(409, 'invalid_transition'))).toBe(false);
    expect(isVersionConflict(apiError(400, 'version_conflict'))).toBe(false);
    expect(isVersionConflict(new Error('version_conflict'))).toBe(false);
  });
});
