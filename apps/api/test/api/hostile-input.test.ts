/**
 * Property: no input makes the API answer 5xx. For every operation of the contract, fast-check generates
 * path parameters, query parameters and bodies from the operation's schemas with hostile leaves
 * (test/support/hostile.ts), and sends them signed out, as a citizen and as a bureau's staff. Every answer
 * must be below 500, and every refusal problem+json.
 *
 * FUZZ_RUNS sets the runs per operation and caller (default 20); a failure prints fast-check's seed and
 * the shrunk input, which reproduce it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '@fawang/contract';
import { arbitraryFor, encodeSegment, resolver } from '../support/hostile.js';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  id: string;
  method: (typeof METHODS)[number];
  path: string;
  parameters: Array<{ name: string; in: string; required?: boolean; schema?: Record<string, unknown> }>;
  json?: Record<string, unknown>;
  binary: boolean;
}

const document = loadOpenApiDocument() as Record<string, any>;
const resolve = resolver(document);
const operations: Operation[] = Object.entries(document.paths as Record<string, any>).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => {
    const op = item[method];
    const body = resolve(op.requestBody);
    return {
      id: op.operationId as string,
      method,
      path,
      parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve) as Operation['parameters'],
      ...(body.content?.['application/json'] ? { json: body.content['application/json'].schema } : {}),
      binary: Boolean(body.content?.['application/octet-stream']),
    };
  }),
);

function requestArbitrary(op: Operation, validWeight: number) {
  const of = (where: string) => op.parameters.filter((p) => p.in === where);
  const record = (where: string) =>
    fc.record(Object.fromEntries(of(where).map((p) => [p.name, arbitraryFor(document, p.schema, validWeight)])), {
      requiredKeys: of(where).filter((p) => p.required || where === 'path').map((p) => p.name),
    });
  const body = op.binary
    ? fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes))
    : op.json
      ? arbitraryFor(document, op.json, validWeight)
      : fc.constant(undefined);
  return fc.record({ path: record('path'), query: record('query'), headers: record('header'), body });
}

type Caller = 'anonymous' | 'citizen' | 'staff';
let server: TestServer;
const callers = {} as Record<Caller, () => Promise<TestClient>>;

beforeAll(async () => {
  server = await startTestServer();
  // Signed-in callers log in afresh per operation: logout (and a hostile login) must not leak into the next.
  callers.anonymous = async () => server.client();
  callers.citizen = () => server.loginAs('leshan.citizen');
  callers.staff = () => server.loginAs('leshan.bureau_admin');
});
afterAll(async () => server?.close());

describe.each(['anonymous', 'citizen', 'staff'] as const)('hostile input, %s', (caller) => {
  it('covers every operation of the contract', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(new Set(operations.map((op) => op.id)).size).toBe(operations.length);
  });

  it.each(operations.map((op) => [op.id, op] as const))('%s never answers 5xx', async (_id, op) => {
    const client = await callers[caller]();
    await fc.assert(
      // Half the requests are wild (many hostile leaves), half nearly valid (about one hostile leaf).
      fc.asyncProperty(fc.oneof(requestArbitrary(op, 2), requestArbitrary(op, 30)), async (input) => {
        const path = op.path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeSegment((input.path as Record<string, unknown>)[name]));
        const query = Object.entries(input.query as Record<string, unknown>)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => `${encodeURIComponent(name)}=${encodeSegment(value)}`)
          .join('&');
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(input.headers as Record<string, unknown>)) {
          // Header values travel as Latin-1 text; anything else cannot be sent at all.
          const text = typeof value === 'string' ? value : JSON.stringify(value);
          if (text && /^[\x20-\x7e]*$/.test(text)) headers[name] = text;
        }
        const res = op.binary
          ? await client.request(op.method.toUpperCase(), `${path}${query ? `?${query}` : ''}`, {
              raw: input.body as Buffer,
              headers: { ...headers, 'content-type': 'application/octet-stream' },
            })
          : await client.request(op.method.toUpperCase(), `${path}${query ? `?${query}` : ''}`, {
              ...(input.body !== undefined ? { json: input.body } : {}),
              headers,
            });
        expect(res.status, `${op.method.toUpperCase()} ${path}?${query} → ${res.text.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) expect(res.headers.get('content-type'), res.text.slice(0, 200)).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: RUNS },
    );
  });
});
