/**
 * The timed phase: every citizen submits applications back to back until the time is up, each with its
 * own Idempotency-Key, and every answer is recorded. Requests in flight at the end are awaited and counted.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { applicationBody } from './application.js';
import { TransportError } from './client.js';
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
  /** A few error answers to show in the report. */
  errorSamples: string[];
}

const SAMPLE_LIMIT = 5;

export async function runTimedPhase(citizens: readonly Citizen[], durationMs: number, onProgress: (r: PhaseResult) => void): Promise<PhaseResult> {
  const result: PhaseResult = { elapsedMs: 0, latenciesMs: [], outcomes: new Map(), acknowledged: [], errorSamples: [] };
  const count = (outcome: string) => result.outcomes.set(outcome, (result.outcomes.get(outcome) ?? 0) + 1);
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
          const outcome = response.status === 201 ? '201 without an id' : String(response.status);
          count(outcome);
          if (result.errorSamples.length < SAMPLE_LIMIT) result.errorSamples.push(`${outcome}: ${JSON.stringify(response.body).slice(0, 300)}`);
        }
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        result.latenciesMs.push(error.ms);
        count(error.code);
        if (result.errorSamples.length < SAMPLE_LIMIT) result.errorSamples.push(`${error.code}: ${String(error.cause)}`);
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
