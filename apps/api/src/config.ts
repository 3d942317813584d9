/**
 * Start-up configuration from the environment, validated once: a wrong value stops the server with a
 * message naming the variable instead of failing later in a request.
 */
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
  trustProxy: boolean;
  logLevel: string;
  /** DIRECTORY_CACHE_SECONDS: how long public directory answers are reused; 0 turns the cache off. */
  readCacheTtlMs: number;
  /** PORTAL_DIST_DIR: the portal's build served at `/<region>/`. */
  portalDir: string;
}

export class ConfigError extends Error {}

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
  const cacheSeconds = env.DIRECTORY_CACHE_SECONDS === undefined || env.DIRECTORY_CACHE_SECONDS === '' ? 60 : Number(env.DIRECTORY_CACHE_SECONDS);
  if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0 || cacheSeconds > 3600) {
    throw new ConfigError(`DIRECTORY_CACHE_SECONDS must be an integer from 0 to 3600, got ${JSON.stringify(env.DIRECTORY_CACHE_SECONDS)}`);
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
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel,
    readCacheTtlMs: cacheSeconds * 1000,
    portalDir: env.PORTAL_DIST_DIR?.trim() ? resolve(cwd, env.PORTAL_DIST_DIR.trim()) : defaultPortalDir,
  };
}
