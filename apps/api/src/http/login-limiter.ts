/**
 * Counts failed logins per username and per client address in a sliding window. Unlike a plain request
 * rate limit, successful logins do not count, so a citizen who mistypes once is not locked out while a
 * password-guessing run against one account or from one address is stopped.
 */
export interface LoginLimiterOptions {
  maxFailures: number;
  windowMs: number;
  now?: () => number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: LoginLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  private keys(username: string, ip: string): string[] {
    // Per account+address, and per address with a wider allowance for shared NATs.
    return [`u:${username.toLowerCase()}|${ip}`, `ip:${ip}`];
  }

  /** Seconds until the caller may try again, or 0 when allowed. */
  retryAfter(username: string, ip: string): number {
    const [accountKey, ipKey] = this.keys(username, ip) as [string, string];
    const checks: Array<[string, number]> = [
      [accountKey, this.options.maxFailures],
      [ipKey, this.options.maxFailures * 6],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const list = this.recent(key);
      if (list.length >= max) {
        const oldest = list[list.length - max]!;
        wait = Math.max(wait, Math.ceil((oldest + this.options.windowMs - this.now()) / 1000));
      }
    }
    return wait;
  }

  recordFailure(username: string, ip: string): void {
    for (const key of this.keys(username, ip)) {
      const list = this.recent(key);
      list.push(this.now());
      this.failures.set(key, list);
    }
  }

  recordSuccess(username: string, ip: string): void {
    this.failures.delete(this.keys(username, ip)[0]!);
  }
}
