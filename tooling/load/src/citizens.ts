/**
 * Setup, outside the timed phase: each benchmark citizen registers (POST /auth/register) and then logs in
 * (POST /auth/login) for the session the timed phase uses, on the connection it keeps. The generator stands
 * in for the portal's reverse proxy (the server trusts 127.0.0.1, TRUST_PROXY) and gives each citizen an
 * address of its own in `X-Forwarded-For`, as people arrive in production: the per-address registration
 * limit then applies per citizen, and nothing is loosened for the benchmark.
 */
import { randomBytes } from 'node:crypto';
import { ApiClient } from './client.js';
import { mapLimited } from './pool.js';

export interface Citizen {
  index: number;
  username: string;
  client: ApiClient;
}

const PASSWORD = 'Load-bench-2026!';
// Password hashing (scrypt) runs on libuv's four threads: more parallel setups than that only queue.
const SETUP_CONCURRENCY = 8;

/** 10.0.0.1, 10.0.0.2, … one private address per citizen. */
export function citizenAddress(index: number): string {
  const n = index + 1;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export async function prepareCitizens(baseUrl: string, count: number): Promise<Citizen[]> {
  const run = randomBytes(3).toString('hex');
  return mapLimited(count, SETUP_CONCURRENCY, async (index) => {
    const username = `load-${run}-${index}`;
    const client = new ApiClient(baseUrl, 1, citizenAddress(index));
    await client.expect(201, 'POST', '/api/v1/auth/register', { username, password: PASSWORD, displayName: `压测群众 ${index}`, regionId: 'leshan' });
    await client.expect(200, 'POST', '/api/v1/auth/login', { username, password: PASSWORD });
    return { index, username, client };
  });
}
