/** Citizen registration, login, logout, the current session and the user's display preferences. */
import { eq } from 'drizzle-orm';
import { maskPhone } from '@fawang/validators/masking';
import type { Role } from '@fawang/contract';
import { users } from '../db/schema.js';
import { ConcurrencyLimit } from '../security/concurrency-limit.js';
import { hashPassword, verifyPassword } from '../security/password.js';
import { clearSessionCookie, setSessionCookie, type SessionUser } from '../http/auth.js';
import { HttpProblem, problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { preferencesOf } from '../domain/preferences.js';
import type { AppServices } from '../services.js';

type AuthHandlers = Pick<Handlers, 'registerCitizen' | 'login' | 'logout' | 'getCurrentUser' | 'getMyPreferences' | 'updateMyPreferences'>;

function publicUser(user: SessionUser) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionId: user.regionId,
    ...(user.phone ? { phone: maskPhone(user.phone) } : {}),
    ...(user.organizationId ? { organizationId: user.organizationId } : {}),
    ...(user.practitionerId ? { practitionerId: user.practitionerId } : {}),
  };
}

// A hash to verify against when the username is unknown, so both failures take the same time.
let decoyHash: Promise<string> | undefined;

/**
 * Registrations hashing at once in this process. scrypt runs on libuv's four threads, which the logins'
 * verifications share: on the 2-core reference machine 40 parallel sign-ups made a login wait 3.6 s;
 * hashed one at a time, logins meanwhile took about 0.3 s (median) and the sign-ups queued instead.
 */
const registrationHashing = new ConcurrencyLimit(1);

export function authHandlers({ db, regions, sessions, rateLimits }: AppServices): AuthHandlers {
  async function startSession(request: Parameters<AuthHandlers['login']>[0]['request'], reply: Parameters<AuthHandlers['login']>[0]['reply'], user: SessionUser) {
    const session = await sessions.create(user);
    setSessionCookie(request, reply, session.token, session.cookieExpires);
    return {
      user: publicUser(user),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      preferences: preferencesOf(user.preferences),
    };
  }

  return {
    async registerCitizen({ body, request, reply }) {
      if (!regions.get(body.regionId)) {
        throw problems.field('body.regionId', 'unknown_region', `region ${body.regionId} does not exist`);
      }
      // Counted before the hash: every attempt costs a scrypt run, a taken username included.
      await rateLimits.beginRegistration(request.ip);
      const passwordHash = await registrationHashing.run(() => hashPassword(body.password));
      const inserted = await db
        .insert(users)
        .values({
          username: body.username,
          passwordHash,
          displayName: body.displayName,
          role: 'citizen',
          regionId: body.regionId,
          phone: body.phone ?? null,
          demo: false,
        })
        .onConflictDoNothing({ target: users.username })
        .returning();
      const row = inserted[0];
      if (!row) {
        throw new HttpProblem(409, 'username_taken', 'This username is already registered', [
          { field: 'body.username', code: 'taken', message: 'is already registered' },
        ]);
      }
      const user: SessionUser = { ...row, role: row.role as Role };
      await audit(db, request, user, { action: 'create', subjectType: 'user', subjectId: user.id, regionId: user.regionId });
      return { status: 201, body: await startSession(request, reply, user) };
    },

    async login({ body, request, reply }) {
      // request.ip is the client's address: Fastify believes X-Forwarded-For only from TRUST_PROXY's proxies.
      await rateLimits.beginLogin(body.username, request.ip);
      const [row] = await db.select().from(users).where(eq(users.username, body.username.toLowerCase())).limit(1);
      decoyHash ??= hashPassword('decoy-password-for-timing');
      const ok = await verifyPassword(body.password, row?.passwordHash ?? (await decoyHash));
      if (!row || !ok) {
        // Filed under the account's region, where its bureau administrator reads the log. What was typed
        // for an unknown account is kept nowhere: it may be a mistyped password.
        if (row) await audit(db, request, null, { action: 'login_failed', subjectType: 'user', subjectId: row.id, regionId: row.regionId });
        throw new HttpProblem(401, 'invalid_credentials', 'The username or password is wrong');
      }
      await rateLimits.loginSucceeded(body.username, request.ip);
      const user: SessionUser = { ...row, role: row.role as Role };
      await audit(db, request, user, { action: 'login', subjectType: 'user', subjectId: user.id, regionId: user.regionId });
      return { status: 200, body: await startSession(request, reply, user) };
    },

    async logout({ auth, request, reply }) {
      if (auth.sessionId) {
        await sessions.destroy(auth.sessionId);
        await audit(db, request, auth.user, { action: 'logout', subjectType: 'user', subjectId: auth.user!.id, regionId: auth.user!.regionId });
      }
      clearSessionCookie(reply);
      return { status: 204 };
    },

    async getCurrentUser({ auth }) {
      const user = auth.requireUser();
      return {
        status: 200,
        body: {
          user: publicUser(user),
          csrfToken: auth.csrfToken!,
          expiresAt: auth.expiresAt!.toISOString(),
          preferences: preferencesOf(user.preferences),
        },
      };
    },

    async getMyPreferences({ auth }) {
      // The session lookup already read the account row, preferences included.
      return { status: 200, body: preferencesOf(auth.requireUser().preferences) };
    },

    async updateMyPreferences({ auth, body }) {
      // The contract already rejected missing and unknown fields, so the body is a complete UserPreferences.
      const preferences = { locale: body.locale, careMode: body.careMode, careFontSize: body.careFontSize, highContrast: body.highContrast };
      await db.update(users).set({ preferences }).where(eq(users.id, auth.requireUser().id));
      return { status: 200, body: preferences };
    },
  };
}
