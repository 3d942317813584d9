/**
 * The one error type the SDK throws. It is built from the server's problem+json (RFC 9457) so that
 * vue-query, forms and error pages can all read the same fields: `status`, machine `code`, and the
 * failing `fields` (e.g. `body.applicant.idNumber`).
 */
import type { Schemas } from '@fawang/contract';

export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }

  /** Field errors as sent by the server, in order. */
  get fields(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /**
   * The first error for a field, matched on the field path without its location prefix, so a form can ask
   * for `applicant.idNumber` whether the server said `body.applicant.idNumber` or not.
   */
  fieldError(path: string): FieldError | undefined {
    return this.fields.find((e) => e.field === path || e.field.replace(/^(body|query|path|header)\./, '') === path);
  }

  /** Client mistakes (4xx) are shown to the user; anything else is "try again later". */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }

  static isApiError(value: unknown): value is ApiError {
    return value instanceof ApiError;
  }

  /** Builds the error from a failed response; a body that is not problem+json still yields a usable error. */
  static fromResponse(response: Response, body: unknown): ApiError {
    if (isProblem(body)) return new ApiError(response.status, body.code, body);
    const title = response.statusText || `HTTP ${response.status}`;
    return new ApiError(response.status, `http_${response.status}`, { type: 'about:blank', title, status: response.status, code: `http_${response.status}` });
  }

  /** No response at all (offline, DNS, CORS): status 0 so callers can tell it from a server answer. */
  static network(cause: unknown): ApiError {
    const error = new ApiError(0, 'network_error', {
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      code: 'network_error',
      detail: cause instanceof Error ? cause.message : String(cause),
    });
    return Object.assign(error, { cause });
  }
}

export function isProblem(value: unknown): value is Problem {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.status === 'number' && typeof v.code === 'string';
}
