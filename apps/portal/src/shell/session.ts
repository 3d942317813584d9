import type { useSessionStore } from '@fawang/sdk/core';

let pending: Promise<void> | undefined;

/**
 * Resolves once we know who is signed in. Boot asks without waiting (the first paint does not need it);
 * a guarded page awaits the same request instead of starting another — or deciding too early that
 * nobody is signed in.
 */
export function sessionReady(session: ReturnType<typeof useSessionStore>): Promise<void> {
  if (session.status === 'authenticated' || session.status === 'anonymous') return Promise.resolve();
  pending ??= session
    .load()
    .catch((error: unknown) => console.warn('[fawang] session check failed', error))
    .finally(() => {
      pending = undefined;
    });
  return pending;
}
