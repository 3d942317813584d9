/**
 * The legal-aid queue's filters, shared by the list and the CSV export so that an export holds exactly
 * what the officer's filtered list shows.
 */
import { and, eq, inArray, lt, ne, type SQL } from 'drizzle-orm';
import type { ApplicationStatus, MatterType } from '@fawang/contract';
import type { RegionRegistry } from '@fawang/regions';
import { legalAidApplications } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { regionScope } from '../services.js';

export interface QueueQuery {
  regionId?: string;
  status?: ApplicationStatus;
  matterType?: MatterType;
  overdue?: 'true';
}

/** Staff see their region and the regions below it, never drafts; a region filter outside that is 403. */
export function staffScope(regions: RegionRegistry, user: SessionUser, regionId: string | undefined): SQL {
  const allowed = regionScope(regions, user.regionId);
  if (regionId && !allowed.includes(regionId)) throw problems.forbidden(`Region ${regionId} is outside your region`);
  return and(inArray(legalAidApplications.regionId, allowed), ne(legalAidApplications.status, 'draft'))!;
}

/** The filters of the query on top of a caller's scope. */
export function queueFilter(scope: SQL, query: QueueQuery, now = new Date()): SQL | undefined {
  return and(
    scope,
    query.regionId ? eq(legalAidApplications.regionId, query.regionId) : undefined,
    query.status ? eq(legalAidApplications.status, query.status) : undefined,
    query.matterType ? eq(legalAidApplications.matterType, query.matterType) : undefined,
    query.overdue === 'true' ? lt(legalAidApplications.dueAt, now) : undefined,
  );
}
