/**
 * Idempotent submissions: a retried request with the same `Idempotency-Key` (from the same user) returns the
 * resource the first one created instead of creating a second, so a network retry never files twice. This
 * holds when the retry races the original, in one process or across several: the key's row is written
 * first in the creating transaction, so of two concurrent attempts one commits and the other fails on the
 * key's primary key (or on whatever the winner changed first, such as attaching the same documents), and a
 * failed attempt whose key now exists answers with the winner's resource.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Database, Transaction } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';

/** The request's key (the contract limits its form), or null when it sent none. */
export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' && key.length > 0 ? key.slice(0, 200) : null;
}

/** The id of the resource a first request with this key created, if any. */
async function seenResource(db: Database, key: string, userId: string): Promise<string | null> {
  const [seen] = await db
    .select({ resourceId: idempotencyKeys.resourceId })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.key, key), eq(idempotencyKeys.userId, userId)))
    .limit(1);
  return seen?.resourceId ?? null;
}

/**
 * Claims the key for a new resource inside the creating transaction and returns the id the resource must
 * be inserted with. Call it before any other write of the transaction.
 */
export type ClaimKey = (tx: Transaction) => Promise<string>;

export type Outcome<T> = { created: T } | { existingId: string };

/**
 * Creates at most once per key. `create` runs only when no earlier request with the key succeeded; it
 * calls `claim` first in its transaction and inserts the resource with the id it returns.
 */
export async function createOnce<T>(
  db: Database,
  request: FastifyRequest,
  userId: string,
  create: (claim: ClaimKey) => Promise<T>,
): Promise<Outcome<T>> {
  const key = idempotencyKeyOf(request);
  const claim: ClaimKey = async (tx) => {
    const id = randomUUID();
    if (key) await tx.insert(idempotencyKeys).values({ key, userId, resourceId: id, createdAt: new Date() });
    return id;
  };
  if (!key) return { created: await create(claim) };
  const seen = await seenResource(db, key, userId);
  if (seen) return { existingId: seen };
  try {
    return { created: await create(claim) };
  } catch (error) {
    // A concurrent attempt with this key won: its resource is the answer to this one too.
    const winner = await seenResource(db, key, userId);
    if (winner) return { existingId: winner };
    throw error;
  }
}
