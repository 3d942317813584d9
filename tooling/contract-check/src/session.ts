/** A minimal browser-like HTTP session: keeps cookies and sends the CSRF token on unsafe requests. */

export interface Sent {
  method: string;
  path: string;
  query?: Record<string, string | number>;
  json?: unknown;
  /** A raw body (e.g. malformed JSON) sent as application/json. */
  raw?: string;
  /** A file's bytes (an upload), sent as application/octet-stream. */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

export interface Received {
  status: number;
  contentType: string;
  body: unknown;
}

export class HttpSession {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async send(request: Sent): Promise<Received> {
    const url = new URL(this.baseUrl.replace(/\/$/, '') + request.path);
    for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...request.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrfToken && request.method !== 'GET') headers['x-csrf-token'] ??= this.csrfToken;
    const body = request.json !== undefined ? JSON.stringify(request.json) : (request.raw ?? request.bytes);
    if (body !== undefined) headers['content-type'] ??= request.bytes ? 'application/octet-stream' : 'application/json';
    const response = await this.fetchImpl(url, { method: request.method, headers, ...(body !== undefined ? { body } : {}), redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    let parsed: unknown = text;
    if (/json/.test(contentType) && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    const token = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string') this.csrfToken = token;
    return { status: response.status, contentType, body: parsed };
  }
}
