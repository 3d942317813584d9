/**
 * Issue 15, "a case can get stuck": routing proposed a committee without mediators; once it accepted the case,
 * the case could be neither assigned nor transferred. Now a committee without an active mediator is never a
 * routing choice (so never proposed, offered, filed with nor transferred to), and a committee that accepted a
 * case but cannot act transfers it on: the clocks and the mediators start afresh at the new committee.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@fawang/workflow';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { act, addCommittee, beijingTown, caseInput, mediatorOf, session, type Committee, type MediationCase } from './mediation-support.js';

interface Routing {
  committee?: { id: string };
  reason: string;
  alternatives: { id: string }[];
}

let server: TestServer;
let citizen: TestClient;
/** A mediator account per committee (an organization-bound role handles its own committee's cases), made on first use. */
const mediators = new Map<string, Promise<TestClient>>();
const committees = new Map<string, Committee>();
function mediatorFor(committeeId: string): Promise<TestClient> {
  let client = mediators.get(committeeId);
  if (!client) {
    client = mediatorOf(server, committees.get(committeeId) ?? { id: committeeId, mediators: [] });
    mediators.set(committeeId, client);
  }
  return client;
}
let town: { divisionCode: string; village: Committee; township: Committee };
/** A town committee of `town` whose only mediator is suspended; its id sorts before every other, so it would be proposed if it counted. */
let unstaffed: Committee;
beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.loginAs('beijing.citizen');
  town = await beijingTown(server);
  for (const committee of [town.village, town.township]) committees.set(committee.id, committee);
  unstaffed = await addCommittee(server, { divisionCode: town.divisionCode, kind: 'township', mediators: ['suspended'], id: '00000000-0000-4000-8000-000000000015' });
});
afterAll(async () => server?.close());

async function filed(committeeId: string): Promise<MediationCase> {
  const res = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, committeeId));
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function step(app: MediationCase, action: string, extra: Record<string, unknown> = {}): Promise<MediationCase> {
  const res = await act(await mediatorFor(app.committee.id), app, action, extra);
  expect(res.status, `${action}: ${res.text}`).toBe(200);
  return res.body;
}

async function routing(divisionCode: string): Promise<Routing> {
  const res = await server.client().get<Routing>(`/mediation/routing?regionId=beijing&divisionCode=${divisionCode}&disputeType=neighbour`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

const choiceIds = (r: Routing) => [...(r.committee ? [r.committee.id] : []), ...r.alternatives.map((c) => c.id)];

describe('routing only to committees that can act', () => {
  it('never proposes nor offers a committee without an active mediator, for the town or the county around it', async () => {
    const forTown = await routing(town.divisionCode);
    expect(forTown).toMatchObject({ reason: 'township_of_place', committee: { id: town.township.id } });
    expect(choiceIds(forTown)).not.toContain(unstaffed.id);
    const forCounty = await routing(town.divisionCode.slice(0, 6));
    expect(forCounty.reason).toBe('place_too_broad');
    expect(choiceIds(forCounty)).toContain(town.township.id);
    expect(choiceIds(forCounty)).not.toContain(unstaffed.id);
  });

  it('refuses to file with such a committee: 400 not_competent on body.committeeId', async () => {
    const res = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, unstaffed.id));
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body.committeeId', code: 'not_competent' })]);
  });
});

