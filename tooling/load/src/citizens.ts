/**
 * Setup, outside the timed phase: each benchmark citizen registers (POST /auth/register) and then logs in
 * (POST /auth/login) for the session the timed phase uses, on the connection it keeps. The login limiter
 * counts only failed logins, so a few hundred successful ones from one address are not throttled and
 * nothing needs loosening.
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

export async function prepareCitizens(baseUrl: string, count: number): Promise<Citizen[]> {
  const run = randomBytes(3).toString('hex');
  return mapLimited(count, SETUP_CONCURRENCY, async (index) => {
    const username = `load-${run}-${index}`;
    const client = new ApiClient(baseUrl);
    await client.expect(201, 'POST', '/api/v1/auth/register', { username, password: PASSWORD, displayName: `压测群众 ${index}`, regionId: 'leshan' });
    await client.expect(200, 'POST', '/api/v1/auth/login', { username, password: PASSWORD });
    return { index, username, client };
  });
}
