/**
 * A minimal API client that behaves like the portal in a browser: it keeps the `fw_session` cookie and
 * echoes the session's CSRF token in `X-CSRF-Token` on unsafe requests (apps/api/src/http/auth.ts).
 */
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

const REQUEST_TIMEOUT_MS = 30_000;

function transportCode(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : 'fetch_failed';
}

export class ApiClient {
  private cookie: string | undefined;
  private csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request(method: 'GET' | 'POST', path: string, json?: unknown, extraHeaders: Record<string, string> = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (json !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      const session = response.headers.getSetCookie().find((c) => c.startsWith('fw_session='));
      if (session) this.cookie = session.split(';')[0];
      const body: unknown = text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
      if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') this.csrfToken = body.csrfToken;
      return { status: response.status, body, ms };
    } catch (error) {
      throw new TransportError(transportCode(error), performance.now() - started, error);
    }
  }

  /** Sends and insists on the expected status; for setup and checks, where any other answer is fatal. */
  async expect(status: number, method: 'GET' | 'POST', path: string, json?: unknown): Promise<unknown> {
    const response = await this.request(method, path, json);
    if (response.status !== status) {
      throw new Error(`${method} ${path} answered ${response.status}, expected ${status}: ${JSON.stringify(response.body).slice(0, 500)}`);
    }
    return response.body;
  }
}

/** A client logged in as `username` (POST /auth/login). */
export async function loggedIn(baseUrl: string, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  await client.expect(200, 'POST', '/api/v1/auth/login', { username, password });
  return client;
}
