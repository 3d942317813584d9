/**
 * What the API writes to its log, and what it never does.
 *
 * Logged: the method and path (never the query string), the status, the timing, the request id, the
 * operation, and for an error its class, its code (SQLSTATE for database errors), the constraint or
 * table it names, the SQL statement text with its `$1` placeholders, and the stack frames.
 *
 * Never logged: request or response bodies, headers (cookies, CSRF tokens), query strings, SQL parameter
 * values, and error messages or details. Messages are left out on purpose: a database error's message and
 * detail quote the offending values ("Key (id_number)=(…)"), and Drizzle's message lists every parameter
 * of the failed query, so any ID number, phone, income or password hash in a request would reach the log.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface LoggedError {
  type: string;
  code?: string;
  /** Names from the database's error fields: schema objects, never values. */
  constraint?: string;
  table?: string;
  column?: string;
  /** The failed statement as prepared (placeholders, no values). */
  statement?: string;
  frames?: string[];
  cause?: LoggedError;
}

type ErrorLike = {
  name?: unknown;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  query?: unknown;
  stack?: unknown;
  cause?: unknown;
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The stack without its first line, which repeats the message. */
function framesOf(stack: unknown): string[] | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim())
    .slice(0, 12);
  return frames.length ? frames : undefined;
}

/** An error reduced to what may be logged (see the module comment); follows `cause` a few levels. */
export function describeError(error: unknown, depth = 0): LoggedError {
  if (!error || typeof error !== 'object') return { type: typeof error };
  const e = error as ErrorLike;
  const described: LoggedError = { type: text(e.name) ?? error.constructor?.name ?? 'Error' };
  const code = text(e.code) ?? (typeof e.code === 'number' ? String(e.code) : undefined);
  if (code) described.code = code;
  for (const key of ['constraint', 'table', 'column'] as const) {
    const value = text(e[key]);
    if (value) described[key] = value;
  }
  const statement = text(e.query);
  if (statement) described.statement = statement;
  const frames = framesOf(e.stack);
  if (frames) described.frames = frames;
  if (e.cause && depth < 3) described.cause = describeError(e.cause, depth + 1);
  return described;
}

/** The request as logged: no query string (it may carry a search for a name), no headers. */
function describeRequest(request: FastifyRequest) {
  const path = request.url.split('?')[0];
  return { method: request.method, path, operation: request.routeOptions?.config?.operation?.operationId };
}

function describeReply(reply: FastifyReply) {
  return { statusCode: reply.statusCode };
}

/** Fastify's `logger` option: pino at `level`, with the serializers that keep the policy. */
export function loggerOptions(level: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    level,
    serializers: { req: describeRequest, res: describeReply, err: describeError },
    ...extra,
  };
}
