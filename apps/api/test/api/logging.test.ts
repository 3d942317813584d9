/**
 * The logging policy (src/http/logging.ts): a request that fails inside the database logs the error's
 * code, operation, request id and statement text, and none of the values it carried: not the ID number,
 * phone, income, address or case facts of an application, not the password or its hash on registration.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/http/logging.js';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { applicationInput, LESHAN_ID, uniqueUsername } from './fixtures.js';

const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});
const entries = () => lines.map((line) => JSON.parse(line) as Record<string, any>);

let server: TestServer;
let citizen: TestClient;
beforeAll(async () => {
  server = await startTestServer({ logger: loggerOptions('info', { stream: capture }) });
  citizen = await server.loginAs('leshan.citizen');
  // Make every new application and account fail inside the database, the way a full disk or a broken
  // constraint would: the statements reach the database with all their values bound.
  await server.handle.execute('ALTER TABLE legal_aid_details ADD CONSTRAINT test_refuse_all CHECK (false) NOT VALID');
  await server.handle.execute('ALTER TABLE users ADD CONSTRAINT test_refuse_all CHECK (false) NOT VALID');
});
afterAll(async () => server?.close());

const PHONE = '13987654321';
const INCOME = 2345.67;
const ADDRESS = '四川省乐山市市中区测试路 4321 号';
const FACTS = '测试用案情：雇主拖欠工资四万五千六百元';
const NAME = '测试姓名甲';
const PASSWORD = 'Unmistakable-Passw0rd-42';

describe('a request that fails in the database', () => {
  it('answers 500 problem+json and logs code, operation, request id and the statement, without values', async () => {
    const body = applicationInput({
      caseSummary: FACTS,
      applicant: { name: NAME, idNumber: LESHAN_ID, phone: PHONE, address: ADDRESS },
      household: { size: 3, monthlyIncome: INCOME },
    });
    const res = await citizen.post('/legal-aid/applications', body);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.text).not.toContain(LESHAN_ID);

    const failure = entries().find((entry) => entry.msg === 'request failed' && entry.operation === 'createLegalAidApplication');
    expect(failure, lines.join('\n')).toBeDefined();
    expect(failure!.reqId).toEqual(expect.any(String));
    const err = JSON.stringify(failure!.err);
    expect(err).toContain('23514'); // check_violation
    expect(failure!.err.statement).toMatch(/^insert into "legal_aid_details" .*\$1/);
  });

  it('registration that fails in the database logs neither the password nor its hash', async () => {
    const res = await server.client().post('/auth/register', {
      username: uniqueUsername('logtest'),
      password: PASSWORD,
      displayName: NAME,
      regionId: 'leshan',
      phone: PHONE,
    });
    expect(res.status).toBe(500);
    const failure = entries().find((entry) => entry.msg === 'request failed' && entry.operation === 'registerCitizen');
    expect(failure, lines.join('\n')).toBeDefined();
    expect(failure!.err.statement).toMatch(/^insert into "users"/);
  });

  it('no log line carries any of the values', () => {
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('\n');
    for (const value of [LESHAN_ID, PHONE, String(INCOME), ADDRESS, FACTS, NAME, PASSWORD, 'scrypt$']) {
      expect(log, value).not.toContain(value);
    }
    // Nor the session cookie or CSRF token of the caller.
    expect(log).not.toContain(citizen.csrfToken!);
    expect(log).not.toMatch(/fw_session=/);
  });

  it('request lines carry the path but never the query string', async () => {
    await citizen.get(`/practitioners?q=${encodeURIComponent(NAME)}`);
    const logged = entries().filter((entry) => entry.req?.path === '/api/v1/practitioners');
    expect(logged.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(encodeURIComponent(NAME));
  });
});
