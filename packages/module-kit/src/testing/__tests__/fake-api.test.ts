import { describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../fake-api.js';

describe('fakeApi', () => {
  it('answers a known route with JSON and records the call with its query', async () => {
    const api = fakeApi({ 'GET /organizations': (_request, url) => ({ q: url.searchParams.get('q') }) });
    const response = await api.fetch(new Request('http://fawang.test/api/v1/organizations?q=%E5%98%89%E5%B7%9E'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ q: '嘉州' });
    expect(api.calls).toEqual(['GET /organizations?q=%E5%98%89%E5%B7%9E']);
  });

  it('passes a Response through unchanged', async () => {
    const api = fakeApi({ 'POST /legal-aid/applications': () => jsonResponse({ title: 'Conflict', status: 409, code: 'duplicate' }, 409) });
    const response = await api.fetch(new Request('http://fawang.test/api/v1/legal-aid/applications', { method: 'POST' }));
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers an unexpected call with a 404 problem instead of hanging', async () => {
    const api = fakeApi({});
    const response = await api.fetch(new Request('http://fawang.test/api/v1/practitioners'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found', detail: 'no fake for GET /practitioners' });
  });
});
