/** The mediator's queue filters (状态, 纠纷类型, 只看已逾期), kept in the URL query with the casework URL filters. */
import { MEDIATION_DISPUTE_TYPES } from '@fawang/contract';
import { defineUrlFilters, flagFilter, oneOfFilter } from '@fawang/module-kit/casework';
import { FILED_STATUSES } from '../cases/case.js';

export const queueFilters = defineUrlFilters({ status: oneOfFilter(FILED_STATUSES), disputeType: oneOfFilter(MEDIATION_DISPUTE_TYPES), overdue: flagFilter });
export type QueueFilters = ReturnType<typeof queueFilters.fromQuery>;
