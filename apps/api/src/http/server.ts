/**
 * Builds the Fastify instance: one route per contract operation, each validated against the contract
 * before its handler runs and after it returns. Errors of any origin leave as problem+json.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import type { CompiledOperation, ContractValidator } from '@fawang/contract/validation';
import { HttpProblem, problems } from './problem.js';
import type { OperationId, OperationReply, PathParams, QueryParams, RequestBody } from './operation-types.js';
import type { AuthContext } from './auth.js';

export const API_PREFIX = '/api/v1';
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Uploads (operations whose body is `application/octet-stream`) may be larger than a JSON body. */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface HandlerContext<K extends OperationId> {
  params: PathParams<K>;
  query: QueryParams<K>;
  body: RequestBody<K>;
  auth: AuthContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<K extends OperationId> = (ctx: HandlerContext<K>) => Promise<OperationReply<K>>;
export type Handlers = { [K in OperationId]: Handler<K> };

export interface ServerOptions {
  contract: ContractValidator;
  handlers: Handlers;
  /** Resolves the caller from the request (session cookie) and checks CSRF on unsafe requests. */
  authenticate: (request: FastifyRequest, reply: FastifyReply, operation: CompiledOperation) => Promise<AuthContext>;
  /** Validate every response against the contract (on by default; a mismatch is a server bug → 500). */
  validateResponses?: boolean;
  logger?: boolean | Record<string, unknown>;
  /** Extra non-API routes (the portal's pages) registered after the API. */
  registerPages?: (app: FastifyInstance) => Promise<void> | void;
  /** Proxies whose forwarded headers are believed (addresses, CIDR ranges); none by default. */
  trustProxy?: string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    operation?: CompiledOperation;
  }
}

function problemFromFastifyError(error: unknown, request: FastifyRequest): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const e = error as { statusCode?: number; code?: string; message?: string };
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      // The route's own limit: an upload allows more than a JSON body.
      const limit = request.routeOptions.bodyLimit ?? BODY_LIMIT_BYTES;
      return new HttpProblem(413, 'payload_too_large', `The request body exceeds ${limit} bytes`, [
        { field: 'body', code: 'too_large', message: `must be at most ${limit} bytes` },
      ]);
    }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(415, 'unsupported_media_type', 'Send the request body as application/json', [
        { field: 'header.content-type', code: 'unsupported', message: 'must be application/json' },
      ]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problems.field('body', 'required', 'a JSON body is required');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problems.field('header.content-length', 'invalid', 'does not match the body');
  }
  if (e.statusCode === 400 && (error instanceof SyntaxError || /JSON/i.test(e.message ?? ''))) {
    return problems.field('body', 'malformed_json', 'is not valid JSON');
  }
  if (e.statusCode === 400 && /__proto__|constructor/i.test(e.message ?? '')) {
    return problems.field('body', 'forbidden_property', 'contains a forbidden property name');
  }
  if (e.statusCode === 429) return new HttpProblem(429, 'rate_limited', 'Too many requests; try again later');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new HttpProblem(e.statusCode, 'bad_request', e.message);
  }
  return new HttpProblem(500, 'internal_error', 'An unexpected error occurred; it has been logged');
}

