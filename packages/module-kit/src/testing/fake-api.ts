/**
 * A stand-in for the Fawang API in module tests: routes like 'GET /organizations' answer with JSON, every
 * request is recorded, and an unknown route is a 404 problem+json (so a test notices a call it did not
 * expect instead of hanging).
 */
export type FakeRoute = (request: Request, url: URL) => unknown | Response | Promise<unknown | Response>;

export interface FakeApi {
  fetch: (request: Request) => Promise<Response>;
  /** Method and path (with query) of every request, in order. */
  calls: string[];
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

export function fakeApi(routes: Record<string, FakeRoute>, basePath = '/api/v1'): FakeApi {
  const calls: string[] = [];
  return {
    calls,
    async fetch(request) {
      const url = new URL(request.url);
      const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
      calls.push(`${request.method} ${path}${url.search}`);
      const route = routes[`${request.method} ${path}`];
      if (!route) return jsonResponse({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found', detail: `no fake for ${request.method} ${path}` }, 404);
      const result = await route(request, url);
      return result instanceof Response ? result : jsonResponse(result);
    },
  };
}
