/**
 * Legal aid after the decision, on the real server: assignment from the roster (指派), the quality review
 * of a closed case (案件质量评查), rating it (好差评 → evaluated), the officer's CSV export and a bureau's
 * statistics against the plan's indicator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetSafe } from '../../src/legal-aid/reports.js';
import { DEMO_PASSWORD } from '../support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { applicationInput } from './fixtures.js';

interface Application {
  id: string;
  reference: string;
  status: string;
  version: number;
  history: { status: string; action?: string; note?: string }[];
  assignee?: { kind: string; practitionerId: string; name: string; organizationName?: string };
  qualityReview?: { grade: string; followUpNote?: string; notes?: string; reviewer: string; reviewedAt: string };
}
interface Problem {
  code?: string;
  errors?: { field: string; message: string }[];
}
interface Statistics {
  regionId: string;
  total: number;
  byStatus: { status: string; count: number }[];
  decided: number;
  medianDecisionDays?: number;
  overdue: number;
  aidedCases: number;
  population?: number;
  aidedPer100k?: number;
  target?: { indicatorId: string; name: string; value: number; unit: string; deadline?: string; regionId: string };
}

let server: TestServer;
let citizen: TestClient;
let officer: TestClient;
type Listed = { id: string; name: string; organizationName: string };
const roster: Record<'leshanLawyer' | 'leshanNotary' | 'zhongshanLawyer', Listed> = {} as never;

async function firstPractitioner(regionId: string, type: string) {
  const res = await server.client().get<{ items: Listed[] }>(`/practitioners?regionId=${regionId}&type=${type}&status=active&pageSize=1`);
  return res.body.items[0]!;
}

beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.loginAs('leshan.citizen');
  officer = await server.loginAs('leshan.legal_aid_officer');
  roster.leshanLawyer = await firstPractitioner('leshan', 'lawyer');
  roster.leshanNotary = await firstPractitioner('leshan', 'notary');
  roster.zhongshanLawyer = await firstPractitioner('zhongshan', 'lawyer');
});
afterAll(async () => server?.close());

function act(client: TestClient, app: Pick<Application, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) {
  return client.post<Application & Problem>(`/legal-aid/applications/${app.id}/transitions`, { action, version: app.version, ...extra });
}

async function step(client: TestClient, app: Application, action: string, extra: Record<string, unknown> = {}): Promise<Application> {
  const res = await act(client, app, action, extra);
  expect(res.status, `${action}: ${res.text}`).toBe(200);
  return res.body;
}

async function approved(owner = citizen, input = applicationInput()): Promise<Application> {
  const created = await owner.post<Application>('/legal-aid/applications', input);
  expect(created.status).toBe(201);
  return step(officer, await step(officer, created.body, 'start_review'), 'approve');
}

async function closed(owner = citizen): Promise<Application> {
  let app = await approved(owner);
  app = await step(officer, app, 'assign', { assignee: { kind: 'lawyer', practitionerId: roster.leshanLawyer.id } });
  app = await step(officer, app, 'start');
  return step(officer, app, 'close', { outcome: '经调解，对方支付拖欠工资。' });
}

function review(client: TestClient, id: string, body: Record<string, unknown>) {
  return client.request<Application & Problem>('PUT', `/legal-aid/applications/${id}/quality-review`, { json: body });
}

describe('assignment from the roster', () => {
  it('stores the directory name and organization of an active lawyer of the region', async () => {
    const app = await step(officer, await approved(), 'assign', { assignee: { kind: 'duty_lawyer', practitionerId: roster.leshanLawyer.id } });
    expect(app.assignee).toEqual({
      kind: 'duty_lawyer',
      practitionerId: roster.leshanLawyer.id,
      name: roster.leshanLawyer.name,
      organizationName: roster.leshanLawyer.organizationName,
    });
  });

  it('answers 400 on body.assignee.practitionerId for a zhongshan lawyer, a notary, or an unknown id', async () => {
    const app = await approved();
    for (const [kind, practitionerId, message] of [
      ['lawyer', roster.zhongshanLawyer.id, /outside/],
      ['lawyer', roster.leshanNotary.id, /must be a lawyer/],
      ['legal_aid_worker', roster.leshanLawyer.id, /legal_aid_worker or grassroots_legal_worker/],
      ['lawyer', '00000000-0000-4000-8000-000000000000', /no practitioner/],
    ] as const) {
      const res = await act(officer, app, 'assign', { assignee: { kind, practitionerId } });
      expect(res.status, `${kind} ${practitionerId}`).toBe(400);
      expect(res.body.errors?.map((e) => e.field)).toEqual(['body.assignee.practitionerId']);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    const still = await officer.get<Application>(`/legal-aid/applications/${app.id}`);
    expect(still.body).toMatchObject({ status: 'approved', version: app.version });
  });
});

describe('quality review (案件质量评查)', () => {
  const pass = { fileChecked: true, followUpDone: true, followUpNote: '受援人对承办律师的服务表示满意', grade: 'pass' };

  it('is 409 invalid_state before closure', async () => {
    const app = await approved();
    const res = await review(officer, app.id, pass);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_state');
  });

  it('needs a follow-up note and, for a failing grade, the findings (400 naming the field)', async () => {
    const app = await closed();
    const noNote = await review(officer, app.id, { fileChecked: true, followUpDone: true, grade: 'pass' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors?.map((e) => e.field)).toEqual(['body.followUpNote']);
    const failWithoutNotes = await review(officer, app.id, { fileChecked: false, followUpDone: false, grade: 'fail', notes: '  ' });
    expect(failWithoutNotes.status).toBe(400);
    expect(failWithoutNotes.body.errors?.map((e) => e.field)).toEqual(['body.notes']);
  });

  it('is for officers of the region: the applicant gets 403 and a zhongshan officer 404', async () => {
    const app = await closed();
    expect((await review(citizen, app.id, pass)).status).toBe(403);
    expect((await review(await server.loginAs('zhongshan.legal_aid_officer'), app.id, pass)).status).toBe(404);
  });

  it('records the review with its reviewer, in the history and the audit log, and can be corrected', async () => {
    const app = await closed();
    const res = await review(officer, app.id, pass);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', version: app.version + 1, qualityReview: { grade: 'pass', followUpNote: pass.followUpNote } });
    expect(res.body.qualityReview?.reviewer).toBe('示例法律援助工作人员（乐山市）');
    expect(res.body.history.at(-1)).toMatchObject({ status: 'closed', note: '质量评查：合格' });
    expect(res.body.history.at(-1)?.action).toBeUndefined();

    const seen = await citizen.get<Application>(`/legal-aid/applications/${app.id}`);
    expect(seen.body.qualityReview?.reviewer).toMatch(/^示\*+$/);

    const corrected = await review(officer, app.id, { fileChecked: false, followUpDone: false, grade: 'fail', notes: '卷宗缺少结案报告' });
    expect(corrected.body).toMatchObject({ version: app.version + 2, qualityReview: { grade: 'fail', notes: '卷宗缺少结案报告' } });
    expect(corrected.body.qualityReview?.followUpNote).toBeUndefined();

    const log = await (await server.loginAs('leshan.bureau_admin')).get<{ items: { subjectId: string }[] }>('/audit-log?action=update&pageSize=100');
    expect(log.body.items.filter((e) => e.subjectId === app.id)).toHaveLength(7);
  });
});

describe('rating a closed application (好差评)', () => {
  it('lets the demo citizen rate the seeded closed application', async () => {
    const mine = await citizen.get<{ items: { id: string }[] }>('/legal-aid/applications?status=closed&pageSize=100');
    const seeded = mine.body.items.at(-1)!;
    const rating = { module: 'legal-aid', subjectType: 'application', subjectId: seeded.id, level: 'satisfied' };
    expect((await citizen.post('/evaluations', rating)).status).toBe(201);
    expect((await citizen.get<Application>(`/legal-aid/applications/${seeded.id}`)).body.status).toBe('evaluated');
  });

  it('moves it to evaluated once; a second rating is 409 already_rated; it can still be reviewed', async () => {
    const app = await closed();
    const rating = { module: 'legal-aid', subjectType: 'application', subjectId: app.id, level: 'very_satisfied', comment: '律师很负责' };
    expect((await citizen.post('/evaluations', rating)).status).toBe(201);
    const rated = await citizen.get<Application>(`/legal-aid/applications/${app.id}`);
    expect(rated.body).toMatchObject({ status: 'evaluated', version: app.version + 1 });
    expect(rated.body.history.at(-1)).toMatchObject({ status: 'evaluated', note: 'very_satisfied' });
    expect(rated.body.history.at(-1)?.action).toBeUndefined();

    const again = await citizen.post<Problem>('/evaluations', { ...rating, level: 'satisfied' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_rated');
    expect((await citizen.get<Application>(`/legal-aid/applications/${app.id}`)).body.version).toBe(app.version + 1);

    const reviewed = await review(officer, app.id, { fileChecked: true, followUpDone: false, grade: 'excellent' });
    expect(reviewed.body).toMatchObject({ status: 'evaluated', qualityReview: { grade: 'excellent' } });
  });
});

/** The export as bytes (fetch's text() would drop the byte-order mark). */
async function exportBytes(account: string, query = ''): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account, password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${server.baseUrl}/api/v1/legal-aid/applications/export${query}`, { headers: { cookie } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

function rowsOf(bytes: Buffer): string[] {
  return bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
}

describe('CSV export', () => {
  it('prefixes formula-like cells with an apostrophe', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    for (const cell of ['+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    expect(spreadsheetSafe('李*')).toBe('李*');
    expect(spreadsheetSafe('')).toBe('');
  });

  it('sends UTF-8 with a BOM, CRLF, zh-CN headers and masked applicants; a formula in a name cannot run', async () => {
    const name = '=HYPERLINK("http://evil.example","点我")';
    const injected = await approved(citizen, applicationInput({ applicant: { ...applicationInput().applicant, name } }));
    const res = await exportBytes('leshan.legal_aid_officer', '?regionId=leshan');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="legal-aid-leshan-\d{8}\.csv"$/);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(res.bytes);
    expect(rows[0]).toBe('受理编号,地区,状态,事项类型,申请人,身份证号,提交时间,法定期限,是否逾期,承办人');
    const text = res.bytes.toString('utf8');
    expect(text).not.toContain('李秀英');
    expect(text).not.toContain('HYPERLINK');
    expect(text).not.toMatch(/\d{17}[\dX]/);
    const row = rows.find((r) => r.startsWith(injected.reference))!;
    // Masked to its first character, the name still starts with "=": the cell is prefixed.
    expect(row.split(',').slice(1, 5)).toEqual(['乐山市', '准予援助', '民事', `'=${'*'.repeat(Array.from(name).length - 1)}`]);
    expect(row).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2},\d{4}-\d{2}-\d{2} \d{2}:\d{2},否,$/);
    // The seed's overdue sample and its assigned cases are there too.
    expect(rows.some((r) => r.includes(',是,'))).toBe(true);

    const log = await (await server.loginAs('leshan.bureau_admin')).get<{ items: { subjectType: string; subjectId: string }[] }>(
      '/audit-log?action=read&pageSize=100',
    );
    expect(log.body.items.some((e) => e.subjectType === 'legal_aid_export' && e.subjectId.startsWith('regionId=leshan'))).toBe(true);
  });

  it('is for staff only, within their region', async () => {
    expect((await citizen.get('/legal-aid/applications/export')).status).toBe(403);
    expect((await (await server.loginAs('leshan.lawyer')).get('/legal-aid/applications/export')).status).toBe(403);
    expect((await officer.get('/legal-aid/applications/export?regionId=zhongshan')).status).toBe(403);
    const zhongshan = rowsOf((await exportBytes('zhongshan.legal_aid_officer')).bytes).slice(1);
    expect(zhongshan.length).toBeGreaterThan(0);
    expect(zhongshan.every((r) => r.split(',')[1] === '中山市')).toBe(true);
  });
});

