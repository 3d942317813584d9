/**
 * Authorization matrix: role × operation × own/other region, enforced by the server.
 * Outside one's scope a record is 404 (not 403) so that ids cannot be probed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { applicationInput, uniqueUsername } from './fixtures.js';

const ROLES = ['citizen', 'legal_aid_officer', 'lawyer', 'notary', 'mediator', 'appraiser', 'arbitration_secretary', 'bureau_admin'] as const;
const STAFF = new Set(['legal_aid_officer', 'bureau_admin']);
/** Demo accounts the seed links to a practitioner record (the lawyer of a sample case, the committee's mediator). */
const PRACTITIONER_ACCOUNTS = new Set(['lawyer', 'mediator']);

let server: TestServer;
let owner: TestClient;
let applicationId: string;
const clients = new Map<string, TestClient>();

async function as(account: string): Promise<TestClient> {
  let client = clients.get(account);
  if (!client) {
    client = await server.loginAs(account);
    clients.set(account, client);
  }
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  // The owner is a citizen of leshan other than the demo account, whose own access is tested below.
  owner = server.client();
  const registered = await owner.post('/auth/register', { username: uniqueUsername(), password: 'a-long-password-1', displayName: '张伟', regionId: 'leshan' });
  expect(registered.status).toBe(201);
  const created = await owner.post('/legal-aid/applications', applicationInput());
  expect(created.status).toBe(201);
  applicationId = created.body.id;
});
afterAll(async () => server?.close());

describe('anonymous callers', () => {
  it.each([
    ['GET', '/auth/me'],
    ['GET', '/legal-aid/applications'],
    ['GET', '/legal-aid/applications/00000000-0000-4000-8000-000000000000'],
    ['POST', '/legal-aid/applications/00000000-0000-4000-8000-000000000000/transitions'],
    ['GET', '/evaluations/mine'],
    ['GET', '/audit-log'],
  ])('%s %s is 401', async (method, path) => {
    const res = await server.client().request(method, path);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });

  it('cannot submit an application or a rating', async () => {
    expect((await server.client().post('/legal-aid/applications', applicationInput())).status).toBe(401);
    const rating = { module: 'lawyers', subjectType: 'organization', subjectId: '00000000-0000-4000-8000-000000000000', level: 'satisfied' };
    expect((await server.client().post('/evaluations', rating)).status).toBe(401);
  });

  it.each(['/health', '/regions', '/regions/leshan', '/divisions', '/organizations', '/practitioners', '/evaluations/summary'])(
    'can read the public %s',
    async (path) => {
      expect((await server.client().get(path)).status).toBe(200);
    },
  );
});

describe.each(ROLES)('role %s of leshan', (role) => {
  const account = `leshan.${role}`;

  it(`${role === 'citizen' ? 'can' : 'cannot'} submit a legal-aid application`, async () => {
    const res = await (await as(account)).post('/legal-aid/applications', applicationInput());
    expect(res.status).toBe(role === 'citizen' ? 201 : 403);
  });

  // The demo lawyer and mediator have a practitioner record: they list the applications assigned to them.
  const lists = role === 'citizen' || STAFF.has(role) || PRACTITIONER_ACCOUNTS.has(role);
  it(`${lists ? 'can' : 'cannot'} list applications`, async () => {
    const res = await (await as(account)).get('/legal-aid/applications');
    expect(res.status).toBe(lists ? 200 : 403);
  });

  it(`${STAFF.has(role) ? 'can' : 'cannot'} read another person's application of the same region`, async () => {
    const res = await (await as(account)).get(`/legal-aid/applications/${applicationId}`);
    expect(res.status).toBe(STAFF.has(role) ? 200 : 404);
  });

  it(`${role === 'bureau_admin' ? 'can' : 'cannot'} read the audit log`, async () => {
    const res = await (await as(account)).get('/audit-log');
    expect(res.status).toBe(role === 'bureau_admin' ? 200 : 403);
  });
});

describe.each(ROLES)('role %s of another region (zhongshan)', (role) => {
  const account = `zhongshan.${role}`;

  it("cannot read leshan's application", async () => {
    expect((await (await as(account)).get(`/legal-aid/applications/${applicationId}`)).status).toBe(404);
  });

  it("does not see leshan's application in any list", async () => {
    const res = await (await as(account)).get('/legal-aid/applications?pageSize=100');
    if (res.status === 200) {
      expect(res.body.items.map((a: { id: string }) => a.id)).not.toContain(applicationId);
      expect(res.body.items.every((a: { regionId: string }) => a.regionId === 'zhongshan')).toBe(true);
    } else {
      expect(res.status).toBe(403);
    }
  });

  it('cannot withdraw it', async () => {
    expect((await (await as(account)).post(`/legal-aid/applications/${applicationId}/transitions`, { action: 'withdraw', version: 1 })).status).toBe(404);
  });
});

describe('region scope', () => {
  it('a leshan officer asking for zhongshan applications gets 403', async () => {
    expect((await (await as('leshan.legal_aid_officer')).get('/legal-aid/applications?regionId=zhongshan')).status).toBe(403);
  });

  it("a sichuan officer sees leshan's applications (leshan is within sichuan); a beijing one does not", async () => {
    expect((await (await as('sichuan.legal_aid_officer')).get(`/legal-aid/applications/${applicationId}`)).status).toBe(200);
    expect((await (await as('beijing.legal_aid_officer')).get(`/legal-aid/applications/${applicationId}`)).status).toBe(404);
  });

  it('another citizen of the same region cannot read or withdraw it', async () => {
    const other = server.client();
    const reg = await other.post('/auth/register', { username: `other${Date.now()}`, password: 'a-long-password-1', displayName: '赵六', regionId: 'leshan' });
    expect(reg.status).toBe(201);
    expect((await other.get(`/legal-aid/applications/${applicationId}`)).status).toBe(404);
    expect((await other.post(`/legal-aid/applications/${applicationId}/transitions`, { action: 'withdraw', version: 1 })).status).toBe(404);
  });

  it('an officer of the region cannot withdraw on the applicant’s behalf', async () => {
    expect((await (await as('leshan.legal_aid_officer')).post(`/legal-aid/applications/${applicationId}/transitions`, { action: 'withdraw', version: 1 })).status).toBe(403);
  });

  it("a zhongshan bureau admin's audit log holds no leshan entries", async () => {
    const res = await (await as('zhongshan.bureau_admin')).get('/audit-log?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.items.every((e: { regionId?: string }) => e.regionId === 'zhongshan')).toBe(true);
  });
});
