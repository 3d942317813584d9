/**
 * Cookie sessions with a per-session CSRF token, and the caller's identity for handlers.
 *
 * The session token is random (256 bits) and only its SHA-256 is stored, so a database leak does not
 * hand out live sessions. Cookie-authenticated unsafe requests must echo the session's CSRF token in
 * `X-CSRF-Token` (SameSite=Lax alone does not cover every browser and sub-domain case).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, gt } from 'drizzle-orm';
import type { Role, Schemas } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { sessions, users } from '../db/schema.js';
import { HttpProblem, problems } from './problem.js';

export const SESSION_COOKIE = 'fw_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Login and registration are how a session starts, so they cannot require its CSRF token. */
const CSRF_EXEMPT = new Set(['login', 'registerCitizen']);

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionId: string;
  phone: string | null;
  /** As stored: null until the user saves some (see domain/preferences.ts). */
  preferences: Schemas['UserPreferences'] | null;
}

export interface AuthContext {
  user: SessionUser | null;
  sessionId: string | null;
  csrfToken: string | null;
  expiresAt: Date | null;
  /** Throws 403 csrf_failed when a cookie-authenticated unsafe request lacks the right token. */
  assertCsrf(operationId: string): void;
  /** The logged-in user, or a 401. */
  requireUser(): SessionUser;
  /** The logged-in user with one of the roles, or 401/403. */
  requireRole(...roles: Role[]): SessionUser;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function makeAuthContext(
  request: FastifyRequest,
  found: { sessionId: string; csrfToken: string; expiresAt: Date; user: SessionUser } | null,
): AuthContext {
  const user = found?.user ?? null;
  return {
    user,
    sessionId: found?.sessionId ?? null,
    csrfToken: found?.csrfToken ?? null,
    expiresAt: found?.expiresAt ?? null,
    assertCsrf(operationId) {
      if (!found || CSRF_EXEMPT.has(operationId)) return;
      const header = request.headers['x-csrf-token'];
      const sent = Array.isArray(header) ? header[0] : header;
      if (!sent || !sameToken(sent, found.csrfToken)) {
        throw new HttpProblem(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header', [
          { field: 'header.x-csrf-token', code: 'csrf_failed', message: 'must equal the csrfToken of your session' },
        ]);
      }
    },
    requireUser() {
      if (!user) throw problems.unauthenticated();
      return user;
    },
    requireRole(...roles) {
      if (!user) throw problems.unauthenticated();
      if (!roles.includes(user.role)) throw problems.forbidden(`This operation needs one of the roles: ${roles.join(', ')}`);
      return user;
    },
  };
}

export class SessionStore {
  constructor(private readonly db: Database) {}

  async create(userId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.db.insert(sessions).values({ id: hashToken(token), userId, csrfToken, createdAt: now, expiresAt, lastSeenAt: now });
    return { token, csrfToken, expiresAt };
  }

  async find(token: string) {
    const rows = await this.db
      .select({
        sessionId: sessions.id,
        csrfToken: sessions.csrfToken,
        expiresAt: sessions.expiresAt,
        user: {
          id: users.id,
          username: users.username,
          displayName: users.displayName,
          role: users.role,
          regionId: users.regionId,
          phone: users.phone,
          preferences: users.preferences,
        },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, new Date())))
      .limit(1);
    const row = rows[0];
    return row ? { ...row, user: { ...row.user, role: row.user.role as Role } } : null;
  }

  async destroy(sessionId: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.id, sessionId));
  }
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function authenticator(store: SessionStore) {
  return async (request: FastifyRequest): Promise<AuthContext> => {
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await store.find(token) : null;
    return makeAuthContext(request, found);
  };
}
