/**
 * The legal-aid queue's filters, shared by the list and the CSV export so that an export holds exactly
 * what the officer's filtered list shows.
 */
import { and, eq, lt, type SQL } from 'drizzle-orm';
import type { ApplicationStatus, MatterType } from '@fawang/contract';
import { cases, legalAidDetails } from '../db/schema.js';

export interface QueueQuery {
  regionId?: string;
  status?: ApplicationStatus;
  matterType?: MatterType;
  overdue?: 'true';
}

/** The filters of the query on top of a caller's scope (the kernel's listScope); reads cases joined with legal_aid_details. */
export function queueFilter(scope: SQL, query: QueueQuery, now = new Date()): SQL | undefined {
  return and(
    scope,
    query.status ? eq(cases.status, query.status) : undefined,
    query.matterType ? eq(legalAidDetails.matterType, query.matterType) : undefined,
    query.overdue === 'true' ? lt(cases.dueAt, now) : undefined,
  );
}
