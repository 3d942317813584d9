/**
 * Bad input gets a 4xx problem+json that names the field — never a 5xx, never a stored half-record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestResponse, type TestServer } from '../support/server.js';
import { applicationInput } from './fixtures.js';

let server: TestServer;
let citizen: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.loginAs('leshan.citizen');
});
afterAll(async () => server?.close());

function expectProblem(res: TestResponse<any>, status: number, field?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code: expect.any(String), title: expect.any(String), type: expect.any(String) });
  if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

async function countApplications(): Promise<number> {
  const res = await citizen.get('/legal-aid/applications?pageSize=1');
  return res.body.total;
}

describe('request bodies', () => {
  it.each([
    ['applicant', 'body.applicant'],
    ['caseSummary', 'body.caseSummary'],
    ['matterType', 'body.matterType'],
    ['pledgeSigned', 'body.pledgeSigned'],
  ])('a missing %s is named', async (key, field) => {
    const body: Record<string, unknown> = applicationInput();
    delete body[key];
    expectProblem(await citizen.post('/legal-aid/applications', body), 400, field);
  });

  it('a missing nested field is named with its path', async () => {
    const body = applicationInput();
    delete (body.applicant as Record<string, unknown>).phone;
    expectProblem(await citizen.post('/legal-aid/applications', body), 400, 'body.applicant.phone');
  });

  it.each([
    [{ household: { size: '3', monthlyIncome: 2100 } }, 'body.household.size'],
    [{ household: { size: 3, monthlyIncome: -1 } }, 'body.household.monthlyIncome'],
    [{ pledgeSigned: 'yes' }, 'body.pledgeSigned'],
    [{ matterType: 'tax' }, 'body.matterType'],
    [{ categories: 'minor' }, 'body.categories'],
    [{ categories: ['minor', 'minor'] }, 'body.categories'],
    [{ caseSummary: 123 }, 'body.caseSummary'],
  ])('a wrong type or value is named (%j)', async (override, field) => {
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput(override)), 400, field);
  });

  it('an unknown field is rejected and named', async () => {
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ isAdmin: true })), 400, 'body.isAdmin');
    const body = applicationInput();
    (body.applicant as Record<string, unknown>).nationality = 'CN';
    expectProblem(await citizen.post('/legal-aid/applications', body), 400, 'body.applicant.nationality');
  });

  it.each(['110105194912310021', '11010519491231002', '51110219850231003X', 'ABCDEFGHIJKLMNOPQR'])(
    'the invalid resident ID %s is named',
    async (idNumber) => {
      const body = applicationInput();
      (body.applicant as Record<string, unknown>).idNumber = idNumber;
      expectProblem(await citizen.post('/legal-aid/applications', body), 400, 'body.applicant.idNumber');
    },
  );

  it('an unsigned pledge blocks submission', async () => {
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ pledgeSigned: false })), 400, 'body.pledgeSigned');
  });

  it('an unknown region is named', async () => {
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ regionId: 'atlantis' })), 400, 'body.regionId');
  });

  it('malformed JSON is a 400 naming the body', async () => {
    const res = await citizen.request('POST', '/legal-aid/applications', { raw: '{"regionId": "leshan",', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'body');
  });

  it('a body over 1 MB is a 413', async () => {
    const res = await citizen.post('/legal-aid/applications', applicationInput({ caseSummary: 'x'.repeat(1024 * 1024 + 10) }));
    expectProblem(res, 413, 'body');
  });

  it('a body that is not JSON is a 415', async () => {
    const res = await citizen.request('POST', '/legal-aid/applications', { raw: 'regionId=leshan', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectProblem(res, 415);
  });

  it('a JSON array or scalar where an object belongs is named', async () => {
    expectProblem(await citizen.post('/legal-aid/applications', [applicationInput()]), 400, 'body');
    expectProblem(await citizen.post('/legal-aid/applications', 'hello'), 400, 'body');
  });

  it('prototype-pollution keys are refused', async () => {
    const res = await citizen.request('POST', '/legal-aid/applications', {
      raw: JSON.stringify(applicationInput()).replace('{', '{"__proto__":{"admin":true},'),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400);
  });

  it('stores nothing when any field is bad', async () => {
    const before = await countApplications();
    await citizen.post('/legal-aid/applications', applicationInput({ household: { size: 0, monthlyIncome: 1 } }));
    expect(await countApplications()).toBe(before);
  });
});

describe('hostile strings are data, not code', () => {
  it('SQL meta-characters and <script> are stored and returned verbatim, and search treats them literally', async () => {
    const hostile = `Robert'); DROP TABLE legal_aid_applications;-- <script>alert(1)</script> 100% _x_`;
    const created = await citizen.post('/legal-aid/applications', applicationInput({ caseSummary: hostile, opposingParty: "O'Brien \"&\" <b>" }));
    expect(created.status).toBe(201);
    const back = await citizen.get(`/legal-aid/applications/${created.body.id}`);
    expect(back.body.caseSummary).toBe(hostile);
    expect(back.headers.get('content-type')).toMatch(/^application\/json/);
    for (const q of ["' OR 1=1 --", '%', '_', '<script>alert(1)</script>', '\\']) {
      const res = await citizen.get(`/practitioners?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(res.body.total, q).toBe(0);
      const orgs = await citizen.get(`/organizations?q=${encodeURIComponent(q)}`);
      expect(orgs.status, q).toBe(200);
      expect(orgs.body.total, q).toBe(0);
    }
  });
});

describe('parameters', () => {
  it.each([
    ['/organizations/not-a-uuid', 'path.id'],
    ['/organizations/..%2F..%2Fetc%2Fpasswd', 'path.id'],
    ['/practitioners/%2e%2e%2f%2e%2e%2fadmin', 'path.id'],
    ['/regions/..%2Fsecrets', 'path.regionId'],
    ['/divisions/51110', 'path.code'],
    ['/divisions/511100%00', 'path.code'],
  ])('%s is a 400 naming %s', async (path, field) => {
    expectProblem(await citizen.get(path), 400, field);
  });

  it('a valid but unknown id is a 404 problem', async () => {
    expectProblem(await citizen.get('/organizations/00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await citizen.get('/regions/atlantis'), 404);
    expectProblem(await citizen.get('/divisions/999999'), 404);
  });

  it.each([
    ['/organizations?page=0', 'query.page'],
    ['/organizations?pageSize=101', 'query.pageSize'],
    ['/organizations?pageSize=ten', 'query.pageSize'],
    ['/organizations?sort=password', 'query.sort'],
    ['/organizations?type=bank', 'query.type'],
    ['/organizations?regionId=../../etc', 'query.regionId'],
    ['/organizations?bogus=1', 'query.bogus'],
    ['/practitioners?specialty=hacking', 'query.specialty'],
    [`/practitioners?q=${'x'.repeat(51)}`, 'query.q'],
    ['/divisions?parentCode=abc', 'query.parentCode'],
  ])('%s is a 400 naming %s', async (path, field) => {
    expectProblem(await citizen.get(path), 400, field);
  });

  it('an unknown route is a 404 problem, not an HTML page', async () => {
    expectProblem(await citizen.get('/no-such-thing'), 404);
  });
});

describe('auth input', () => {
  it.each([
    [{ username: 'ab', password: 'a-long-password-1', displayName: '张三', regionId: 'leshan' }, 'body.username'],
    [{ username: 'Upper.Case', password: 'a-long-password-1', displayName: '张三', regionId: 'leshan' }, 'body.username'],
    [{ username: 'valid.name', password: 'short', displayName: '张三', regionId: 'leshan' }, 'body.password'],
    [{ username: 'valid.name', password: 'a-long-password-1', displayName: '', regionId: 'leshan' }, 'body.displayName'],
    [{ username: 'valid.name', password: 'a-long-password-1', displayName: '张三', regionId: 'leshan', phone: '12345' }, 'body.phone'],
    [{ username: 'valid.name', password: 'a-long-password-1', displayName: '张三', regionId: 'atlantis' }, 'body.regionId'],
    [{ username: 'valid.name', password: 'a-long-password-1', displayName: '张三', regionId: 'leshan', role: 'bureau_admin' }, 'body.role'],
  ])('registration rejects %j naming the field', async (body, field) => {
    expectProblem(await server.client().post('/auth/register', body), 400, field);
  });

  it('registering a taken username is a 409 naming the field', async () => {
    const res = await server.client().post('/auth/register', { username: 'leshan.citizen', password: 'a-long-password-1', displayName: '张三', regionId: 'leshan' });
    expectProblem(res, 409, 'body.username');
  });

  it('login with a missing password is a 400, with a wrong one a 401', async () => {
    expectProblem(await server.client().post('/auth/login', { username: 'beijing.notary' }), 400, 'body.password');
    expectProblem(await server.client().post('/auth/login', { username: 'beijing.notary', password: 'wrong-password' }), 401);
  });

  it('a bad review without details is named', async () => {
    const orgs = await citizen.get('/organizations?regionId=leshan&pageSize=1');
    const res = await citizen.post('/evaluations', { module: 'lawyers', subjectType: 'organization', subjectId: orgs.body.items[0].id, level: 'dissatisfied' });
    expectProblem(res, 400, 'body.details');
  });
});

describe('text, numbers and URLs at the boundary', () => {
  const NUL = '\u0000';

  it('a NUL or other control character in body text is a 400 naming the field, and nothing is stored', async () => {
    const before = await countApplications();
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ caseSummary: `拖欠工资${NUL}两万元` })), 400, 'body.caseSummary');
    const applicant = { ...applicationInput().applicant, name: `李${NUL}秀英` };
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ applicant })), 400, 'body.applicant.name');
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ opposingParty: 'a\u001bb' })), 400, 'body.opposingParty');
    expect(await countApplications()).toBe(before);
  });

  it('line breaks and tabs in text stay allowed', async () => {
    const res = await citizen.post('/legal-aid/applications', applicationInput({ caseSummary: '第一段：拖欠工资。\n第二段：\t多次讨要未果。\r\n请求援助。' }));
    expect(res.status, res.text).toBe(201);
  });

  it('a NUL in registration and in a search is a 400 naming the field', async () => {
    const register = { username: 'nul.user', password: `a-long-password-1${NUL}`, displayName: '张三', regionId: 'leshan' };
    expectProblem(await server.client().post('/auth/register', register), 400, 'body.password');
    expectProblem(await server.client().post('/auth/login', { username: `leshan.citizen${NUL}`, password: 'x' }), 400, 'body.username');
    expectProblem(await citizen.get('/practitioners?q=%E5%BC%A0%00'), 400, 'query.q');
    expectProblem(await citizen.get('/organizations?q=%00'), 400, 'query.q');
  });

  it('a number beyond JSON’s range in a body is named, not stored as Infinity', async () => {
    const raw = JSON.stringify(applicationInput()).replace('"monthlyIncome":2100', '"monthlyIncome":1e309');
    const res = await citizen.request('POST', '/legal-aid/applications', { raw, headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'body.household.monthlyIncome');
  });

  // Every list of the contract, as someone allowed to read it.
  /** The contract's path, who lists, and the path requested when the contract's has a parameter. */
  const lists: Array<[string, string, string?]> = [
    ['/legal-aid/applications', 'leshan.citizen'],
    ['/modules/{module}/cases', 'leshan.citizen', '/modules/consult/cases'],
    ['/mediation/cases', 'leshan.citizen'],
    ['/audit-log', 'leshan.bureau_admin'],
    ['/evaluations/mine', 'leshan.citizen'],
    ['/notices', 'leshan.citizen'],
    ['/organizations', 'leshan.citizen'],
    ['/practitioners', 'leshan.citizen'],
  ];
  it.each(lists)('%s?page=1e309 (and other non-finite or huge pages) is a 400 naming query.page', async (contractPath, account, requested) => {
    const path = requested ?? contractPath;
    const client = account === 'leshan.citizen' ? citizen : await server.loginAs(account);
    expect((await client.get(`${path}?page=1`)).status).toBe(200);
    for (const page of ['1e309', '-1e309', 'Infinity', 'NaN', '1e20', '9007199254740993']) {
      expectProblem(await client.get(`${path}?page=${page}`), 400, 'query.page');
    }
    expectProblem(await client.get(`${path}?pageSize=1e309`), 400, 'query.pageSize');
  });

  it('the lists above are every list the contract pages', async () => {
    const { loadOpenApiDocument } = await import('@fawang/contract');
    const paths = loadOpenApiDocument().paths as Record<string, { get?: { parameters?: Array<{ name?: string; $ref?: string }> } }>;
    const paged = Object.entries(paths)
      .filter(([, item]) => item.get?.parameters?.some((p) => p.name === 'page' || p.$ref?.endsWith('/Page')))
      .map(([path]) => path);
    expect(paged.sort()).toEqual(lists.map(([path]) => path).sort());
  });

  it.each(['/organizations/%E0%A4%A', '/practitioners/%ZZ', '/regions/%C0%AF'])(
    'a malformed percent-encoded URL (%s) is a 400 problem+json',
    async (path) => {
      const res = await citizen.get(path);
      expect(res.status, res.text).toBeGreaterThanOrEqual(400);
      expect(res.status, res.text).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    },
  );

  it('headers over 16 KB are a 431 problem+json naming the headers', async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/regions`, { headers: { 'x-padding': 'x'.repeat(20_000) } });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { errors: Array<{ field: string }> };
    expect(body.errors[0]!.field).toBe('header');
  });
});
