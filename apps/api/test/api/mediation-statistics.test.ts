/**
 * A bureau's people's-mediation statistics (issue 6) on a controlled set of cases: per committee cases,
 * agreements, failures, success rate and median days to an outcome; the full-time mediator share against
 * the national plan's 15% target; and who may ask.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { act, beijingTown, caseInput, mediatorOf, session, type Committee, type MediationCase } from './mediation-support.js';

interface CommitteeFigures {
  committee: { id: string };
  cases: number;
  agreed: number;
  failed: number;
  successRate?: number;
  medianDaysToOutcome?: number;
}

let server: TestServer;
let citizen: TestClient;
let mediator: TestClient;
let bureau: TestClient;
let town: { divisionCode: string; village: Committee; township: Committee };
beforeAll(async () => {
  server = await startTestServer();
  await server.handle.execute("DELETE FROM cases WHERE module = 'mediation'");
  citizen = await server.loginAs('beijing.citizen');
  bureau = await server.loginAs('beijing.bureau_admin');
  town = await beijingTown(server);
  mediator = await mediatorOf(server, town.village);
});
afterAll(async () => server?.close());

async function ok(res: Promise<{ status: number; body: MediationCase; text: string }>): Promise<MediationCase> {
  const answer = await res;
  expect(answer.status, answer.text).toBeLessThan(300);
  return answer.body;
}

/** A case of `committee` that ends as `outcome` (or stays filed), `days` after it was filed. */
async function concluded(committee: Committee, outcome: 'agreed' | 'failed' | 'open', days: number, hour: number): Promise<void> {
  const filed = await ok(citizen.post('/mediation/cases', caseInput(town.divisionCode, town.village.id)));
  let app = filed;
  if (committee.id !== town.village.id) app = await ok(act(mediator, app, 'transfer', { committeeId: committee.id, reason: '移送街道调委会' }));
  if (outcome === 'open') return;
  // The committee that has the case acts on it (mediators are bound to their committee).
  const staff = committee.id === town.village.id ? mediator : await mediatorOf(server, committee);
  const mediatorId = committee.mediators[0]!.id;
  app = await ok(act(staff, app, 'accept'));
  app = await ok(act(staff, app, 'assign', { mediatorIds: [mediatorId] }));
  app = await ok(act(staff, app, 'schedule', { session: session([mediatorId], 100, hour, hour + 1) }));
  app = outcome === 'agreed'
    ? await ok(act(staff, app, 'record_agreement', { agreement: { terms: ['双方和解，互不追究。'] } }))
    : await ok(act(staff, app, 'record_failure', { reason: '分歧过大' }));
  await server.handle.execute(`UPDATE cases SET submitted_at = concluded_at - make_interval(days => $1::int) WHERE id = $2`, [days, app.id]);
}

describe('people mediation statistics', () => {
  it('counts cases, outcomes, success rate and median days per committee, and the full-time mediator share against its target', async () => {
    await concluded(town.village, 'agreed', 2, 0);
    await concluded(town.village, 'agreed', 4, 2);
    await concluded(town.village, 'failed', 6, 4);
    await concluded(town.village, 'open', 0, 0);
    await concluded(town.township, 'failed', 3, 0);

    const res = await bureau.get('/mediation/statistics?regionId=beijing');
    expect(res.status, res.text).toBe(200);
    const byId = new Map((res.body.committees as CommitteeFigures[]).map((c) => [c.committee.id, c]));
    expect(byId.size).toBe(2);
    expect(byId.get(town.village.id)).toMatchObject({ cases: 4, agreed: 2, failed: 1, successRate: 2 / 3, medianDaysToOutcome: 4 });
    expect(byId.get(town.township.id)).toMatchObject({ cases: 1, agreed: 0, failed: 1, successRate: 0, medianDaysToOutcome: 3 });

    const [staff] = await server.handle.execute(
      `select count(*)::int as "all", (count(*) filter (where (mediator->>'fullTime')::boolean))::int as "fullTime"
       from practitioners where type = 'mediator' and status = 'active' and region_id = 'beijing'`,
    );
    expect(res.body).toMatchObject({ regionId: 'beijing', mediators: staff!.all, fullTimeMediators: staff!.fullTime });
    expect(res.body.fullTimeShare).toBeCloseTo(Number(staff!.fullTime) / Number(staff!.all), 10);
    expect(res.body.fullTimeShareTarget).toMatchObject({ indicatorId: 'full-time-mediator-share', value: 15, unit: '%', regionId: 'national' });
    expect(res.body.successRateTarget).toBeUndefined();
  });

  it('lets only a bureau admin of the region or above ask, and names an unknown region', async () => {
    expect((await mediator.get('/mediation/statistics?regionId=beijing')).status).toBe(403);
    expect((await (await server.loginAs('zhongshan.bureau_admin')).get('/mediation/statistics?regionId=beijing')).status).toBe(403);
    const unknown = await bureau.get('/mediation/statistics?regionId=atlantis');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.regionId']);
  });
});
