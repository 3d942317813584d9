/**
 * People's mediation cases on the real server (issue 6): routing, filing and its bad input, the workflow
 * from filing to the agreement PDF, who may see and do what across regions and roles, and concurrency.
 * Beijing keeps the national clocks: answer within 5 and conclude within 30 calendar days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { addDays } from '@fawang/workflow';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { act, APPLICANT_ID, beijingTown, caseInput, download, mediatorOf, RESPONDENT_ID, session, type Committee, type MediationCase } from './mediation-support.js';

let server: TestServer;
let citizen: TestClient;
/** A mediator of the village committee the suites file with (organization-bound: it handles that committee's cases). */
let mediator: TestClient & { username: string };
let town: { divisionCode: string; village: Committee; township: Committee };
beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.loginAs('beijing.citizen');
  town = await beijingTown(server);
  mediator = await mediatorOf(server, town.village);
});
afterAll(async () => server?.close());

async function filed(overrides: Record<string, unknown> = {}): Promise<MediationCase> {
  const res = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, town.village.id, overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function step(client: TestClient, app: MediationCase, action: string, extra: Record<string, unknown> = {}): Promise<MediationCase> {
  const res = await act(client, app, action, extra);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
  expect(res.body.version).toBe(app.version + 1);
  return res.body;
}

/** A filed case accepted and assigned the given mediators of the village committee. */
async function assigned(mediatorIds: string[]): Promise<MediationCase> {
  const accepted = await step(mediator, await filed(), 'accept');
  return step(mediator, accepted, 'assign', { mediatorIds });
}

async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  await document.destroy();
  return text.replace(/\s+/g, '');
}

describe('routing a dispute to a committee', () => {
  it('proposes the town committee of the place and offers the village committee recorded at the town code', async () => {
    const res = await server.client().get(`/mediation/routing?regionId=beijing&divisionCode=${town.divisionCode}&disputeType=neighbour`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ reason: 'township_of_place', committee: { id: town.township.id, kind: 'township', divisionCode: town.divisionCode } });
    // The demo registry has no village codes: a village committee serves part of the town, so it is a choice, not the proposal.
    expect(res.body.alternatives.map((c: { id: string }) => c.id)).toContain(town.village.id);
  });

  it('answers 400 on query.regionId for an unknown region', async () => {
    const res = await server.client().get(`/mediation/routing?regionId=atlantis&divisionCode=${town.divisionCode}&disputeType=neighbour`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.regionId']);
  });

  it('finds no committee for a place outside the region', async () => {
    const res = await server.client().get('/mediation/routing?regionId=beijing&divisionCode=442000&disputeType=neighbour');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ reason: 'none_covering', alternatives: [] });
  });
});

