/**
 * `pnpm start`: opens the database (PGlite in a folder, or PostgreSQL with DATABASE_URL), applies
 * migrations, seeds demo data outside production, and serves the API and the portal on one origin.
 */
import { loadRegionProfiles, builtInProfilesDir } from '@fawang/regions/node';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { watchRegionProfiles } from './regions-watch.js';
import { demoRegions, seedDemoData } from './seed/index.js';

async function main() {
  const config = loadConfig();
  const regions = await loadRegionProfiles([builtInProfilesDir, ...config.profileDirs]);
  if (!regions.get(config.defaultRegion)) throw new ConfigError(`REGION ${config.defaultRegion} has no profile`);
  const handle = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  await migrateDatabase(handle);
  if (config.seedDemoData) {
    await seedDemoData(handle, {
      regions: demoRegions(regions),
      demoPassword: config.demoPassword,
      today: new Date(),
    });
  }
  const app = await buildApp({
    db: handle.db,
    regions,
    defaultRegion: config.defaultRegion,
    trustProxy: config.trustProxy,
    readCacheTtlMs: config.readCacheTtlMs,
    portalDir: config.portalDir,
    logger: {
      level: config.logLevel,
      // Session cookies, CSRF tokens and passwords never reach the log.
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
  });
  const watcher =
    config.watchProfiles && config.profileDirs.length > 0
      ? watchRegionProfiles({
          dirs: config.profileDirs,
          registry: regions,
          requiredRegion: config.defaultRegion,
          log: { info: (message) => app.log.info(message), error: (message) => app.log.error(message) },
        })
      : undefined;
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    watcher?.close();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ host: config.host, port: config.port });
  console.warn(`Fawang serving on ${address} (database: ${handle.driver})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
