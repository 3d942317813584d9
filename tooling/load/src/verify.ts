/**
 * After the timed phase: are the acknowledged submissions exactly the stored ones? Counted three ways —
 * the leshan officer's total before and after, each citizen's own list, and a sample read back by id.
 */
import { loggedIn, type ApiClient } from './client.js';
import type { Citizen } from './citizens.js';
import { mapLimited } from './pool.js';
import type { Acknowledged } from './timed-phase.js';

// The demo accounts' password, as the server under test was started with it (apps/api/src/config.ts).
const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'Fawang-demo-2026';
const OFFICER = 'leshan.legal_aid_officer';
const SAMPLE_SIZE = 100;

export interface StoreCheck {
  acknowledged: number;
  uniqueIds: number;
  storedBefore: number;
  storedAfter: number;
  /** storedAfter − storedBefore: what the run added. */
  stored: number;
  /** Citizens whose own list holds a different number than they were acknowledged. */
  citizenMismatches: number;
  sampled: number;
  /** Sampled ids the officer could not read back as a leshan application with that id. */
  sampleFailures: number;
}

async function leshanTotal(officer: ApiClient): Promise<number> {
  const body = (await officer.expect(200, 'GET', '/api/v1/legal-aid/applications?regionId=leshan&pageSize=1')) as { total: number };
  return body.total;
}

/** The officer reads the sample 20 at a time, so it gets 20 connections. */
export async function officerClient(baseUrl: string): Promise<ApiClient> {
  return loggedIn(baseUrl, OFFICER, DEMO_PASSWORD, 20);
}

export async function countBefore(officer: ApiClient): Promise<number> {
  return leshanTotal(officer);
}

/** Evenly spread indexes into a list of `length`, at most `size` of them. */
export function spreadSample(length: number, size: number): number[] {
  if (length <= size) return Array.from({ length }, (_, i) => i);
  return Array.from({ length: size }, (_, i) => Math.floor((i * length) / size));
}

export async function checkStore(officer: ApiClient, citizens: readonly Citizen[], acknowledged: readonly Acknowledged[], storedBefore: number): Promise<StoreCheck> {
  const storedAfter = await leshanTotal(officer);
  const perCitizen = new Map<number, number>();
  for (const a of acknowledged) perCitizen.set(a.citizen, (perCitizen.get(a.citizen) ?? 0) + 1);
  const ownTotals = await mapLimited(citizens.length, 20, async (i) => {
    const body = (await citizens[i]!.client.expect(200, 'GET', '/api/v1/legal-aid/applications?pageSize=1')) as { total: number };
    return body.total;
  });
  const citizenMismatches = citizens.filter((c, i) => ownTotals[i] !== (perCitizen.get(c.index) ?? 0)).length;
  const sample = spreadSample(acknowledged.length, SAMPLE_SIZE).map((i) => acknowledged[i]!.id);
  const readBack = await mapLimited(sample.length, 20, async (i) => {
    const response = await officer.request('GET', `/api/v1/legal-aid/applications/${sample[i]}`);
    const body = response.body as { id?: string; regionId?: string };
    return response.status === 200 && body.id === sample[i] && body.regionId === 'leshan';
  });
  return {
    acknowledged: acknowledged.length,
    uniqueIds: new Set(acknowledged.map((a) => a.id)).size,
    storedBefore,
    storedAfter,
    stored: storedAfter - storedBefore,
    citizenMismatches,
    sampled: sample.length,
    sampleFailures: readBack.filter((ok) => !ok).length,
  };
}

/** Whether the store check shows every acknowledged submission stored once and nothing else stored. */
export function storeConsistent(check: StoreCheck): boolean {
  return (
    check.stored === check.acknowledged &&
    check.uniqueIds === check.acknowledged &&
    check.citizenMismatches === 0 &&
    check.sampleFailures === 0
  );
}
