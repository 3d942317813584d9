/**
 * Cookie sessions with a per-session CSRF token, and the caller's identity for handlers.
 *
 * The session token is random (256 bits) and only its SHA-256 is stored, so a database leak does not
 * hand out live sessions. Cookie-authenticated unsafe requests must echo the session's CSRF token in
 * `X-CSRF-Token` (SameSite=Lax alone does not cover every browser and sub-domain case).
 *
 * A session ends 12 hours after login, or sooner when it goes unused for its role's idle limit (staff see
 * other people's data, so theirs is shorter). Sessions live in the database, so every API process sees
 * the same ones.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, gt, inArray, lte, ne, or } from 'drizzle-orm';
import type { Role, Schemas } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { sessions, users } from '../db/schema.js';
import { HttpProblem, problems } from './problem.js';

export const SESSION_COOKIE = 'fw_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** How long a session may go unused, by role: `staff` is every role but `citizen`. */
export interface SessionIdleLimits {
  staff: number;
  citizen: number;
}

/** The same as config.ts's defaults (SESSION_IDLE_MINUTES_STAFF / _CITIZEN): 30 minutes and 2 hours. */
const DEFAULT_SESSION_IDLE_MS: SessionIdleLimits = { staff: 30 * 60_000, citizen: 120 * 60_000 };

/**
 * `lastSeenAt` is written at most this often: a write on every request would double the database work of
 * reading pages, and a minute of imprecision is nothing against idle limits of half an hour and more.
 */
const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;

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
  /** The organization a staff account works for (an organization-bound role sees its cases); null otherwise. */
  organizationId: string | null;
  /** The staff account's practitioner record (a lawyer sees the cases assigned to them); null otherwise. */
  practitionerId: string | null;
}

export interface AuthContext {
  user: SessionUser | null;
  sessionId: string | null;
  csrfToken: string | null;
  /** When the session ends if it is not used again (the contract's `Session.expiresAt`). */
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
  constructor(
    private readonly db: Database,
    private readonly idleMs: SessionIdleLimits = DEFAULT_SESSION_IDLE_MS,
  ) {}

  private idleLimit(role: Role): number {
    return role === 'citizen' ? this.idleMs.citizen : this.idleMs.staff;
  }

  /**
   * A new session. `cookieExpires` is its absolute end (the cookie lasts that long); `expiresAt` is when it
   * ends if unused, which is what the client is told.
   */
  async create(user: { id: string; role: Role }): Promise<{ token: string; csrfToken: string; cookieExpires: Date; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    const cookieExpires = new Date(now.getTime() + SESSION_TTL_MS);
    await this.db.insert(sessions).values({ id: hashToken(token), userId: user.id, csrfToken, createdAt: now, expiresAt: cookieExpires, lastSeenAt: now });
    return { token, csrfToken, cookieExpires, expiresAt: endIfUnused(cookieExpires, now, this.idleLimit(user.role)) };
  }

  /** The live session of a cookie token, marking it used; an idle one is deleted and not found. */
  async find(token: string) {
    const now = new Date();
    const rows = await this.db
      .select({
        sessionId: sessions.id,
        csrfToken: sessions.csrfToken,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        user: {
          id: users.id,
          username: users.username,
          displayName: users.displayName,
          role: users.role,
          regionId: users.regionId,
          phone: users.phone,
          preferences: users.preferences,
          organizationId: users.organizationId,
          practitionerId: users.practitionerId,
        },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
      .limit(1);
    const row = rows[0];
    if (!row) return null;
    const role = row.user.role as Role;
    const idleMs = this.idleLimit(role);
    const idleSince = new Date(now.getTime() - idleMs);
    if (row.lastSeenAt <= idleSince) {
      // Only if still idle: another process may have just used it.
      await this.db.delete(sessions).where(and(eq(sessions.id, row.sessionId), lte(sessions.lastSeenAt, idleSince)));
      return null;
    }
    let lastSeenAt = row.lastSeenAt;
    if (now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_WRITE_INTERVAL_MS) {
      await this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
      lastSeenAt = now;
    }
    return {
      sessionId: row.sessionId,
      csrfToken: row.csrfToken,
      expiresAt: endIfUnused(row.expiresAt, lastSeenAt, idleMs),
      user: { ...row.user, role },
    };
  }

  async destroy(sessionId: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.id, sessionId));
  }

  /** Deletes sessions past their absolute end or their role's idle limit (several processes may run this at once). */
  async purgeExpired(): Promise<void> {
    const now = Date.now();
    const userIds = (citizens: boolean) =>
      this.db
        .select({ id: users.id })
        .from(users)
        .where(citizens ? eq(users.role, 'citizen') : ne(users.role, 'citizen'));
    await this.db
      .delete(sessions)
      .where(
        or(
          lte(sessions.expiresAt, new Date(now)),
          and(lte(sessions.lastSeenAt, new Date(now - this.idleMs.staff)), inArray(sessions.userId, userIds(false))),
          and(lte(sessions.lastSeenAt, new Date(now - this.idleMs.citizen)), inArray(sessions.userId, userIds(true))),
        ),
      );
  }
}

/** The earlier of the absolute end and the idle limit counted from the last recorded use. */
function endIfUnused(absoluteEnd: Date, lastSeenAt: Date, idleMs: number): Date {
  return new Date(Math.min(absoluteEnd.getTime(), lastSeenAt.getTime() + idleMs));
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
