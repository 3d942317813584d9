/**
 * What every module's sample cases share: the kernel's row types, a step of the real workflow that must
 * succeed, and the clocks replayed as the kernel would have stored them (cases/clocks.ts).
 */
import { TransitionError } from '@fawang/workflow';
import type { caseClocks, caseHistory, cases } from '../db/schema.js';
import type { ClockChange } from '../cases/clocks.js';

/** The kernel's rows of a sample case: the case, its history and its clocks. */
export type CaseInsert = typeof cases.$inferInsert & { id: string };
export type HistoryRow = typeof caseHistory.$inferInsert;
export type DeadlineRow = typeof caseClocks.$inferInsert;

/** A workflow step of fixed sample data: one the workflow refuses is a bug in the samples. */
export function applied<T>(result: T | TransitionError, what: string): T {
  if (result instanceof TransitionError) throw new Error(`sample case: ${what}: ${result.message}`);
  return result;
}

/** A sample case's clocks, started and stopped step by step. */
export class SampleClocks {
  readonly rows: DeadlineRow[] = [];

  constructor(private readonly caseId: string) {}

  record(change: ClockChange, at: Date): void {
    for (const clock of this.rows) if (!clock.stoppedAt && (change.deadlinesStopped as readonly string[]).includes(clock.kind)) clock.stoppedAt = at;
    for (const started of change.deadlinesStarted) this.rows.push({ caseId: this.caseId, kind: started.kind, startedAt: at, dueAt: started.dueAt });
  }

  /** The earliest running clock's due time, which the case row keeps (null when none runs). */
  runningDue(): Date | null {
    const running = this.rows.filter((clock) => !clock.stoppedAt).map((clock) => clock.dueAt.getTime());
    return running.length ? new Date(Math.min(...running)) : null;
  }
}
