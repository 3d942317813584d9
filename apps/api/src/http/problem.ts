/**
 * RFC 9457 problem details. Handlers throw `HttpProblem`; the error handler turns it (and Fastify's own
 * errors for malformed JSON, oversize bodies and wrong media types) into `application/problem+json`.
 */
import type { FieldError } from '@fawang/contract/validation';

export const PROBLEM_TYPE_BASE = '/api/v1/problems/';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? TITLES[status] ?? 'Error');
  }

  toBody(instance?: string): ProblemBody {
    return {
      type: `${PROBLEM_TYPE_BASE}${this.code}`,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      code: this.code,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors?.length ? { errors: this.errors } : {}),
    };
  }
}

export const problems = {
  validation: (errors: FieldError[]) =>
    new HttpProblem(400, 'validation_failed', `${errors.length} field(s) failed validation`, errors),
  field: (field: string, code: string, message: string, status = 400) =>
    new HttpProblem(status, status === 400 ? 'validation_failed' : code, message, [{ field, code, message }]),
  unauthenticated: () => new HttpProblem(401, 'unauthenticated', 'Log in to use this operation'),
  forbidden: (detail = 'Your role or region does not allow this operation') => new HttpProblem(403, 'forbidden', detail),
  notFound: (what = 'The resource') => new HttpProblem(404, 'not_found', `${what} was not found`),
  conflict: (code: string, detail: string) => new HttpProblem(409, code, detail),
};
