/**
 * Region profiles (files, not the database): summaries and the resolved profile the portal loads; and the
 * GB/T 2260 division tree.
 */
import { asc, eq, isNull } from 'drizzle-orm';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { MODULE_IDS } from '@fawang/contract';
import { divisions } from '../db/schema.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { cachedHandlers } from '../http/read-cache.js';
import type { AppServices } from '../services.js';

type RegionHandlers = Pick<Handlers, 'listRegions' | 'getRegion' | 'getRegionProfile' | 'listDivisions' | 'getDivision'>;
type CachedRegionHandlers = Omit<RegionHandlers, 'getRegionProfile'>;

/** Profiles change only with a restart; a minute keeps a portal's repeated loads off the network. */
const PROFILE_CACHE_CONTROL = 'public, max-age=60';

function summary(profile: ResolvedRegionProfile) {
  // The six in the plans' order, then the region's own modules (a declared case module) by id.
  const own = Object.keys(profile.modules).filter((id) => !(MODULE_IDS as readonly string[]).includes(id)).sort();
  const enabledModules = [...MODULE_IDS, ...own].filter((id) => profile.modules[id]?.enabled);
  return {
    id: profile.id,
    name: profile.name,
    siteName: profile.branding.siteName,
    level: profile.level,
    ...(profile.parent ? { parentId: profile.parent } : {}),
    ...(profile.extends ? { extends: profile.extends } : {}),
    ...(profile.divisionCode ? { divisionCode: profile.divisionCode } : {}),
    ...(profile.population ? { population: profile.population } : {}),
    hotlines: profile.channels.hotlines.map((h) => ({ name: h.name, number: h.number })),
    enabledModules,
  };
}

function toDivision(row: typeof divisions.$inferSelect) {
  return {
    code: row.code,
    name: row.name,
    level: row.level as 'province' | 'city' | 'county' | 'town',
    ...(row.parentCode ? { parentCode: row.parentCode } : {}),
    hasChildren: row.hasChildren,
  };
}

export function regionHandlers({ db, regions, readCache }: AppServices): RegionHandlers {
  return {
    ...cachedRegionHandlers({ db, regions, readCache }),
    // Already in memory and served as is: nothing to cache but the browser's copy.
    async getRegionProfile({ params }) {
      const profile = regions.get(params.regionId);
      if (!profile) throw problems.notFound(`Region ${params.regionId}`);
      return { status: 200, body: profile, headers: { 'cache-control': PROFILE_CACHE_CONTROL } };
    },
  };
}

function cachedRegionHandlers({ db, regions, readCache }: Pick<AppServices, 'db' | 'regions' | 'readCache'>): CachedRegionHandlers {
  // Profiles are fixed for the life of the process and divisions are reference data: share the answers.
  return cachedHandlers<CachedRegionHandlers>(readCache, {
    async listRegions() {
      return { status: 200, body: regions.list().map(summary) };
    },

    async getRegion({ params }) {
      const profile = regions.get(params.regionId);
      if (!profile) throw problems.notFound(`Region ${params.regionId}`);
      return { status: 200, body: summary(profile) };
    },

    async listDivisions({ query }) {
      const rows = await db
        .select()
        .from(divisions)
        .where(query.parentCode ? eq(divisions.parentCode, query.parentCode) : isNull(divisions.parentCode))
        .orderBy(asc(divisions.code));
      if (query.parentCode && rows.length === 0) {
        const [parent] = await db.select().from(divisions).where(eq(divisions.code, query.parentCode)).limit(1);
        if (!parent) throw problems.field('query.parentCode', 'unknown_division', `division ${query.parentCode} does not exist`);
      }
      return { status: 200, body: rows.map(toDivision) };
    },

    async getDivision({ params }) {
      const path: ReturnType<typeof toDivision>[] = [];
      let code: string | null = params.code;
      let self: ReturnType<typeof toDivision> | undefined;
      // Walk up the parent chain: at most four levels (province → city → county → town).
      while (code) {
        const [row] = await db.select().from(divisions).where(eq(divisions.code, code)).limit(1);
        if (!row) break;
        const division = toDivision(row);
        if (!self) self = division;
        else path.unshift(division);
        code = row.parentCode;
      }
      if (!self) throw problems.notFound(`Division ${params.code}`);
      return { status: 200, body: { ...self, path } };
    },
  });
}