/**
 * Errors Node's HTTP parser raises before Fastify has a request (oversized or malformed headers) still
 * leave as problem+json, written straight to the socket.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new HttpProblem(431, 'headers_too_large', 'The request headers are too large', [
          { field: 'header', code: 'too_large', message: 'the headers together must be at most 16 KB' },
        ])
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new HttpProblem(408, 'request_timeout', 'The request took too long to arrive')
        : new HttpProblem(400, 'malformed_request', 'The request is not well-formed HTTP', [
            { field: 'header', code: 'malformed', message: 'is not a valid HTTP request head' },
          ]);
  const body = JSON.stringify(problem.toBody());
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}

function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: HttpProblem) {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send(problem.toBody(request.url.split('?')[0]));
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
    // Query strings are parsed flat; arrays and nested objects are not part of the contract.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    clientErrorHandler: answerClientError,
    // A URL whose percent-encoding does not decode: problem+json like every other refusal.
    frameworkErrors: (error, request, reply) => {
      const problem =
        error.code === 'FST_ERR_BAD_URL'
          ? problems.field('url', 'malformed', 'is not a valid percent-encoded URL')
          : problemFromFastifyError(error, request);
      if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
      void sendProblem(reply, request, problem);
    },
  });
  await app.register(cookie);

  const validateResponses = options.validateResponses ?? true;

  app.setErrorHandler((error, request, reply) => {
    const problem = problemFromFastifyError(error, request);
    // The serializer (logging.ts) keeps the error's code, statement and frames, never its message.
    if (problem.status >= 500) {
      request.log.error({ err: error, operation: request.routeOptions.config?.operation?.operationId }, 'request failed');
    }
    return sendProblem(reply, request, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, problems.notFound(`No route ${request.method} ${request.url.split('?')[0]}`)),
  );

  // No answer may be read by a browser as anything but its declared type (a stored upload above all).
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  // Responses are checked against the contract before they are serialised.
  app.addHook('preSerialization', async (request, reply, payload) => {
    const operation = request.routeOptions.config.operation;
    if (!validateResponses || !operation) return payload;
    if (reply.getHeader('content-type')?.toString().startsWith('application/problem+json')) return payload;
    const validator = operation.responses.get(String(reply.statusCode)) ?? operation.responses.get('default');
    if (validator === undefined) {
      throw new Error(`${operation.operationId} returned undeclared status ${reply.statusCode}`);
    }
    const errors = validator ? validator(payload) : [];
    if (errors.length) {
      request.log.error({ operationId: operation.operationId, errors }, 'response does not match the contract');
      throw new Error(`${operation.operationId} response does not match the contract`);
    }
    return payload;
  });

  /** One contract operation as a route: authenticate, validate, run the handler, send its reply. */
  function route(scope: FastifyInstance, operation: CompiledOperation) {
    const handler = options.handlers[operation.operationId as OperationId] as Handler<OperationId> | undefined;
    if (!handler) throw new Error(`No handler implements operation ${operation.operationId}`);
    scope.route({
      method: operation.method.toUpperCase() as 'GET',
      url: operation.routePath,
      config: { operation },
      ...(operation.binaryBody ? { bodyLimit: UPLOAD_LIMIT_BYTES } : {}),
      handler: async (request, reply) => {
        // Who is calling comes first: an anonymous or forged request learns nothing from validation.
        const auth = await options.authenticate(request, reply, operation);
        if (operation.requiresSession && !auth.user) throw problems.unauthenticated();
        if (UNSAFE_METHODS.has(request.method)) auth.assertCsrf(operation.operationId);
        const errors = [
          ...operation.params(request.params),
          ...operation.query(request.query),
          ...operation.headers(request.headers),
        ];
        const body: unknown = request.body;
        if (operation.binaryBody) {
          if (!Buffer.isBuffer(body) || body.length === 0) {
            errors.push({ field: 'body', code: 'required', message: 'the file’s bytes are required' });
          }
        } else if (operation.body) {
          if (body === undefined || body === null) {
            if (operation.bodyRequired) errors.push({ field: 'body', code: 'required', message: 'a JSON body is required' });
          } else {
            errors.push(...operation.body(body));
          }
        } else if (body !== undefined && body !== null && !(typeof body === 'object' && Object.keys(body).length === 0)) {
          errors.push({ field: 'body', code: 'unexpected', message: 'this operation takes no body' });
        }
        if (errors.length) throw problems.validation(errors);
        const result = (await handler({
          params: request.params as never,
          query: request.query as never,
          body: body as never,
          auth,
          request,
          reply,
        })) as { status: number; body?: unknown; headers?: Record<string, string> };
        for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
        reply.code(result.status);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }

  // Bodies are JSON only; a POST without body (logout, withdraw) is allowed when the contract has none.
  await app.register(
    async (api) => {
      for (const operation of options.contract.operations.filter((op) => !op.binaryBody)) route(api, operation);
      // Uploads take the raw bytes whatever Content-Type the browser sends (often the file's claimed
      // type): the handler decides what the content is. Their own scope keeps JSON routes JSON-only.
      await api.register(async (uploads) => {
        uploads.removeAllContentTypeParsers();
        uploads.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, bytes, done) => done(null, bytes));
        for (const operation of options.contract.operations.filter((op) => op.binaryBody)) route(uploads, operation);
      });
    },
    { prefix: API_PREFIX },
  );

  app.get(`${API_PREFIX}/openapi.json`, async (_request, reply) => reply.type('application/json').send(options.contract.document));
  if (options.registerPages) await options.registerPages(app);
  return app;
}
