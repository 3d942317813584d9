/**
 * The queue's filters (受理队列筛选) as they live in the URL query (the casework URL filters), so a reload or
 * a shared link shows the same list. Only what differs from the default goes into the URL and the request:
 * an unfiltered queue is `?` and asks for `page=1&pageSize=10`, as before filters existed.
 */
import { APPLICATION_STATUSES, MATTER_TYPES, type ApplicationStatus, type MatterType } from '@fawang/contract';
import { choiceFilter, defineUrlFilters, flagFilter, oneOfFilter } from '@fawang/module-kit/casework';

export const QUEUE_SORTS = ['newest', 'oldest'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** The statuses an officer filters by: a draft never reaches the queue. */
export const QUEUE_STATUSES = APPLICATION_STATUSES.filter((status) => status !== 'draft');

export const queueFilters = defineUrlFilters({
  status: oneOfFilter(QUEUE_STATUSES),
  matterType: oneOfFilter(MATTER_TYPES),
  overdue: flagFilter,
  sort: choiceFilter(QUEUE_SORTS, 'newest'),
});

export type QueueFilters = ReturnType<typeof queueFilters.fromQuery>;

/** Reads the filters from the URL; anything unknown (an old or edited link) falls back to the default. */
export const filtersFromQuery = queueFilters.fromQuery;

/** The URL query for the filters; other keys of the current query (the detail's `id`) are the caller's. */
export const filtersToQuery = queueFilters.toQuery;

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
