/**
 * `pnpm start`: opens the database (PGlite in a folder, or PostgreSQL with DATABASE_URL), applies
 * migrations, seeds demo data outside production, and serves the API and the portal on one origin.
 * With WORKERS=N (PostgreSQL only) a supervisor runs N such processes on one port (cluster.ts).
 */
import cluster from 'node:cluster';
import { loadRegionProfiles, builtInProfilesDir } from '@fawang/regions/node';
import { buildApp } from './app.js';
import { outboxChannel } from './cases/notices.js';
import { superviseWorkers } from './cluster.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { migrateDatabase } from './db/migrate.js';
import { describeError, loggerOptions } from './http/logging.js';
import { watchRegionProfiles } from './regions-watch.js';
import { demoRegions, seedDemoData } from './seed/index.js';

async function serve(config: AppConfig) {
  const regions = await loadRegionProfiles([builtInProfilesDir, ...config.profileDirs]);
  if (!regions.get(config.defaultRegion)) throw new ConfigError(`REGION ${config.defaultRegion} has no profile`);
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl, poolSize: config.databasePoolMax } : { dataDir: config.dataDir },
  );
  // Every process runs this on start; the lock makes the others wait and then find nothing to do.
  await handle.withStartupLock(async () => {
    await migrateDatabase(handle);
    if (config.seedDemoData) {
      await seedDemoData(handle, { regions: demoRegions(regions), demoPassword: config.demoPassword, today: new Date() });
    }
  });
  const app = await buildApp({
    db: handle.db,
    regions,
    defaultRegion: config.defaultRegion,
    trustProxy: config.trustProxy,
    sessionIdleMs: config.sessionIdleMs,
    readCacheTtlMs: config.readCacheTtlMs,
    outbound: config.noticeOutboxChannels.map((name) => outboxChannel(name)),
    portalDir: config.portalDir,
    logger: loggerOptions(config.logLevel),
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
  const who = cluster.isWorker ? `worker ${cluster.worker?.id} (pid ${process.pid})` : `pid ${process.pid}`;
  console.warn(`Fawang serving on ${address} (database: ${handle.driver}, ${who})`);
}

function fail(error: unknown): never {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof DataDirLockedError) console.error(error.message);
  // Start-up failures follow the logging policy too: a failed seed or migration must not print values.
  else console.error('Start-up failed:', JSON.stringify(describeError(error)));
  process.exit(1);
}

try {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) superviseWorkers(config.workers);
  else await serve(config);
} catch (error) {
  fail(error);
}
