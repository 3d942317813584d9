/**
 * Start-up configuration from the environment, validated once: a wrong value stops the server with a
 * message naming the variable instead of failing later in a request.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The portal's build next to this package (apps/portal/dist), from `src/` (tsx) and `dist/` alike. */
export const defaultPortalDir = fileURLToPath(new URL('../../portal/dist', import.meta.url));

export interface AppConfig {
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  demoPassword: string;
  seedDemoData: boolean;
  defaultRegion: string;
  /** Extra folders of region profiles (a deployment's own), after the built-in ones. */
  profileDirs: string[];
  /** REGION_PROFILES_WATCH (default on): edits to those folders take effect without a restart. */
  watchProfiles: boolean;
  /**
   * TRUST_PROXY: the reverse proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges, or
   * proxy-addr's names loopback / linklocal / uniquelocal). Empty: the socket's address is the client's.
   */
  trustProxy: string[];
  /** WORKERS: API processes sharing the port (node:cluster); more than one needs PostgreSQL. */
  workers: number;
  /** DATABASE_POOL_MAX: PostgreSQL connections per process. */
  databasePoolMax: number;
  /** SESSION_IDLE_MINUTES_STAFF / _CITIZEN: a session unused this long ends. */
  sessionIdleMs: { staff: number; citizen: number };
  logLevel: string;
  /** DIRECTORY_CACHE_SECONDS: how long public directory answers are reused; 0 turns the cache off. */
  readCacheTtlMs: number;
  /** PORTAL_DIST_DIR: the portal's build served at `/<region>/`. */
  portalDir: string;
  /** NOTICE_OUTBOX_CHANNELS: the outbound channels whose outbox queue each case notice joins (`sms` by default; empty for none). */
  noticeOutboxChannels: string[];
}

export class ConfigError extends Error {}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `10.0.0.0/8, 127.0.0.1, ::1` → entries Fastify's trustProxy takes; anything else is refused. */
export function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 1 && entries[0] === 'false') return [];
  for (const entry of entries) {
    if (PROXY_NAMES.has(entry)) continue;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (!family || !validPrefix || rest.length > 0) {
      throw new ConfigError(
        `TRUST_PROXY must list the reverse proxies' addresses or CIDR ranges (e.g. 10.0.0.0/8,127.0.0.1), got ${JSON.stringify(entry)}` +
          (entry === 'true' ? ': trusting every sender would let any client choose its own address' : ''),
      );
    }
  }
  return entries;
}

function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(env[name])}`);
  }
  return value;
}

/** `sms,wechat` → channel names; a name is lower-case letters, digits, `-` and `_`. */
export function parseChannelNames(value: string | undefined): string[] {
  const names = (value ?? 'sms').split(',').map((name) => name.trim()).filter(Boolean);
  const bad = names.find((name) => !/^[a-z][a-z0-9_-]{0,31}$/.test(name));
  if (bad !== undefined) throw new ConfigError(`NOTICE_OUTBOX_CHANNELS: ${JSON.stringify(bad)} is not a channel name (lower-case letters, digits, "-", "_")`);
  return [...new Set(names)];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(env.PORT)}`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const region = env.REGION?.trim() || 'national';
  if (!/^[a-z][a-z0-9-]{1,31}$/.test(region)) throw new ConfigError(`REGION must be a region id, got ${JSON.stringify(region)}`);
  const production = env.NODE_ENV === 'production';
  const logLevel = env.LOG_LEVEL?.trim() || (production ? 'info' : 'warn');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent`);
  }
  const cacheSeconds = integerSetting(env, 'DIRECTORY_CACHE_SECONDS', 60, 0, 3600);
  const workers = integerSetting(env, 'WORKERS', 1, 1, 64);
  if (workers > 1 && !databaseUrl) {
    throw new ConfigError(
      `WORKERS=${workers} needs DATABASE_URL: the embedded database (PGlite) allows one process per data folder; use PostgreSQL to run several`,
    );
  }
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: resolve(cwd, env.DATA_DIR?.trim() || '.data/pglite'),
    production,
    demoPassword: env.DEMO_PASSWORD || 'Fawang-demo-2026',
    // Demo accounts and synthetic records never reach a production database.
    seedDemoData: !production && env.SEED_DEMO_DATA !== 'false',
    defaultRegion: region,
    profileDirs: (env.REGION_PROFILES_DIR ?? '').split(':').filter(Boolean).map((dir) => resolve(cwd, dir)),
    watchProfiles: env.REGION_PROFILES_WATCH !== 'false',
    trustProxy: parseTrustedProxies(env.TRUST_PROXY),
    workers,
    databasePoolMax: integerSetting(env, 'DATABASE_POOL_MAX', 10, 1, 1000),
    sessionIdleMs: {
      staff: integerSetting(env, 'SESSION_IDLE_MINUTES_STAFF', 30, 1, 24 * 60) * 60_000,
      citizen: integerSetting(env, 'SESSION_IDLE_MINUTES_CITIZEN', 120, 1, 24 * 60) * 60_000,
    },
    logLevel,
    readCacheTtlMs: cacheSeconds * 1000,
    portalDir: env.PORTAL_DIST_DIR?.trim() ? resolve(cwd, env.PORTAL_DIST_DIR.trim()) : defaultPortalDir,
    noticeOutboxChannels: parseChannelNames(env.NOTICE_OUTBOX_CHANNELS),
  };
}
