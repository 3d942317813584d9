/**
 * Deletes what has run out — sessions past their absolute or idle end, rate-limit counters past their
 * window — once at start and then periodically, so neither table grows without bound. Several API
 * processes may run it at the same moment: each task is a DELETE of rows that are already dead, so two
 * runs cannot conflict (the second waits for the first's row locks and finds nothing left).
 */

/** Often enough that dead rows never pile up, rarely enough to cost nothing noticeable. */
const PURGE_INTERVAL_MS = 10 * 60_000;

export interface HousekeepingOptions {
  tasks: Array<() => Promise<void>>;
  /** A failed task is reported and the others still run; the next round tries again. */
  onError: (error: unknown) => void;
  intervalMs?: number;
}

export interface Housekeeping {
  /** Stops the timer and waits for a round in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

export async function startHousekeeping({ tasks, onError, intervalMs = PURGE_INTERVAL_MS }: HousekeepingOptions): Promise<Housekeeping> {
  let round: Promise<void> | undefined;
  const run = (): Promise<void> => {
    // A slow round (a large backlog) is never overlapped by the next one.
    round ??= (async () => {
      for (const task of tasks) {
        try {
          await task();
        } catch (error) {
          onError(error);
        }
      }
    })().finally(() => {
      round = undefined;
    });
    return round;
  };
  await run();
  const timer = setInterval(() => void run(), intervalMs);
  // The timer alone must not keep a process alive that has nothing else to do.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