describe('filing a dispute', () => {
  it('starts the 5-day answer clock and gives a TJ reference, and a retry with the same Idempotency-Key returns the same case', async () => {
    const headers = { 'idempotency-key': `mediation-${Date.now()}` };
    const first = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, town.village.id), headers);
    expect(first.status, first.text).toBe(201);
    const app = first.body;
    expect(app.status).toBe('submitted');
    expect(app.reference).toMatch(new RegExp(`^TJ-${town.divisionCode.slice(0, 6)}-\\d{8}-[0-9A-F]{8}$`));
    expect(app.deadlines).toHaveLength(1);
    const [acceptance] = app.deadlines;
    expect(acceptance).toMatchObject({ kind: 'acceptance' });
    expect(acceptance!.dueAt).toBe(addDays(new Date(acceptance!.startedAt), 5, 'calendar').toISOString());
    expect(app.dueAt).toBe(acceptance!.dueAt);
    // The applicant sees their own filing in full.
    expect(app.applicantName).toBe('王建国');
    expect(app.parties[0]).toMatchObject({ role: 'applicant', idNumber: APPLICANT_ID, phone: '13911112222' });
    const again = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, town.village.id), headers);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(app.id);
  });

  it.each([
    ['an unknown region', { regionId: 'atlantis' }, 'body.regionId'],
    ['two applicants', { parties: [{ role: 'applicant', name: '甲' }, { role: 'applicant', name: '乙' }] }, 'body.parties'],
    ['no respondent', { parties: [{ role: 'applicant', name: '甲' }, { role: 'applicant', name: '乙' }].slice(0, 1).concat([{ role: 'applicant', name: '丙' }]) }, 'body.parties'],
    ['a bad ID check character', { parties: [{ role: 'applicant', name: '甲' }, { role: 'respondent', name: '乙', idNumber: `${RESPONDENT_ID.slice(0, 17)}${RESPONDENT_ID.endsWith('0') ? '1' : '0'}` }] }, 'body.parties.1.idNumber'],
    ['a committee that does not serve the place', { committeeId: '00000000-0000-4000-8000-000000000000' }, 'body.committeeId'],
    ['a place outside the region', { place: { divisionCode: '442000' } }, 'body.committeeId'],
  ])('answers 400 naming the field for %s', async (_label, overrides, field) => {
    const res = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, town.village.id, overrides));
    expect(res.status, res.text).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.errors?.map((e) => e.field)).toEqual([field]);
  });

  it('answers 400 on body.parties when nobody is the respondent', async () => {
    const res = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, town.village.id, { parties: [{ role: 'applicant', name: '甲' }, { role: 'applicant', name: '乙' }] }));
    expect(res.body.errors?.map((e) => e.field)).toEqual(['body.parties']);
  });

  it('lets only citizens file (403 for a mediator)', async () => {
    const res = await mediator.post('/mediation/cases', caseInput(town.divisionCode, town.village.id));
    expect(res.status).toBe(403);
  });
});