describe('statistics', () => {
  it('is for a bureau_admin of the region or above', async () => {
    expect((await officer.get('/legal-aid/statistics?regionId=leshan')).status).toBe(403);
    expect((await citizen.get('/legal-aid/statistics?regionId=leshan')).status).toBe(403);
    const admin = await server.loginAs('leshan.bureau_admin');
    expect((await admin.get('/legal-aid/statistics?regionId=zhongshan')).status).toBe(403);
    expect((await admin.get('/legal-aid/statistics?regionId=sichuan')).status).toBe(403);
    const unknown = await admin.get<Problem>('/legal-aid/statistics?regionId=atlantis');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.map((e) => e.field)).toEqual(['query.regionId']);
  });

  it('counts a controlled set: statuses, decisions and their median, overdue, aided per 100k against the national target', async () => {
    // A separate database without the seeded samples, so every figure is known.
    const own = await startTestServer();
    try {
      await own.handle.execute("DELETE FROM cases WHERE module = 'legal-aid'");
      const owner = await own.loginAs('leshan.citizen');
      const clerk = await own.loginAs('leshan.legal_aid_officer');
      const submit = async () => (await owner.post<Application>('/legal-aid/applications', applicationInput())).body;
      const go = async (app: Application, action: string, extra: Record<string, unknown> = {}) =>
        (await clerk.post<Application>(`/legal-aid/applications/${app.id}/transitions`, { action, version: app.version, ...extra })).body;

      const waiting = await submit();
      const aided = await go(await go(await submit(), 'start_review'), 'approve');
      // Refused, then approved on objection: one decision (the first), one aided case.
      const refused = await go(await go(await submit(), 'start_review'), 'refuse', { reason: '不符合经济困难标准' });
      const objection = { action: 'object', version: refused.version, reason: '收入计算有误' };
      const objected = (await owner.post<Application>(`/legal-aid/applications/${refused.id}/transitions`, objection)).body;
      const upheld = await go(objected, 'uphold_objection');
      expect(upheld.status).toBe('approved');
      await owner.post('/legal-aid/applications', applicationInput({ submit: false }));

      // Decisions 2 and 5 days after submission; the waiting one is past its decision deadline.
      await own.handle.execute(
        `UPDATE case_history h SET at = a.submitted_at + make_interval(days => $1) FROM cases a
          WHERE a.id = h.case_id AND h.case_id = $2 AND h.action = 'approve'`,
        [2, aided.id],
      );
      await own.handle.execute(
        `UPDATE case_history h SET at = a.submitted_at + make_interval(days => $1) FROM cases a
          WHERE a.id = h.case_id AND h.case_id = $2 AND h.action = 'refuse'`,
        [5, refused.id],
      );
      await own.handle.execute('UPDATE cases SET due_at = $1 WHERE id = $2', [new Date(Date.now() - 3_600_000).toISOString(), waiting.id]);

      const res = await (await own.loginAs('sichuan.bureau_admin')).get<Statistics>('/legal-aid/statistics?regionId=leshan');
      expect(res.status).toBe(200);
      const counts = Object.fromEntries(res.body.byStatus.map((s) => [s.status, s.count]));
      expect(res.body.byStatus.map((s) => s.status)).toEqual([
        'draft', 'submitted', 'under_review', 'needs_material', 'approved', 'refused', 'objected', 'assigned', 'in_progress', 'closed', 'evaluated', 'withdrawn',
      ]);
      expect(counts).toMatchObject({ draft: 0, submitted: 1, approved: 2, refused: 0 });
      expect(res.body).toMatchObject({ regionId: 'leshan', total: 3, decided: 2, medianDecisionDays: 3.5, overdue: 1, aidedCases: 2, population: 3_160_000 });
      expect(res.body.aidedPer100k).toBe(Math.round((2 / 3_160_000) * 100_000 * 100) / 100);
      // Neither leshan nor sichuan tags an indicator with legal_aid_per_100k: the national plan's applies.
      expect(res.body.target).toMatchObject({ indicatorId: 'legal-aid-per-100k', value: 110, unit: '件/10万人', regionId: 'national' });

      const empty = await (await own.loginAs('zhongshan.bureau_admin')).get<Statistics>('/legal-aid/statistics?regionId=zhongshan');
      expect(empty.body).toMatchObject({ total: 0, decided: 0, overdue: 0, aidedCases: 0 });
      expect(empty.body.medianDecisionDays).toBeUndefined();
    } finally {
      await own.close();
    }
  });
});
