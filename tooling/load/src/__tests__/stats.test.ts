import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies } from '../stats.js';

describe('percentile', () => {
  const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);

  it('takes the nearest rank of an ascending list', () => {
    expect(percentile(oneToTwenty, 50)).toBe(10);
    expect(percentile(oneToTwenty, 95)).toBe(19);
    expect(percentile(oneToTwenty, 99)).toBe(20);
    expect(percentile(oneToTwenty, 100)).toBe(20);
    expect(percentile(oneToTwenty, 0)).toBe(1);
  });

  it('gives the only value of a one-element list and 0 for an empty one', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it('rejects a percentile outside 0 to 100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('summarizeLatencies', () => {
  it('sorts, rounds to 0.1 ms and reports count, mean, percentiles and max', () => {
    const latencies = [30.04, 10.01, 20.02, 40.03, 1000];
    expect(summarizeLatencies(latencies)).toEqual({ count: 5, mean: 220, p50: 30, p95: 1000, p99: 1000, max: 1000 });
  });

  it('leaves the caller list unsorted', () => {
    const latencies = [3, 1, 2];
    summarizeLatencies(latencies);
    expect(latencies).toEqual([3, 1, 2]);
  });

  it('summarizes no latencies as zeros', () => {
    expect(summarizeLatencies([])).toEqual({ count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 });
  });
});
