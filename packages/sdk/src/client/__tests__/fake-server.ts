/** A fetch stand-in that records requests and answers from a route table, for client tests. */
import type { Schemas } from '@fawang/contract';

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Handler = (request: Recorded) => { status: number; body?: unknown; contentType?: string } | Promise<never>;

export function fakeFetch(routes: Record<string, Handler>) {
  const requests: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.text();
    const recorded: Recorded = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    const handler = routes[`${request.method} ${recorded.url.pathname}`];
    if (!handler) return new Response('no route', { status: 599 });
    const { status, body, contentType } = await handler(recorded);
    if (status === 204) return new Response(null, { status });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json') },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const SESSION = {
  user: { id: '6f0a3c52-1111-4a4a-8888-000000000001', username: 'leshan.citizen', displayName: '乐山 市民（示例）', role: 'citizen', regionId: 'leshan' },
  csrfToken: 'csrf-token-1',
  expiresAt: '2026-12-01T00:00:00.000Z',
  preferences: { locale: 'zh-CN', careMode: true, careFontSize: 22, highContrast: false },
} satisfies Schemas['Session'];

export const VALIDATION_PROBLEM = {
  type: 'https://fawang.dev/problems/validation_failed',
  title: 'The request is invalid',
  status: 400,
  code: 'validation_failed',
  errors: [{ field: 'body.applicant.idNumber', code: 'id_checksum', message: 'is not a valid 18-digit resident ID number' }],
};
