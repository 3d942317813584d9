import { describe, expect, it } from 'vitest';
import { errorCount, passed } from '../report.js';
import { spreadSample, type StoreCheck } from '../verify.js';

const consistent: StoreCheck = {
  acknowledged: 3,
  uniqueIds: 3,
  storedBefore: 10,
  storedAfter: 13,
  stored: 3,
  citizenMismatches: 0,
  sampled: 3,
  sampleFailures: 0,
};

describe('verdict', () => {
  it('counts every outcome but 201 as an error', () => {
    expect(errorCount({ '201': 5, '500': 2, timeout: 1 })).toBe(3);
    expect(errorCount({ '201': 5 })).toBe(0);
  });

  it('passes only without errors and with every acknowledged submission stored once', () => {
    expect(passed({ requests: 3, outcomes: { '201': 3 }, store: consistent })).toBe(true);
    expect(passed({ requests: 4, outcomes: { '201': 3, '503': 1 }, store: consistent })).toBe(false);
    expect(passed({ requests: 3, outcomes: { '201': 3 }, store: { ...consistent, stored: 2, storedAfter: 12 } })).toBe(false);
    expect(passed({ requests: 3, outcomes: { '201': 3 }, store: { ...consistent, uniqueIds: 2 } })).toBe(false);
    expect(passed({ requests: 3, outcomes: { '201': 3 }, store: { ...consistent, citizenMismatches: 1 } })).toBe(false);
    expect(passed({ requests: 3, outcomes: { '201': 3 }, store: { ...consistent, sampleFailures: 1 } })).toBe(false);
    expect(passed({ requests: 0, outcomes: {}, store: { ...consistent, acknowledged: 0, uniqueIds: 0, stored: 0 } })).toBe(false);
  });
});

describe('spreadSample', () => {
  it('takes every index of a short list', () => {
    expect(spreadSample(3, 100)).toEqual([0, 1, 2]);
  });

  it('spreads the sample evenly over a long list', () => {
    expect(spreadSample(1000, 4)).toEqual([0, 250, 500, 750]);
  });
});
