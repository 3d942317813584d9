/** Assembles the API: contract, database, region profiles, handlers and the portal host. */
import type { FastifyInstance } from 'fastify';
import { loadOpenApiDocument } from '@fawang/contract';
import { ContractValidator } from '@fawang/contract/validation';
import type { RegionRegistry } from '@fawang/regions';
import type { Database } from './db/client.js';
import { authenticator, SessionStore, type SessionIdleLimits } from './http/auth.js';
import { startHousekeeping } from './http/housekeeping.js';
import { RATE_LIMIT_POLICY, RateLimits, type RateLimitPolicy } from './http/rate-limits.js';
import { ReadCache } from './http/read-cache.js';
import { createServer, type Handlers } from './http/server.js';
import { registerPortal } from './portal/index.js';
import { auditHandlers } from './routes/audit.js';
import { authHandlers } from './routes/auth.js';
import { directoryHandlers } from './routes/directory.js';
import { evaluationHandlers } from './routes/evaluations.js';
import { healthHandlers } from './routes/health.js';
import { legalAidHandlers } from './legal-aid/applications.js';
import { reportHandlers } from './legal-aid/reports.js';
import { documentHandlers } from './routes/documents.js';
import { legalAidDraftHandlers } from './legal-aid/drafts.js';
import { mediationCaseHandlers } from './mediation/cases.js';
import { moduleCaseHandlers } from './module-cases/handlers.js';
import { mediationAgreementHandlers } from './mediation/agreement.js';
import { committeeHandlers } from './mediation/committees.js';
import { mediationStatisticsHandlers } from './mediation/statistics.js';
import { mediationTransitionHandlers } from './mediation/transitions.js';
import { regionHandlers } from './routes/regions.js';
import type { AppServices } from './services.js';
import { outboxChannel, purgeSentOutbox, type OutboundChannel } from './cases/notices.js';
import { noticeHandlers } from './routes/notices.js';

export interface BuildAppOptions {
  db: Database;
  regions: RegionRegistry;
  defaultRegion?: string;
  logger?: boolean | Record<string, unknown>;
  /** Reverse proxies whose `X-Forwarded-For` is believed (TRUST_PROXY); none by default. */
  trustProxy?: string[];
  /** Login and registration limits (http/rate-limits.ts's RATE_LIMIT_POLICY by default); tests lower them. */
  rateLimits?: Partial<RateLimitPolicy>;
  /** How long a session may go unused, by role (SESSION_IDLE_MINUTES_*): 30 minutes for staff, 2 hours for citizens by default. */
  sessionIdleMs?: SessionIdleLimits;
  /** How long public directory answers are reused (60 s by default); 0 turns the cache off. */
  readCacheTtlMs?: number;
  /** The portal's build (`apps/portal/dist`) served at `/<region>/`; absent or unbuilt → a placeholder page. */
  portalDir?: string;
  /** Where case notices go besides the inbox (NOTICE_OUTBOX_CHANNELS): an outbox queue per channel name, `sms` by default. */
  outbound?: readonly OutboundChannel[];
}

// Compiling every validator takes a moment; one instance serves every app built in this process.
let contract: ContractValidator | undefined;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  contract ??= new ContractValidator(loadOpenApiDocument());
  const sessions = new SessionStore(options.db, options.sessionIdleMs);
  const rateLimits = new RateLimits(options.db, { ...RATE_LIMIT_POLICY, ...options.rateLimits });
  const services: AppServices = {
    db: options.db,
    regions: options.regions,
    sessions,
    rateLimits,
    readCache: new ReadCache({ ttlMs: options.readCacheTtlMs ?? 60_000 }),
    outbound: options.outbound ?? [outboxChannel('sms')],
  };
  const handlers: Handlers = {
    ...healthHandlers(services),
    ...authHandlers(services),
    ...regionHandlers(services),
    ...directoryHandlers(services),
    ...evaluationHandlers(services),
    ...noticeHandlers(services),
    ...legalAidHandlers(services),
    ...reportHandlers(services),
    ...documentHandlers(services),
    ...legalAidDraftHandlers(services),
    ...committeeHandlers(services),
    ...mediationCaseHandlers(services),
    ...moduleCaseHandlers(services),
    ...mediationTransitionHandlers(services),
    ...mediationAgreementHandlers(services),
    ...mediationStatisticsHandlers(services),
    ...auditHandlers(services),
  };
  const authenticate = authenticator(sessions);
  const app = await createServer({
    contract,
    handlers,
    authenticate: (request) => authenticate(request),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    registerPages: (app) =>
      registerPortal(app, {
        regions: options.regions,
        defaultRegion: options.defaultRegion ?? 'national',
        ...(options.portalDir !== undefined ? { portalDir: options.portalDir } : {}),
        pageCacheTtlMs: options.readCacheTtlMs ?? 60_000,
      }),
  });
  // Reloaded profiles (regions-watch.ts) must not be answered from the cache of the old ones.
  const unsubscribe = options.regions.onChange(() => services.readCache.clear());
  app.addHook('onClose', async () => unsubscribe());
  const housekeeping = await startHousekeeping({
    tasks: [() => sessions.purgeExpired(), () => rateLimits.purgeExpired(), () => purgeSentOutbox(options.db)],
    onError: (error) => app.log.warn({ err: error }, 'purging expired sessions, rate limits or sent notices failed'),
  });
  app.addHook('onClose', async () => housekeeping.stop());
  return app;
}
