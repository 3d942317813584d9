/**
 * A minimal API client that behaves like the portal in a citizen's browser: it keeps the `fw_session`
 * cookie, echoes the session's CSRF token in `X-CSRF-Token` on unsafe requests (apps/api/src/http/auth.ts)
 * and has its own keep-alive connection. With one shared pool instead, the pool would open most of its
 * connections in one burst when the timed phase starts — not how separate people arrive.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface ApiResponse {
  status: number;
  body: unknown;
  /** From sending the request to having read the whole answer. */
  ms: number;
}

/** A request that got no HTTP answer (refused, reset, timed out); `code` says which. */
export class TransportError extends Error {
  constructor(
    readonly code: string,
    readonly ms: number,
    cause: unknown,
  ) {
    super(`request failed: ${code}`, { cause });
  }
}

/** A submission without an answer after this long counts as a timeout. */
export const REQUEST_TIMEOUT_MS = 30_000;

function transportCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ABORT_ERR') return 'timeout';
  return typeof code === 'string' ? code : 'request_failed';
}

function parseBody(headers: IncomingHttpHeaders, text: string): unknown {
  return text && (headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : text;
}

export class ApiClient {
  private cookie: string | undefined;
  private csrfToken: string | undefined;
  private readonly agent: Agent;

  /**
   * `connections`: how many requests may be in flight at once (a browser tab: one at a time here).
   * `forwardedFor`: the citizen's own address, as the reverse proxy in front of the API would pass it on.
   */
  constructor(
    private readonly baseUrl: string,
    connections = 1,
    private readonly forwardedFor?: string,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  request(method: 'GET' | 'POST', path: string, json?: unknown, extraHeaders: Record<string, string> = {}): Promise<ApiResponse> {
    const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    if (this.forwardedFor) headers['x-forwarded-for'] = this.forwardedFor;
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(payload.length);
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const fail = (error: unknown) => reject(new TransportError(transportCode(error), performance.now() - started, error));
      const req = httpRequest(new URL(path, this.baseUrl), { method, headers, agent: this.agent, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          const ms = performance.now() - started;
          const session = res.headers['set-cookie']?.find((c) => c.startsWith('fw_session='));
          if (session) this.cookie = session.split(';')[0];
          try {
            const body = parseBody(res.headers, Buffer.concat(chunks).toString('utf8'));
            if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') this.csrfToken = body.csrfToken;
            resolve({ status: res.statusCode ?? 0, body, ms });
          } catch (error) {
            fail(error);
          }
        });
      });
      req.on('error', fail);
      req.end(payload);
    });
  }

  /** Sends and insists on the expected status; for setup and checks, where any other answer is fatal. */
  async expect(status: number, method: 'GET' | 'POST', path: string, json?: unknown): Promise<unknown> {
    const response = await this.request(method, path, json);
    if (response.status !== status) {
      throw new Error(`${method} ${path} answered ${response.status}, expected ${status}: ${JSON.stringify(response.body).slice(0, 500)}`);
    }
    return response.body;
  }

  /** Closes the keep-alive connection. */
  close(): void {
    this.agent.destroy();
  }
}

/** A client logged in as `username` (POST /auth/login). */
export async function loggedIn(baseUrl: string, username: string, password: string, connections = 1): Promise<ApiClient> {
  const client = new ApiClient(baseUrl, connections);
  await client.expect(200, 'POST', '/api/v1/auth/login', { username, password });
  return client;
}
