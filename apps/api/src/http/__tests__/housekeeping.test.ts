import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHousekeeping } from '../housekeeping.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('startHousekeeping', () => {
  it('runs every task at start and again each interval until stopped', async () => {
    vi.useFakeTimers();
    const sessions = vi.fn(async () => {});
    const limits = vi.fn(async () => {});
    const housekeeping = await startHousekeeping({ tasks: [sessions, limits], onError: () => {}, intervalMs: 1000 });
    expect(sessions).toHaveBeenCalledTimes(1);
    expect(limits).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2500);
    expect(sessions).toHaveBeenCalledTimes(3);
    expect(limits).toHaveBeenCalledTimes(3);
    await housekeeping.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sessions).toHaveBeenCalledTimes(3);
  });

  it('reports a failing task and still runs the others', async () => {
    const errors: unknown[] = [];
    const after = vi.fn(async () => {});
    const housekeeping = await startHousekeeping({
      tasks: [() => Promise.reject(new Error('database away')), after],
      onError: (error) => errors.push(error),
    });
    expect(errors).toEqual([new Error('database away')]);
    expect(after).toHaveBeenCalledTimes(1);
    await housekeeping.stop();
  });

  it('does not start a round while one is still running, and stop waits for it', async () => {
    vi.useFakeTimers();
    let calls = 0;
    let finish: () => void = () => {};
    const slow = () => {
      calls += 1;
      // The start-up round ends at once; the next one hangs until released.
      return calls === 1 ? Promise.resolve() : new Promise<void>((resolve) => (finish = resolve));
    };
    const housekeeping = await startHousekeeping({ tasks: [slow], onError: () => {}, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(3500);
    expect(calls).toBe(2);
    let stopped = false;
    const stopping = housekeeping.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });
});
