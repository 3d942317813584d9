/** Everything a handler may use, built once at start-up and passed to each route module. */
import type { RegionRegistry } from '@fawang/regions';
import type { Database } from './db/client.js';
import type { SessionStore } from './http/auth.js';
import type { RateLimits } from './http/rate-limits.js';
import type { ReadCache } from './http/read-cache.js';
import type { OutboundChannel } from './cases/notices.js';

export interface AppServices {
  db: Database;
  regions: RegionRegistry;
  sessions: SessionStore;
  /** Login and registration limits shared by every process on the database (see rate-limits.ts). */
  rateLimits: RateLimits;
  /** Public directory and division answers (see read-cache.ts). */
  readCache: ReadCache;
  /** Where a case's notices go besides the inbox (cases/notices.ts); the outbox by default. */
  outbound: readonly OutboundChannel[];
}

/** The region itself and every region administratively below it (leshan is within sichuan). */
export function regionScope(regions: RegionRegistry, regionId: string): string[] {
  return regions
    .list()
    .map((r) => r.id)
    .filter((id) => id === regionId || regions.isWithin(id, regionId));
}
