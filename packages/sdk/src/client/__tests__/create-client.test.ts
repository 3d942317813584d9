import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.js';
import { createFawangClient } from '../create-client.js';
import { fakeFetch, SESSION, VALIDATION_PROBLEM } from './fake-server.js';

const BASE = 'http://portal.test/api/v1';

describe('createFawangClient', () => {
  it('returns the success body and sends query parameters', async () => {
    const server = fakeFetch({
      'GET /api/v1/practitioners': () => ({ status: 200, body: { items: [], page: 2, pageSize: 10, total: 0 } }),
    });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    const page = await client.listPractitioners({ regionId: 'leshan', page: 2, pageSize: 10, specialty: 'labour' });
    expect(page).toEqual({ items: [], page: 2, pageSize: 10, total: 0 });
    expect(Object.fromEntries(server.requests[0]!.url.searchParams)).toEqual({ regionId: 'leshan', page: '2', pageSize: '10', specialty: 'labour' });
  });

  it('throws ApiError built from problem+json, with field lookup', async () => {
    const server = fakeFetch({ 'POST /api/v1/legal-aid/applications': () => ({ status: 400, body: VALIDATION_PROBLEM }) });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    const error = await client.createLegalAidApplication({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.isClientError).toBe(true);
    expect(apiError.fieldError('applicant.idNumber')?.code).toBe('id_checksum');
    expect(apiError.fieldError('body.applicant.idNumber')?.code).toBe('id_checksum');
    expect(apiError.fieldError('applicant.name')).toBeUndefined();
  });

  it('turns a non-problem error body into an ApiError with the HTTP status', async () => {
    const server = fakeFetch({ 'GET /api/v1/health': () => ({ status: 502, body: '<html>bad gateway</html>', contentType: 'text/html' }) });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    await expect(client.getHealth()).rejects.toMatchObject({ name: 'ApiError', status: 502, code: 'http_502' });
  });

  it('reports a network failure as status 0', async () => {
    const client = createFawangClient({
      baseUrl: BASE,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(client.getHealth()).rejects.toMatchObject({ status: 0, code: 'network_error', message: 'Failed to fetch' });
  });

  it('reads a region\'s resolved profile', async () => {
    const profile = { id: 'leshan', name: '乐山市', branding: { siteName: '乐山法律服务网' } };
    const server = fakeFetch({ 'GET /api/v1/regions/leshan/profile': () => ({ status: 200, body: profile }) });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    expect(await client.getRegionProfile('leshan')).toEqual(profile);
  });

  it('reads and saves the user\'s preferences, sending the CSRF token on the PUT', async () => {
    const saved = { locale: 'en', careMode: true, careFontSize: 24, highContrast: true } as const;
    const server = fakeFetch({
      'POST /api/v1/auth/login': () => ({ status: 200, body: SESSION }),
      'GET /api/v1/auth/me/preferences': () => ({ status: 200, body: SESSION.preferences }),
      'PUT /api/v1/auth/me/preferences': (request) => ({ status: 200, body: request.body }),
    });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    const session = await client.login({ username: 'leshan.citizen', password: 'secret-password' });
    expect(session.preferences).toEqual(SESSION.preferences);
    expect(await client.getMyPreferences()).toEqual(SESSION.preferences);
    expect(await client.updateMyPreferences(saved)).toEqual(saved);
    const [, read, write] = server.requests;
    expect(read!.headers.get('x-csrf-token')).toBeNull();
    expect(write!.method).toBe('PUT');
    expect(write!.headers.get('x-csrf-token')).toBe('csrf-token-1');
    expect(write!.body).toEqual(saved);
  });

  it('keeps the CSRF token from login and sends it on writes only, then forgets it on logout', async () => {
    const server = fakeFetch({
      'POST /api/v1/auth/login': () => ({ status: 200, body: SESSION }),
      'GET /api/v1/evaluations/mine': () => ({ status: 200, body: { items: [], page: 1, pageSize: 20, total: 0 } }),
      'POST /api/v1/auth/logout': () => ({ status: 204 }),
    });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    await client.login({ username: 'leshan.citizen', password: 'secret-password' });
    expect(client.csrfToken).toBe('csrf-token-1');
    await client.listMyEvaluations();
    await client.logout();
    const [login, read, logout] = server.requests;
    expect(login!.headers.get('x-csrf-token')).toBeNull();
    expect(read!.headers.get('x-csrf-token')).toBeNull();
    expect(logout!.headers.get('x-csrf-token')).toBe('csrf-token-1');
    expect(client.csrfToken).toBeUndefined();
  });

  it('sends the Idempotency-Key header with a legal-aid submission', async () => {
    const server = fakeFetch({ 'POST /api/v1/legal-aid/applications': (r) => ({ status: 201, body: { id: 'x', echo: r.body } }) });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    await client.createLegalAidApplication({ regionId: 'leshan' } as never, 'retry-key-0001');
    expect(server.requests[0]!.headers.get('idempotency-key')).toBe('retry-key-0001');
    expect(server.requests[0]!.body).toEqual({ regionId: 'leshan' });
  });

  it('encodes path parameters', async () => {
    const server = fakeFetch({ 'GET /api/v1/regions/..%2Fetc': () => ({ status: 404, body: { ...VALIDATION_PROBLEM, status: 404, code: 'not_found' } }) });
    const client = createFawangClient({ baseUrl: BASE, fetch: server.fetch });
    await expect(client.getRegion('../etc')).rejects.toMatchObject({ status: 404 });
    expect(server.requests[0]!.url.pathname).toBe('/api/v1/regions/..%2Fetc');
  });
});