describe('a committee that accepted but cannot act hands the case on', () => {
  it('transfers an accepted case whose committee lost its mediators; the new committee accepts and assigns on fresh clocks', async () => {
    const fading = await addCommittee(server, { divisionCode: town.divisionCode, kind: 'village', mediators: ['active'] });
    committees.set(fading.id, fading);
    let app = await step(await filed(fading.id), 'accept');
    expect(app.status).toBe('accepted');
    // The committee's only mediator is suspended after it accepted: nobody of it can be assigned …
    await server.handle.execute(`update practitioners set status = 'suspended' where organization_id = $1`, [fading.id]);
    const refused = await act(await mediatorFor(fading.id), app, 'assign', { mediatorIds: [fading.mediators[0]!.id] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'body.mediatorIds', code: 'not_of_committee' })]);
    expect(choiceIds(await routing(town.divisionCode))).not.toContain(fading.id);

    // … so it transfers the case to the town committee, which answers within its own 5 days.
    app = await step(app, 'transfer', { committeeId: town.township.id, reason: '本村调委会暂无在职调解员，移送街道调委会' });
    expect(app).toMatchObject({ status: 'submitted', committee: { id: town.township.id }, mediators: [] });
    const [firstAnswer, firstConclusion, secondAnswer, ...more] = app.deadlines;
    expect(more).toEqual([]);
    expect([firstAnswer?.kind, firstConclusion?.kind, secondAnswer?.kind]).toEqual(['acceptance', 'conclusion', 'acceptance']);
    expect(firstAnswer!.stoppedAt).toBeDefined();
    expect(firstConclusion!.stoppedAt).toBe(secondAnswer!.startedAt);
    expect(secondAnswer!.stoppedAt).toBeUndefined();
    expect(secondAnswer!.dueAt).toBe(addDays(new Date(secondAnswer!.startedAt), 5, 'calendar').toISOString());
    expect(app.dueAt).toBe(secondAnswer!.dueAt);

    app = await step(app, 'accept');
    const conclusions = app.deadlines.filter((d) => d.kind === 'conclusion');
    expect(conclusions).toHaveLength(2);
    expect(conclusions[1]!.stoppedAt).toBeUndefined();
    expect(app.dueAt).toBe(conclusions[1]!.dueAt);
    app = await step(app, 'assign', { mediatorIds: [town.township.mediators[0]!.id] });
    expect(app).toMatchObject({ status: 'assigned', committee: { id: town.township.id }, mediators: [{ practitionerId: town.township.mediators[0]!.id }] });

    expect(app.history.map((h) => [h.status, h.action ?? null])).toEqual([
      ['submitted', null],
      ['accepted', 'accept'],
      ['submitted', 'transfer'],
      ['accepted', 'accept'],
      ['assigned', 'assign'],
    ]);
    expect(app.history[2]!.note).toContain('本村调委会暂无在职调解员');
  });

  it('transfers an assigned case: the old committee\'s mediators are cleared and cannot be assigned by the new one', async () => {
    const [villageMediator] = town.village.mediators;
    let app = await step(await filed(town.village.id), 'accept');
    app = await step(app, 'assign', { mediatorIds: [villageMediator!.id] });
    app = await step(app, 'transfer', { committeeId: town.township.id, reason: '纠纷涉及多个村，由街道调委会调解' });
    expect(app).toMatchObject({ status: 'submitted', committee: { id: town.township.id }, mediators: [] });
    expect(app.deadlines.filter((d) => d.stoppedAt === undefined).map((d) => d.kind)).toEqual(['acceptance']);

    app = await step(app, 'accept');
    const stranger = await act(await mediatorFor(town.township.id), app, 'assign', { mediatorIds: [villageMediator!.id] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors?.map((e) => e.field)).toEqual(['body.mediatorIds']);

    // The case is the new committee's: listed by its mediators, gone from the old committee's list and reach.
    const listed = async (committeeId: string) =>
      (await (await mediatorFor(committeeId)).get<{ items: MediationCase[] }>('/mediation/cases?pageSize=100')).body.items.map((c) => c.id);
    expect(await listed(town.village.id)).not.toContain(app.id);
    expect(await listed(town.township.id)).toContain(app.id);
    expect((await (await mediatorFor(town.village.id)).get(`/mediation/cases/${app.id}`)).status).toBe(404);
    // The bureau admin keeps the region's view.
    expect((await (await server.loginAs('beijing.bureau_admin')).get(`/mediation/cases/${app.id}`)).status).toBe(200);
  });

  it('refuses a transfer to the committee that has the case or to one that cannot act, naming body.committeeId', async () => {
    const app = await step(await filed(town.village.id), 'accept');
    for (const committeeId of [town.village.id, unstaffed.id]) {
      const res = await act(await mediatorFor(app.committee.id), app, 'transfer', { committeeId, reason: '移送' });
      expect(res.status, committeeId).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body.committeeId', code: 'not_competent' })]);
    }
    const missing = await act(await mediatorFor(app.committee.id), app, 'transfer', { committeeId: town.township.id });
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.map((e) => e.field)).toEqual(['body.reason']);
    expect((await citizen.get<MediationCase>(`/mediation/cases/${app.id}`)).body).toMatchObject({ status: 'accepted', committee: { id: town.village.id }, version: app.version });
  });

  it('answers 409 invalid_transition for a transfer once sessions are under way', async () => {
    const [villageMediator] = town.village.mediators;
    let app = await step(await filed(town.village.id), 'accept');
    app = await step(app, 'assign', { mediatorIds: [villageMediator!.id] });
    app = await step(app, 'schedule', { session: session([villageMediator!.id], 100, 1, 2) });
    const res = await act(await mediatorFor(app.committee.id), app, 'transfer', { committeeId: town.township.id, reason: '移送' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
  });
});
