/**
 * Limits on login attempts and registrations, counted in the database (table `rate_limits`, through
 * rate-limiter-flexible's RateLimiterDrizzle and its atomic upsert) so that every API process on one
 * PostgreSQL counts the same attempts; a limit kept in each process's memory would multiply by the
 * number of processes.
 *
 * What the keys hold: a username as its SHA-256 (the key must not keep what was typed: a password typed
 * into the username field would otherwise sit in the table), and the client's address as it is
 * (IPv6 by /64, see client-address.ts). Hashing an address would hide nothing — every IPv4 address can be
 * hashed in seconds — while the plain form lets an operator see which address is blocked and lift the
 * block by deleting its row; the audit log stores the address already. Rows live for their window only
 * (at most an hour) and are purged after it (housekeeping.ts).
 */
import { createHash } from 'node:crypto';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '../db/client.js';
import { rateLimits } from '../db/schema.js';
import { clientAddressKey } from './client-address.js';
import { HttpProblem } from './problem.js';

/** At most `points` counted events in a window of `seconds`, starting at the first one. */
export interface LimitRule {
  points: number;
  seconds: number;
}

export interface RateLimitPolicy {
  /** Failed logins for one account from one address. */
  loginAccountAddress: LimitRule;
  /** Failed logins for one account from any address. */
  loginAccount: LimitRule;
  /** Failed logins from one address, whatever the account. */
  loginAddress: LimitRule;
  /** Registrations (each costs a scrypt hash) from one address. */
  registrationAddress: LimitRule;
}

/** Every limit in one place; `buildApp({ rateLimits })` lowers them in tests. */
export const RATE_LIMIT_POLICY: RateLimitPolicy = {
  // What the contract promises for login: a user who mistypes a few times is never stopped, a guesser
  // at one account from one address gets 5 tries a quarter of an hour.
  loginAccountAddress: { points: 5, seconds: 15 * 60 },
  // Guessing from many addresses (a botnet, rotating proxies) against one account: 20 tries an hour in
  // total. The trade-off: whoever knows a username can keep its owner locked out by failing 20 times an
  // hour. We accept that — each lock lasts at most the hour and every failure is in the audit log of the
  // account's region — rather than leave distributed guessing unbounded.
  loginAccount: { points: 20, seconds: 60 * 60 },
  // A carrier-grade or office NAT puts many people behind one address, each with their own typos; 100 a
  // quarter of an hour leaves them room, while a guesser there meets the per-account limits first and a
  // scan across accounts is stopped. Behind our own reverse proxy this is the client's address, not the
  // proxy's (TRUST_PROXY).
  loginAddress: { points: 100, seconds: 15 * 60 },
  // A family or an office signing up together fits in 10 an hour; a script creating accounts does not.
  registrationAddress: { points: 10, seconds: 60 * 60 },
};

type LimitName = keyof RateLimitPolicy;

function usernameKey(username: string): string {
  // Lower-cased like the login's account lookup, so `Leshan.Citizen` and `leshan.citizen` count together.
  return createHash('sha256').update(username.toLowerCase()).digest('hex');
}

function tooMany(detail: string, msBeforeNext: number): HttpProblem {
  return new HttpProblem(429, 'rate_limited', detail, undefined, {
    'retry-after': String(Math.max(1, Math.ceil(msBeforeNext / 1000))),
  });
}

export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterDrizzle>;

  constructor(
    private readonly db: Database,
    policy: RateLimitPolicy = RATE_LIMIT_POLICY,
  ) {
    const limiter = (name: LimitName) =>
      new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimits,
        keyPrefix: name,
        points: policy[name].points,
        duration: policy[name].seconds,
        // The library's own clean-up timer cannot be stopped when the app closes; housekeeping.ts purges.
        clearExpiredByTimeout: false,
      });
    this.limiters = {
      loginAccountAddress: limiter('loginAccountAddress'),
      loginAccount: limiter('loginAccount'),
      loginAddress: limiter('loginAddress'),
      registrationAddress: limiter('registrationAddress'),
    };
  }

  /**
   * Counts a login attempt before its password is checked — so that a burst of parallel guesses cannot
   * all pass a check made before any of them failed — or throws 429 when a limit is reached. Call
   * `loginSucceeded` when the password was right: only failures stay counted.
   */
  async beginLogin(username: string, ip: string): Promise<void> {
    const user = usernameKey(username);
    const address = clientAddressKey(ip);
    const counted: Array<[LimitName, string]> = [
      ['loginAccountAddress', `${user}|${address}`],
      ['loginAccount', user],
      ['loginAddress', address],
    ];
    const results = await Promise.allSettled(counted.map(([name, key]) => this.limiters[name].consume(key)));
    const refused = results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof RateLimiterRes ? [r.reason] : []));
    const failed = results.find((r) => r.status === 'rejected' && !(r.reason instanceof RateLimiterRes));
    if (!refused.length && !failed) return;
    // A refused attempt is no guess at the password: the counters it did not exceed get their point back,
    // so that, say, a blocked NAT address does not also lock out the accounts tried from it.
    await Promise.all(counted.filter((_, i) => results[i]!.status === 'fulfilled').map(([name, key]) => this.refund(name, key)));
    if (failed) throw (failed as PromiseRejectedResult).reason;
    throw tooMany('Too many failed logins; try again later', Math.max(...refused.map((r) => r.msBeforeNext)));
  }

  /** The password was right: the account's failures from this address are forgiven, this attempt is not counted. */
  async loginSucceeded(username: string, ip: string): Promise<void> {
    const user = usernameKey(username);
    const address = clientAddressKey(ip);
    await Promise.all([
      this.limiters.loginAccountAddress.delete(`${user}|${address}`),
      // Failures elsewhere stay: a correct login must not reset what a guesser at other addresses counted.
      this.refund('loginAccount', user),
      this.refund('loginAddress', address),
    ]);
  }

  /** Counts a registration from the address, or throws 429 (before the password is hashed). */
  async beginRegistration(ip: string): Promise<void> {
    try {
      await this.limiters.registrationAddress.consume(clientAddressKey(ip));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany('Too many registrations from this address; try again later', error.msBeforeNext);
      throw error;
    }
  }

  /** Deletes counters whose window has ended (several processes may run this at once). */
  async purgeExpired(): Promise<void> {
    await this.db.delete(rateLimits).where(lte(rateLimits.expire, new Date()));
  }

  /**
   * Gives back one point, but never below zero and never to a counter whose window has ended: the
   * library's `reward` would then start a new window at -1, one free attempt for whoever times it.
   */
  private async refund(name: LimitName, key: string): Promise<void> {
    await this.db
      .update(rateLimits)
      .set({ points: sql`${rateLimits.points} - 1` })
      .where(and(eq(rateLimits.key, this.limiters[name].getKey(key)), gt(rateLimits.points, 0), gt(rateLimits.expire, new Date())));
  }
}
