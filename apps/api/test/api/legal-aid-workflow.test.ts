/**
 * The legal-aid workflow on the real server: transitions, statutory clocks, history, optimistic
 * concurrency, and who may do what (issue 5, deliverable 4). Leshan follows the national clocks: decide
 * within 7, assign within 3, review an objection within 5 working days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@fawang/workflow';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { applicationInput } from './fixtures.js';

interface Deadline {
  kind: string;
  startedAt: string;
  dueAt: string;
  stoppedAt?: string;
}
interface Application {
  id: string;
  status: string;
  version: number;
  dueAt?: string;
  overdue: boolean;
  deadlines: Deadline[];
  history: { status: string; action?: string; note?: string; by: { role: string; displayName: string } }[];
  assignee?: { kind: string; practitionerId: string; name: string; organizationName?: string };
  outcome?: string;
}

let server: TestServer;
let citizen: TestClient;
let officer: TestClient;
/** An active leshan lawyer from the directory, the roster that assignments come from. */
let lawyer: { id: string; name: string; organizationName: string };
beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.loginAs('leshan.citizen');
  officer = await server.loginAs('leshan.legal_aid_officer');
  const roster = await server.client().get<{ items: (typeof lawyer)[] }>('/practitioners?regionId=leshan&type=lawyer&status=active&pageSize=1');
  lawyer = roster.body.items[0]!;
});
afterAll(async () => server?.close());

async function submitted(): Promise<Application> {
  const res = await citizen.post<Application>('/legal-aid/applications', applicationInput());
  expect(res.status).toBe(201);
  return res.body;
}

/** Takes one action with the version the caller last saw; returns the response for assertions. */
function act(client: TestClient, app: Pick<Application, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) {
  return client.post<Application & { code?: string; errors?: { field: string }[] }>(
    `/legal-aid/applications/${app.id}/transitions`,
    { action, version: app.version, ...extra },
  );
}

async function step(client: TestClient, app: Application, action: string, extra: Record<string, unknown> = {}): Promise<Application> {
  const res = await act(client, app, action, extra);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
  expect(res.body.version).toBe(app.version + 1);
  return res.body;
}

function clock(app: Application, kind: string): Deadline[] {
  return app.deadlines.filter((d) => d.kind === kind);
}

function dueIn(deadline: Deadline, days: number): void {
  expect(deadline.dueAt).toBe(addDays(new Date(deadline.startedAt), days, 'working').toISOString());
}

