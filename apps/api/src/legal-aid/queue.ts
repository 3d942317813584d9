/**
 * The legal-aid queue's filters, shared by the list and the CSV export so that an export holds exactly
 * what the officer's filtered list shows.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { ApplicationStatus, MatterType } from '@fawang/contract';
import { legalAidDetails } from '../db/schema.js';
import { caseFilters } from '../cases/listing.js';

export interface QueueQuery {
  regionId?: string;
  status?: ApplicationStatus;
  matterType?: MatterType;
  overdue?: 'true';
}

/** The filters of the query on top of a caller's scope (the kernel's listScope); reads cases joined with legal_aid_details. */
export function queueFilter(scope: SQL, query: QueueQuery, now = new Date()): SQL | undefined {
  return and(caseFilters(scope, query, now), query.matterType ? eq(legalAidDetails.matterType, query.matterType) : undefined);
}
