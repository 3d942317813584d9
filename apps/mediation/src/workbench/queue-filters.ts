/** The mediator's queue filters (状态, 只看已逾期), kept in the URL query with the casework URL filters. */
import { defineUrlFilters, flagFilter, oneOfFilter } from '@fawang/module-kit/casework';
import { FILED_STATUSES } from '../cases/case.js';

export const queueFilters = defineUrlFilters({ status: oneOfFilter(FILED_STATUSES), overdue: flagFilter });
export type QueueFilters = ReturnType<typeof queueFilters.fromQuery>;
