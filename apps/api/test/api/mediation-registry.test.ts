/**
 * The people's mediation registry (人民调解): committees state their kind and, for industry and professional
 * ones, the dispute types they take; mediators their full-time flag, grade and languages. The directory
 * returns and filters by all of it, and names the query field of a bad filter value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';

interface Committee {
  id: string;
  type: string;
  mediation?: { kind: string; disputeTypes?: string[] };
}
interface Mediator {
  id: string;
  type: string;
  languages?: string[];
  mediator?: { fullTime: boolean; grade: string };
}

let server: TestServer;
let client: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  client = server.client();
});
afterAll(async () => server?.close());

describe('mediation committees (人民调解委员会)', () => {
  it.each(['village', 'township', 'industry', 'professional'])('lists %s committees of that kind only', async (kind) => {
    const res = await client.get(`/organizations?mediationKind=${kind}&pageSize=100`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    for (const org of res.body.items as Committee[]) {
      expect(org.type).toBe('mediation_committee');
      expect(org.mediation?.kind).toBe(kind);
      if (kind === 'industry' || kind === 'professional') expect(org.mediation?.disputeTypes?.length).toBeGreaterThan(0);
      else expect(org.mediation?.disputeTypes).toBeUndefined();
    }
  });

  it('finds the committees that take a dispute type, within a region', async () => {
    const res = await client.get('/organizations?regionId=sichuan&disputeType=marriage_family&pageSize=100');
    expect(res.status, res.text).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    for (const org of res.body.items as Committee[]) {
      expect(org.mediation?.disputeTypes).toContain('marriage_family');
      expect(['industry', 'professional']).toContain(org.mediation?.kind);
    }
  });

  it('combines kind, dispute type and type filters, and shows the setup on the detail page', async () => {
    const res = await client.get('/organizations?type=mediation_committee&mediationKind=professional&disputeType=land&pageSize=5');
    expect(res.status, res.text).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    const one = await client.get(`/organizations/${res.body.items[0].id}`);
    expect(one.body.mediation).toEqual({ kind: 'professional', disputeTypes: ['land', 'property'] });
    expect(one.body.level).toBe('county');
  });

  it('leaves the mediation setup off every other organization', async () => {
    const firms = await client.get('/organizations?type=law_firm&pageSize=20');
    for (const org of firms.body.items as Committee[]) expect(org.mediation).toBeUndefined();
    const none = await client.get('/organizations?type=law_firm&mediationKind=township');
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });
});

describe('mediators (人民调解员)', () => {
  it('shows the full-time flag, grade and languages of mediators and of no one else', async () => {
    const mediators = await client.get('/practitioners?type=mediator&pageSize=50');
    expect(mediators.body.items.length).toBeGreaterThan(0);
    for (const p of mediators.body.items as Mediator[]) {
      expect(p.mediator).toEqual({ fullTime: expect.any(Boolean), grade: expect.stringMatching(/^(chief|first|second|third)$/) });
      expect(p.languages).toContain('zh');
    }
    const lawyers = await client.get('/practitioners?type=lawyer&pageSize=20');
    for (const p of lawyers.body.items as Mediator[]) expect(p.mediator).toBeUndefined();
    const one = await client.get(`/practitioners/${mediators.body.items[0].id}`);
    expect(one.body.mediator).toEqual(mediators.body.items[0].mediator);
  });

  it('splits mediators into full-time and part-time, about 30% full-time', async () => {
    const [all, fullTime, partTime] = await Promise.all(
      ['', '&fullTime=true', '&fullTime=false'].map((f) => client.get(`/practitioners?type=mediator&pageSize=100${f}`)),
    );
    expect(fullTime!.body.total + partTime!.body.total).toBe(all!.body.total);
    expect(fullTime!.body.total / all!.body.total).toBeGreaterThan(0.15);
    expect(fullTime!.body.total / all!.body.total).toBeLessThan(0.45);
    for (const p of fullTime!.body.items as Mediator[]) expect(p.mediator?.fullTime).toBe(true);
    for (const p of partTime!.body.items as Mediator[]) expect(p.mediator?.fullTime).toBe(false);
  });

  it.each([
    ['ii', '彝语 Yi'],
    ['bo', '藏语 Tibetan'],
  ])('finds mediators who serve in %s (%s)', async (language) => {
    const res = await client.get(`/practitioners?type=mediator&regionId=sichuan&language=${language}&pageSize=100`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    for (const p of res.body.items as Mediator[]) expect(p.languages).toContain(language);
  });
});

describe('bad filter values', () => {
  it.each([
    ['/organizations?mediationKind=city', 'query.mediationKind'],
    ['/organizations?disputeType=murder', 'query.disputeType'],
    ['/practitioners?fullTime=yes', 'query.fullTime'],
    ['/practitioners?language=Yi', 'query.language'],
    ['/practitioners?language=zh-CN', 'query.language'],
  ])('%s is a 400 naming %s', async (path, field) => {
    const res = await client.get(path);
    expect(res.status, res.text).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
