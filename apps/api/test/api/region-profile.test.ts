/** The resolved region profile the portal loads at runtime: every built-in region, as the contract types it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '@fawang/contract';
import { ContractValidator } from '@fawang/contract/validation';
import { loadBuiltInRegions } from '@fawang/regions/node';
import type { RegionRegistry } from '@fawang/regions';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let registry: RegionRegistry;
const contract = new ContractValidator(loadOpenApiDocument());

beforeAll(async () => {
  registry = await loadBuiltInRegions();
  server = await startTestServer({ regions: registry });
});
afterAll(async () => server?.close());

describe('GET /regions/{regionId}/profile', () => {
  it('answers every built-in region with its resolved profile, valid against the contract and cacheable', async () => {
    const client = server.client();
    const ids = registry.list().map((profile) => profile.id);
    expect(ids).toEqual(expect.arrayContaining(['national', 'beijing', 'sichuan', 'leshan', 'zhongshan']));
    for (const id of ids) {
      const res = await client.get(`/regions/${id}/profile`);
      expect(res.status, id).toBe(200);
      expect(contract.checkResponse('getRegionProfile', res.status, res.headers.get('content-type') ?? '', res.body), id).toEqual([]);
      expect(res.body, id).toEqual(JSON.parse(JSON.stringify(registry.get(id))));
      expect(res.headers.get('cache-control'), id).toBe('public, max-age=60');
    }
  });

  it('answers an unknown region with a 404 problem', async () => {
    const res = await server.client().get('/regions/atlantis/profile');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
    expect(contract.checkResponse('getRegionProfile', res.status, res.headers.get('content-type') ?? '', res.body)).toEqual([]);
  });

  it('rejects a malformed region id as a 400 naming the parameter', async () => {
    const res = await server.client().get('/regions/Not_An_Id/profile');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'path.regionId' })]);
  });
});

describe('RegionSummary', () => {
  it('carries the portal name of each region (branding.siteName)', async () => {
    const res = await server.client().get('/regions');
    expect(res.status).toBe(200);
    for (const summary of res.body as { id: string; siteName: string }[]) {
      expect(summary.siteName, summary.id).toBe(registry.get(summary.id)!.branding.siteName);
    }
  });
});
