/**
 * The timed phase: every citizen submits applications back to back until the time is up, each with its
 * own Idempotency-Key, and every answer is recorded. Requests in flight at the end are awaited and counted.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { applicationBody } from './application.js';
import { REQUEST_TIMEOUT_MS, TransportError } from './client.js';
import type { Citizen } from './citizens.js';

export interface Acknowledged {
  id: string;
  citizen: number;
}

export interface PhaseResult {
  elapsedMs: number;
  latenciesMs: number[];
  /** Answers by outcome: the HTTP status ("201", "500" …) or the transport failure ("timeout", "ECONNRESET" …). */
  outcomes: Map<string, number>;
  acknowledged: Acknowledged[];
  /** The first answer of each error outcome, to show in the report. */
  errorSamples: string[];
}

export async function runTimedPhase(citizens: readonly Citizen[], durationMs: number, onProgress: (r: PhaseResult) => void): Promise<PhaseResult> {
  const result: PhaseResult = { elapsedMs: 0, latenciesMs: [], outcomes: new Map(), acknowledged: [], errorSamples: [] };
  const count = (outcome: string, sample?: string) => {
    const seen = result.outcomes.get(outcome) ?? 0;
    if (seen === 0 && sample !== undefined) result.errorSamples.push(`${outcome}: ${sample}`);
    result.outcomes.set(outcome, seen + 1);
  };
  const started = performance.now();
  const end = started + durationMs;
  const progress = setInterval(() => {
    result.elapsedMs = performance.now() - started;
    onProgress(result);
  }, 10_000);

  async function citizenLoop(citizen: Citizen) {
    for (let k = 0; performance.now() < end; k++) {
      try {
        const response = await citizen.client.request('POST', '/api/v1/legal-aid/applications', applicationBody(citizen.index, k), {
          'idempotency-key': randomUUID(),
        });
        result.latenciesMs.push(response.ms);
        const id = (response.body as { id?: unknown } | null)?.id;
        if (response.status === 201 && typeof id === 'string') {
          count('201');
          result.acknowledged.push({ id, citizen: citizen.index });
        } else {
          count(response.status === 201 ? '201 without an id' : String(response.status), JSON.stringify(response.body).slice(0, 300));
        }
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        result.latenciesMs.push(error.ms);
        count(error.code, error.code === 'timeout' ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : String(error.cause));
      }
    }
  }

  try {
    await Promise.all(citizens.map(citizenLoop));
  } finally {
    clearInterval(progress);
  }
  result.elapsedMs = performance.now() - started;
  return result;
}
