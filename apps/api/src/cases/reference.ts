/**
 * Case reference numbers (受理编号 / 调解编号): `<prefix>-<division code>-<date in Beijing>-<random>`,
 * e.g. `FY-511100-20261207-3F9A0C21`. The random part avoids a counter that every submission would
 * contend on; a collision (one in 4 billion per place and day) is retried with a fresh draw, never a 500.
 */
import { randomBytes } from 'node:crypto';
import { uniqueViolation } from '../db/errors.js';
import { shanghaiDate } from '../domain/shanghai-time.js';

const ATTEMPTS = 5;

export function caseReference(prefix: string, divisionCode: string, now: Date): string {
  return referenceNumber(prefix, divisionCode, now, randomBytes(4).toString('hex'));
}

/** The reference with a given random part (8 hex digits): filing draws it, the demo seed replays its own. */
export function referenceNumber(prefix: string, divisionCode: string, at: Date, random: string): string {
  return `${prefix}-${divisionCode}-${shanghaiDate(at).replace(/-/g, '')}-${random.toUpperCase()}`;
}

/**
 * Runs `insert` (which draws its reference with caseReference) again when the database says the
 * reference is taken. Only a violation of a `*_reference_unique` constraint is retried.
 */
export async function withUniqueReference<T>(insert: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert();
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (attempt >= ATTEMPTS || !constraint?.endsWith('_reference_unique')) throw error;
    }
  }
}