describe('the mediation workflow', () => {
  it('runs from filing to an agreement whose PDF the citizen downloads with the parties and the terms', async () => {
    const [m1, m2] = town.village.mediators;
    let app = await filed();
    app = await step(mediator, app, 'accept');
    expect(app.status).toBe('accepted');
    const conclusion = app.deadlines.find((d) => d.kind === 'conclusion')!;
    expect(conclusion.dueAt).toBe(addDays(new Date(conclusion.startedAt), 30, 'calendar').toISOString());
    expect(app.deadlines.find((d) => d.kind === 'acceptance')?.stoppedAt).toBeDefined();

    app = await step(mediator, app, 'assign', { mediatorIds: [m1!.id, m2!.id] });
    expect(app).toMatchObject({ status: 'assigned', mediators: [{ practitionerId: m1!.id, name: m1!.name }, { practitionerId: m2!.id, name: m2!.name }] });
    // Staff see the parties' ID numbers and phones masked and the applicant's name masked.
    expect(app.parties[0]!.idNumber).not.toBe(APPLICANT_ID);
    expect(app.parties[0]!.idNumber).toMatch(/\*/);
    expect(app.parties[0]!.phone).toMatch(/\*/);
    expect(app.applicantName).not.toBe('王建国');

    app = await step(mediator, app, 'schedule', { session: session([m1!.id], 40, 1, 3) });
    expect(app.status).toBe('in_mediation');
    expect(app.sessions).toHaveLength(1);
    expect(app.sessions[0]!.mediators.map((m) => m.practitionerId)).toEqual([m1!.id]);

    const terms = ['被申请人于十五日内修复申请人家中天花板并赔偿损失人民币三千元。', '被申请人今后晚上十点至早上七点不进行装修施工。'];
    app = await step(mediator, app, 'record_agreement', { agreement: { terms, performBy: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) } });
    expect(app.status).toBe('agreed');
    expect(app.agreement?.terms).toEqual(terms);
    const signedOn = new Date(new Date(app.agreement!.signedAt).getTime() + 8 * 3_600_000);
    expect(app.agreement!.judicialConfirmationBy).toBe(new Date(signedOn.getTime() + 30 * 86_400_000).toISOString().slice(0, 10));
    expect(app.history.map((h) => [h.status, h.action ?? null])).toEqual([
      ['submitted', null],
      ['accepted', 'accept'],
      ['assigned', 'assign'],
      ['in_mediation', 'schedule'],
      ['agreed', 'record_agreement'],
    ]);

    const pdf = await download(server, 'beijing.citizen', `/mediation/cases/${app.id}/agreement`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(`调解协议书-${app.reference}.pdf`)}`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf.bytes);
    for (const expected of ['人民调解协议书', app.reference, '王建国', '赵丽华', APPLICANT_ID, app.committee.name, ...terms, m1!.name, '第三十三条', '不收取任何费用']) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
    // The same agreement gives the same bytes; staff get the ID numbers masked.
    const again = await download(server, 'beijing.citizen', `/mediation/cases/${app.id}/agreement`);
    expect(again.bytes.equals(pdf.bytes)).toBe(true);
    const staffCopy = await pdfText((await download(server, mediator.username, `/mediation/cases/${app.id}/agreement`)).bytes);
    expect(staffCopy).not.toContain(APPLICANT_ID);
    expect(staffCopy).toContain('赵丽华');
  });

  it('refuses terms the agreement document cannot print, naming the term', async () => {
    const [m1] = town.village.mediators;
    let app = await assigned([m1!.id]);
    app = await step(mediator, app, 'schedule', { session: session([m1!.id], 45, 1, 2) });
    const res = await act(mediator, app, 'record_agreement', { agreement: { terms: ['双方和解。', '被申请人赔礼道歉🙏'] } });
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toEqual(['body.agreement.terms.1']);
    expect((await citizen.get<MediationCase>(`/mediation/cases/${app.id}`)).body.status).toBe('in_mediation');
  });

  it('answers 409 invalid_state for the agreement of a case without one', async () => {
    const app = await filed();
    const res = await citizen.get<MediationCase>(`/mediation/cases/${app.id}/agreement`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_state');
  });

  it('transfers to the town committee that takes the dispute, and refuses a committee that does not', async () => {
    const app = await filed();
    const wrong = await act(mediator, app, 'transfer', { committeeId: app.committee.id, reason: '移送' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.map((e) => e.field)).toEqual(['body.committeeId']);
    const moved = await step(mediator, app, 'transfer', { committeeId: town.township.id, reason: '纠纷涉及多个村，由街道调委会调解' });
    expect(moved).toMatchObject({ status: 'submitted', committee: { id: town.township.id } });
    expect(moved.deadlines.filter((d) => d.kind === 'acceptance')).toHaveLength(2);
    // The case is the town committee's now: its mediators take it on, the village committee's no longer see it.
    expect((await mediator.get(`/mediation/cases/${app.id}`)).status).toBe(404);
    const townMediator = await mediatorOf(server, town.township);
    expect(await step(townMediator, moved, 'accept')).toMatchObject({ status: 'accepted' });
  });

  it('assigns only active mediators of the case committee, naming the one that is not', async () => {
    const app = await step(mediator, await filed(), 'accept');
    const stranger = town.township.mediators[0]!.id;
    const res = await act(mediator, app, 'assign', { mediatorIds: [town.village.mediators[0]!.id, stranger] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body.mediatorIds' })]);
    expect(res.body.detail).toContain(stranger);
  });

  it('records a failure and a withdrawal with their reasons', async () => {
    const [m1] = town.village.mediators;
    let failed = await assigned([m1!.id]);
    failed = await step(mediator, failed, 'schedule', { session: session([m1!.id], 50, 1, 2) });
    failed = await step(mediator, failed, 'record_failure', { reason: '双方对赔偿数额分歧过大' });
    expect(failed).toMatchObject({ status: 'failed', outcomeReason: '双方对赔偿数额分歧过大' });
    const withdrawn = await step(citizen, await filed(), 'withdraw', { reason: '已与邻居自行和解' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', outcomeReason: '已与邻居自行和解' });
  });

  it('answers 409 invalid_transition for an action the state does not allow', async () => {
    const app = await filed();
    const res = await act(mediator, app, 'record_agreement', { agreement: { terms: ['双方和解'] } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
  });

  it('answers 409 version_conflict for a stale version, and lets exactly one of two concurrent accepts win', async () => {
    const app = await filed();
    const stale = await act(mediator, { id: app.id, version: app.version + 1 }, 'accept');
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const bureau = await server.loginAs('beijing.bureau_admin');
    const answers = await Promise.all([act(mediator, app, 'accept'), act(bureau, app, 'accept')]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const now = await citizen.get<MediationCase>(`/mediation/cases/${app.id}`);
    expect(now.body).toMatchObject({ status: 'accepted', version: app.version + 1 });
    expect(now.body.history.filter((h) => h.action === 'accept')).toHaveLength(1);
    expect(now.body.deadlines.filter((d) => d.kind === 'conclusion')).toHaveLength(1);
  });

  it('answers 400 naming the missing reason', async () => {
    const app = await filed();
    const res = await act(mediator, app, 'decline', { reason: '  ' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toEqual(['body.reason']);
  });
});

describe('a mediator calendar', () => {
  it('refuses an overlapping session of the same mediator with 409 calendar_conflict, and accepts an adjacent one', async () => {
    const [m1] = town.village.mediators;
    const first = await assigned([m1!.id]);
    const second = await assigned([m1!.id]);
    await step(mediator, first, 'schedule', { session: session([m1!.id], 60, 2, 4) });
    const clash = await act(mediator, second, 'schedule', { session: session([m1!.id], 60, 3, 5) });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('calendar_conflict');
    expect(clash.body.detail).toMatch(/\d{4}-\d{2}-\d{2} 10:00–12:00/);
    const adjacent = await step(mediator, second, 'schedule', { session: session([m1!.id], 60, 4, 6) });
    expect(adjacent.sessions).toHaveLength(1);
  });

  it('books exactly one of two concurrent overlapping sessions of one mediator', async () => {
    const [, m2] = town.village.mediators;
    const [a, b] = await Promise.all([assigned([m2!.id]), assigned([m2!.id])]);
    const bureau = await server.loginAs('beijing.bureau_admin');
    const answers = await Promise.all([
      act(mediator, a, 'schedule', { session: session([m2!.id], 70, 1, 3) }),
      act(bureau, b, 'schedule', { session: session([m2!.id], 70, 2, 4) }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('calendar_conflict');
  });

  it.each([
    ['a start in the past', { startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() - 1_800_000).toISOString() }, 'body.session.startsAt'],
    ['an end before the start', { endsAt: session([], 80, 0, 0).startsAt }, 'body.session.endsAt'],
    ['more than 8 hours', { endsAt: session([], 80, 12, 12).startsAt }, 'body.session.endsAt'],
    ['on site without a location', { location: undefined }, 'body.session.location'],
    ['online without https', { mode: 'online', location: undefined, onlineUrl: 'http://meet.example.cn/room/1' }, 'body.session.onlineUrl'],
  ])('answers 400 naming the field for %s', async (_label, change, field) => {
    const [m1] = town.village.mediators;
    const app = await assigned([m1!.id]);
    const res = await act(mediator, app, 'schedule', { session: { ...session([m1!.id], 80, 1, 3), ...change } });
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toEqual([field]);
  });

  it('answers 400 for a session mediator who is not assigned to the case', async () => {
    const [m1, m2] = town.village.mediators;
    const app = await assigned([m1!.id]);
    const res = await act(mediator, app, 'schedule', { session: session([m2!.id], 80, 5, 6) });
    expect(res.body.errors?.map((e) => e.field)).toEqual(['body.session.mediatorIds']);
  });
});

describe('who sees and acts on a case', () => {
  it('hides a case from mediators of other committees, here or elsewhere, and from another citizen or a lawyer (404); a lawyer lists none', async () => {
    const app = await filed();
    const townMediator = await mediatorOf(server, town.township);
    for (const [account, client] of [
      ['zhongshan.mediator', await server.loginAs('zhongshan.mediator')],
      ['beijing.mediator (another committee)', await server.loginAs('beijing.mediator')],
      ['the town committee\'s mediator', townMediator],
      ['leshan.citizen', await server.loginAs('leshan.citizen')],
      ['beijing.lawyer', await server.loginAs('beijing.lawyer')],
    ] as const) {
      expect((await client.get(`/mediation/cases/${app.id}`)).status, account).toBe(404);
    }
    expect((await act(townMediator, app, 'accept')).status).toBe(404);
    // A lawyer is assigned no mediation case: their list is empty.
    const lawyerList = await (await server.loginAs('beijing.lawyer')).get<{ items: MediationCase[] }>('/mediation/cases');
    expect(lawyerList.status).toBe(200);
    expect(lawyerList.body.items).toEqual([]);
    // A mediator account linked to no committee handles nothing yet.
    await server.handle.execute(`insert into users (username, password_hash, display_name, role, region_id)
      select 'mediator.unlinked', password_hash, '未关联调解员', 'mediator', 'beijing' from users where username = 'beijing.mediator'`);
    expect((await (await server.loginAs('mediator.unlinked')).get<{ items: MediationCase[] }>('/mediation/cases?pageSize=100')).body.items).toEqual([]);
    expect((await act(citizen, app, 'accept')).status).toBe(403);
    expect((await mediator.get('/mediation/cases?regionId=zhongshan')).status).toBe(403);
  });

  it('lists a citizen only their own cases and staff the cases of their region with masked names', async () => {
    const app = await filed();
    const own = await citizen.get<{ items: MediationCase[] }>('/mediation/cases?pageSize=100');
    expect(own.body.items.find((c) => c.id === app.id)?.applicantName).toBe('王建国');
    const other = await (await server.loginAs('leshan.citizen')).get<{ items: MediationCase[] }>('/mediation/cases?pageSize=100');
    expect(other.body.items.map((c) => c.id)).not.toContain(app.id);
    expect(other.body.items.every((c) => c.regionId === 'leshan')).toBe(true);
    const staff = await mediator.get<{ items: MediationCase[] }>(`/mediation/cases?committeeId=${town.village.id}&status=submitted&pageSize=100`);
    const listed = staff.body.items.find((c) => c.id === app.id);
    expect(listed?.applicantName).toMatch(/^王\*+$/);
    const elsewhere = await (await server.loginAs('zhongshan.mediator')).get<{ items: MediationCase[] }>('/mediation/cases?pageSize=100');
    expect(elsewhere.body.items.find((c) => c.id === app.id)).toBeUndefined();
  });

  it('filters the list by dispute type, and answers 400 naming query.disputeType for an unknown one', async () => {
    const labour = await filed({ disputeType: 'labour' });
    const neighbour = await filed();
    const listed = await mediator.get<{ items: MediationCase[] }>('/mediation/cases?disputeType=labour&pageSize=100');
    expect(listed.status).toBe(200);
    const ids = listed.body.items.map((c) => c.id);
    expect(ids).toContain(labour.id);
    expect(ids).not.toContain(neighbour.id);
    expect(listed.body.items.every((c) => c.disputeType === 'labour')).toBe(true);
    const bad = await mediator.get<MediationCase>('/mediation/cases?disputeType=gossip');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field)).toContain('query.disputeType');
  });
});

describe('ordering the case list', () => {
  type Listed = { id: string; createdAt: string; updatedAt: string };
  async function listed(sort: string): Promise<Listed[]> {
    const res = await citizen.get<{ items: Listed[] }>(`/mediation/cases?sort=${sort}&pageSize=100`);
    expect(res.status, res.text).toBe(200);
    return res.body.items;
  }
  function times(items: Listed[], key: 'createdAt' | 'updatedAt'): number[] {
    return items.map((item) => Date.parse(item[key]));
  }

  it('sorts by createdAt or updatedAt, ascending or with a leading - descending, newest filed first by default', async () => {
    const first = await filed();
    const second = await filed();
    // Accepting the older case makes it the most recently updated one.
    await step(mediator, first, 'accept');
    const ascending = await listed('createdAt');
    expect(times(ascending, 'createdAt')).toEqual(times(ascending, 'createdAt').toSorted((a, b) => a - b));
    const ids = ascending.map((c) => c.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const newest = await listed('-createdAt');
    // Cases filed in the same millisecond (the suites file some concurrently) keep the id order either way.
    expect(times(newest, 'createdAt')).toEqual(times(newest, 'createdAt').toSorted((a, b) => b - a));
    expect(newest.map((c) => c.id).indexOf(second.id)).toBeLessThan(newest.map((c) => c.id).indexOf(first.id));
    expect(newest.map((c) => c.id).toSorted()).toEqual(ids.toSorted());
    const byDefault = await citizen.get<{ items: Listed[] }>('/mediation/cases?pageSize=100');
    expect(byDefault.body.items.map((c) => c.id)).toEqual(newest.map((c) => c.id));
    const updated = await listed('-updatedAt');
    expect(times(updated, 'updatedAt')).toEqual(times(updated, 'updatedAt').toSorted((a, b) => b - a));
    expect(updated.map((c) => c.id).indexOf(first.id)).toBeLessThan(updated.map((c) => c.id).indexOf(second.id));
    const staleFirst = await listed('updatedAt');
    expect(staleFirst.map((c) => c.id).indexOf(second.id)).toBeLessThan(staleFirst.map((c) => c.id).indexOf(first.id));
  });

  it('answers 400 naming query.sort for an unknown sort key', async () => {
    for (const sort of ['reference', '-status', 'createdAt,updatedAt']) {
      const bad = await citizen.get<MediationCase>(`/mediation/cases?sort=${sort}`);
      expect(bad.status, sort).toBe(400);
      expect(bad.body.errors?.map((e) => e.field), sort).toContain('query.sort');
    }
  });
});

describe('rating a case', () => {
  it('moves an agreed case to evaluated, and refuses a case still in progress', async () => {
    const [m1] = town.village.mediators;
    let app = await assigned([m1!.id]);
    app = await step(mediator, app, 'schedule', { session: session([m1!.id], 90, 1, 2) });
    app = await step(mediator, app, 'record_agreement', { agreement: { terms: ['双方互谅互让，就此和解。'] } });
    const rating = { module: 'mediation', subjectType: 'application', subjectId: app.id, level: 'very_satisfied' };
    const res = await citizen.post('/evaluations', rating);
    expect(res.status, res.text).toBe(201);
    const now = await citizen.get<MediationCase>(`/mediation/cases/${app.id}`);
    expect(now.body).toMatchObject({ status: 'evaluated', version: app.version + 1 });
    expect(now.body.history.at(-1)).toMatchObject({ status: 'evaluated', note: 'very_satisfied' });
    expect((await download(server, 'beijing.citizen', `/mediation/cases/${app.id}/agreement`)).status).toBe(200);

    const open = await filed();
    const early = await citizen.post('/evaluations', { ...rating, subjectId: open.id });
    expect(early.status).toBe(409);
    const stranger = await (await server.loginAs('leshan.citizen')).post('/evaluations', rating);
    expect(stranger.status).toBe(404);
  });
});
