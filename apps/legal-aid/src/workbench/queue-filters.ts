/**
 * The queue's filters (受理队列筛选) as they live in the URL query, so a reload or a shared link shows the same
 * list. Only what differs from the default goes into the URL and the request: an unfiltered queue is
 * `?` and asks for `page=1&pageSize=10`, as before filters existed. Pure functions: the page and the tests
 * share them.
 */
import { APPLICATION_STATUSES, MATTER_TYPES, type ApplicationStatus, type MatterType } from '@fawang/contract';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export type QueueSort = 'newest' | 'oldest';

export interface QueueFilters {
  status?: ApplicationStatus;
  matterType?: MatterType;
  overdue: boolean;
  sort: QueueSort;
}

/** The statuses an officer filters by: a draft never reaches the queue. */
export const QUEUE_STATUSES = APPLICATION_STATUSES.filter((status) => status !== 'draft');

function one(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

/** Reads the filters from the URL; anything unknown (an old or edited link) falls back to the default. */
export function filtersFromQuery(query: LocationQuery): QueueFilters {
  return {
    status: oneOf(QUEUE_STATUSES, one(query.status)),
    matterType: oneOf(MATTER_TYPES, one(query.matterType)),
    overdue: one(query.overdue) === 'true',
    sort: one(query.sort) === 'oldest' ? 'oldest' : 'newest',
  };
}

/** The URL query for the filters; other keys of the current query (none today) are the caller's. */
export function filtersToQuery(filters: QueueFilters): LocationQueryRaw {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.matterType ? { matterType: filters.matterType } : {}),
    ...(filters.overdue ? { overdue: 'true' } : {}),
    ...(filters.sort === 'oldest' ? { sort: 'oldest' } : {}),
  };
}

/** The filters of the list and of the CSV export (`overdue` is the string 'true' or absent in the API). */
export function exportParams(filters: QueueFilters): { status?: ApplicationStatus; matterType?: MatterType; overdue?: 'true' } {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.matterType ? { matterType: filters.matterType } : {}),
    ...(filters.overdue ? { overdue: 'true' as const } : {}),
  };
}

/** The list request's filters: the export's plus the order (newest first is the server's default). */
export function listParams(filters: QueueFilters): ReturnType<typeof exportParams> & { sort?: 'createdAt' } {
  return { ...exportParams(filters), ...(filters.sort === 'oldest' ? { sort: 'createdAt' as const } : {}) };
}

export function hasFilters(filters: QueueFilters): boolean {
  return Boolean(filters.status || filters.matterType || filters.overdue);
}