describe('the legal-aid workflow', () => {
  it('runs the happy path from submission to closing with clocks and history', async () => {
    let app = await submitted();
    expect(app.deadlines).toHaveLength(1);
    dueIn(clock(app, 'decision')[0]!, 7);
    expect(app.dueAt).toBe(clock(app, 'decision')[0]!.dueAt);
    expect(app.overdue).toBe(false);

    app = await step(officer, app, 'start_review');
    expect(app.status).toBe('under_review');
    app = await step(officer, app, 'approve');
    expect(app.status).toBe('approved');
    expect(clock(app, 'decision')[0]!.stoppedAt).toBeDefined();
    const assignment = clock(app, 'assignment')[0]!;
    dueIn(assignment, 3);
    expect(app.dueAt).toBe(assignment.dueAt);

    app = await step(officer, app, 'assign', { assignee: { kind: 'lawyer', practitionerId: lawyer.id } });
    // The name comes from the directory, never from the request.
    const assignee = { kind: 'lawyer', practitionerId: lawyer.id, name: lawyer.name, organizationName: lawyer.organizationName };
    expect(app.status).toBe('assigned');
    expect(app.assignee).toEqual(assignee);
    expect(app.history.at(-1)?.note).toBe(lawyer.name);
    expect(clock(app, 'assignment')[0]!.stoppedAt).toBeDefined();
    expect(app.dueAt).toBeUndefined();
    app = await step(officer, app, 'start');
    app = await step(officer, app, 'close', { outcome: '经调解，用人单位支付拖欠工资两万三千元。' });
    expect(app).toMatchObject({ status: 'closed', outcome: '经调解，用人单位支付拖欠工资两万三千元。', version: 6 });

    expect(app.history.map((h) => [h.status, h.action ?? null, h.by.role])).toEqual([
      ['submitted', null, 'citizen'],
      ['under_review', 'start_review', 'legal_aid_officer'],
      ['approved', 'approve', 'legal_aid_officer'],
      ['assigned', 'assign', 'legal_aid_officer'],
      ['in_progress', 'start', 'legal_aid_officer'],
      ['closed', 'close', 'legal_aid_officer'],
    ]);
    const seen = await citizen.get<Application>(`/legal-aid/applications/${app.id}`);
    expect(seen.body).toMatchObject({ status: 'closed', assignee, version: 6 });
    expect(seen.body.history.at(-1)?.note).toBe('经调解，用人单位支付拖欠工资两万三千元。');
    // Each side sees its own name and the other's masked.
    expect(seen.body.history[0]!.by.displayName).not.toMatch(/\*/);
    expect(seen.body.history[1]!.by.displayName).toMatch(/^示\*+$/);

    const log = await (await server.loginAs('leshan.bureau_admin')).get<{ items: { action: string; subjectId: string }[] }>(
      '/audit-log?action=update&pageSize=100',
    );
    expect(log.body.items.filter((e) => e.subjectId === app.id)).toHaveLength(5);
  });

  it('suspends the decision clock while material is missing and restarts it when it arrives', async () => {
    let app = await submitted();
    app = await step(officer, app, 'request_material', { reason: '请补充工资欠条复印件' });
    expect(app.status).toBe('needs_material');
    expect(clock(app, 'decision')[0]!.stoppedAt).toBeDefined();
    expect(app.dueAt).toBeUndefined();
    app = await step(citizen, app, 'provide_material', { material: '已上传工资欠条复印件两页' });
    expect(app.status).toBe('under_review');
    const decisions = clock(app, 'decision');
    expect(decisions).toHaveLength(2);
    expect(decisions[1]!.stoppedAt).toBeUndefined();
    dueIn(decisions[1]!, 7);
    expect(app.history.slice(1).map((h) => [h.action, h.note])).toEqual([
      ['request_material', '请补充工资欠条复印件'],
      ['provide_material', '已上传工资欠条复印件两页'],
    ]);
  });

  it('refuses, takes one objection, and makes the refusal final when the objection is rejected', async () => {
    let app = await step(officer, await submitted(), 'start_review');
    app = await step(officer, app, 'refuse', { reason: '家庭经济状况不符合经济困难标准' });
    expect(app.status).toBe('refused');
    app = await step(citizen, app, 'object', { reason: '家庭月收入计算有误' });
    expect(app.status).toBe('objected');
    dueIn(clock(app, 'objection_review')[0]!, 5);
    app = await step(officer, app, 'reject_objection', { reason: '经复核，原决定正确' });
    expect(app.status).toBe('refused');
    expect(app.dueAt).toBeUndefined();

    const again = await act(citizen, app, 'object', { reason: '再次异议' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invalid_transition');
  });

  it('answers 409 invalid_transition for an action the state does not allow', async () => {
    const app = await submitted();
    const res = await act(officer, app, 'assign', { assignee: { kind: 'duty_lawyer', practitionerId: lawyer.id } });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('invalid_transition');
  });

  it('answers 409 version_conflict for a stale version, and lets exactly one of two concurrent approvals win', async () => {
    const app = await step(officer, await submitted(), 'start_review');
    const stale = await act(officer, { id: app.id, version: app.version - 1 }, 'approve');
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');

    const other = await server.loginAs('leshan.bureau_admin');
    const answers = await Promise.all([act(officer, app, 'approve'), act(other, app, 'approve')]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('version_conflict');
    const now = await officer.get<Application>(`/legal-aid/applications/${app.id}`);
    expect(now.body).toMatchObject({ status: 'approved', version: app.version + 1 });
    expect(now.body.history.filter((h) => h.action === 'approve')).toHaveLength(1);
    expect(clock(now.body, 'assignment')).toHaveLength(1);
  });

  it('forbids a citizen to approve (403) and hides the application from a zhongshan officer (404)', async () => {
    const app = await step(officer, await submitted(), 'start_review');
    const byCitizen = await act(citizen, app, 'approve');
    expect(byCitizen.status).toBe(403);
    const elsewhere = await server.loginAs('zhongshan.legal_aid_officer');
    const byStranger = await act(elsewhere, app, 'approve');
    expect(byStranger.status).toBe(404);
    const byOfficerAsApplicant = await act(officer, app, 'withdraw');
    expect(byOfficerAsApplicant.status).toBe(403);
  });

  it('answers 400 naming the missing or malformed field', async () => {
    const app = await step(officer, await submitted(), 'start_review');
    const noReason = await act(officer, app, 'refuse');
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.map((e) => e.field)).toEqual(['body.reason']);
    const blankReason = await act(officer, app, 'refuse', { reason: '   ' });
    expect(blankReason.body.errors?.map((e) => e.field)).toEqual(['body.reason']);
    const noVersion = await officer.post<{ errors?: { field: string }[] }>(`/legal-aid/applications/${app.id}/transitions`, {
      action: 'approve',
    });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors?.map((e) => e.field).join()).toMatch(/version/);
    const unknownAction = await act(officer, app, 'teleport');
    expect(unknownAction.status).toBe(400);
    expect(unknownAction.body.errors?.map((e) => e.field).join()).toMatch(/action/);
    const badAssignee = await act(officer, app, 'approve', { assignee: { kind: 'judge', practitionerId: lawyer.id } });
    expect(badAssignee.status).toBe(400);
  });

  it('submits a saved draft through the workflow, once the pledge is signed', async () => {
    const draft = await citizen.post<Application>('/legal-aid/applications', applicationInput({ submit: false }));
    expect(draft.body).toMatchObject({ status: 'draft', deadlines: [], overdue: false });
    const app = await step(citizen, draft.body, 'submit');
    expect(app.status).toBe('submitted');
    dueIn(clock(app, 'decision')[0]!, 7);

    const unsigned = await citizen.post<Application>('/legal-aid/applications', applicationInput({ submit: false, pledgeSigned: false }));
    const refused = await act(citizen, unsigned.body, 'submit');
    expect(refused.status).toBe(400);
  });

  it('flags an application whose running clock is past due, and filters the queue by it', async () => {
    const late = await submitted();
    const fresh = await submitted();
    // Eight days pass for `late` only: its decision clock ran out.
    const past = new Date(Date.now() - 86_400_000).toISOString();
    await server.handle.execute('UPDATE case_clocks SET due_at = $1 WHERE case_id = $2', [past, late.id]);
    await server.handle.execute('UPDATE cases SET due_at = $1 WHERE id = $2', [past, late.id]);

    const queue = await officer.get<{ items: { id: string; overdue: boolean }[] }>('/legal-aid/applications?overdue=true&pageSize=100');
    expect(queue.status).toBe(200);
    const ids = queue.body.items.map((a) => a.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(fresh.id);
    expect(queue.body.items.every((a) => a.overdue)).toBe(true);
    const detail = await officer.get<Application>(`/legal-aid/applications/${late.id}`);
    expect(detail.body).toMatchObject({ overdue: true, dueAt: past });

    // Deciding stops the clock, so the application leaves the overdue queue.
    const decided = await step(officer, await step(officer, detail.body, 'start_review'), 'approve');
    expect(decided.overdue).toBe(false);
  });
});

describe('the assigned lawyer (承办律师)', () => {
  /** A lawyer account linked to the practitioner record `practitionerId`, with the demo password. */
  async function lawyerAccount(practitionerId: string): Promise<TestClient> {
    const username = `lawyer.${practitionerId.slice(0, 8)}.${Math.random().toString(36).slice(2, 6)}`;
    await server.handle.execute(
      `insert into users (username, password_hash, display_name, role, region_id, practitioner_id)
       select $1, password_hash, '测试律师', 'lawyer', 'leshan', $2 from users where username = 'leshan.lawyer'`,
      [username, practitionerId],
    );
    return server.loginAs(username);
  }

  it('sees the case assigned to them alone, starts and closes it; other lawyers see nothing of it', async () => {
    let app = await submitted();
    app = await step(officer, app, 'start_review');
    app = await step(officer, app, 'approve');
    app = await step(officer, app, 'assign', { assignee: { kind: 'lawyer', practitionerId: lawyer.id } });
    const assigned = await lawyerAccount(lawyer.id);
    const others = await server.client().get<{ items: { id: string }[] }>('/practitioners?regionId=leshan&type=lawyer&status=active&pageSize=2');
    const stranger = await lawyerAccount(others.body.items.find((p) => p.id !== lawyer.id)!.id);

    expect((await assigned.get(`/legal-aid/applications/${app.id}`)).status).toBe(200);
    const listed = await assigned.get<{ items: { id: string }[] }>('/legal-aid/applications?pageSize=100');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((a) => a.id)).toContain(app.id);
    // Only cases assigned to them: an unassigned submission of the region is not there.
    const unassigned = await submitted();
    expect(listed.body.items.map((a) => a.id)).not.toContain(unassigned.id);
    expect((await assigned.get(`/legal-aid/applications/${unassigned.id}`)).status).toBe(404);
    expect((await stranger.get(`/legal-aid/applications/${app.id}`)).status).toBe(404);
    expect((await act(stranger, app, 'start')).status).toBe(404);

    // The workflow gives the assignee start and close, nothing an officer decides.
    expect((await act(assigned, unassigned, 'start_review')).status).toBe(404);
    app = await step(assigned, app, 'start');
    expect(app.status).toBe('in_progress');
    app = await step(assigned, app, 'close', { outcome: '调解结案，追回工资 8,000 元' });
    expect(app).toMatchObject({ status: 'closed', outcome: '调解结案，追回工资 8,000 元' });
    expect(app.history.at(-1)).toMatchObject({ action: 'close', by: { role: 'lawyer' } });
    // The applicant is told.
    const notices = await citizen.get<{ items: { caseId: string; action?: string }[] }>('/notices?pageSize=100');
    expect(notices.body.items.filter((n) => n.caseId === app.id).map((n) => n.action)).toEqual(expect.arrayContaining(['start', 'close']));
  });
});
