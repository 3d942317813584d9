/**
 * The typed event bus modules use to tell each other things without importing each other (legal-aid
 * approves an application; notary and forensic may waive fees for it). The catalogue below is the shared
 * contract; a third-party module adds its own events by augmenting the interface:
 *
 * ```ts
 * declare module '@fawang/module-kit' {
 *   interface FawangEvents { 'consult.booked': { bookingId: string } }
 * }
 * ```
 */
export interface FawangEvents {
  /** A legal-aid application was approved (准予法律援助): fee waivers elsewhere may rely on it. */
  'legal-aid.application.approved': { applicationId: string; regionId: string; applicantId: string; decidedAt: string };
  /** The signed-in user changed (login, logout, session expiry); null when signed out. */
  'session.changed': { userId: string | null };
}

export type FawangEventName = keyof FawangEvents;
export type FawangEventHandler<K extends FawangEventName> = (payload: FawangEvents[K]) => void;

export interface EventBus {
  emit<K extends FawangEventName>(type: K, payload: FawangEvents[K]): void;
  /** Returns the function that unsubscribes. */
  on<K extends FawangEventName>(type: K, handler: FawangEventHandler<K>): () => void;
}

/**
 * One bus per portal page. A handler that throws is reported and does not stop the other handlers: one
 * module's bug must not break another module's reaction to the same event.
 */
export function createEventBus(onHandlerError: (error: unknown, type: FawangEventName) => void = (error) => console.error(error)): EventBus {
  const handlers = new Map<FawangEventName, Set<(payload: never) => void>>();
  return {
    emit(type, payload) {
      for (const handler of [...(handlers.get(type) ?? [])]) {
        try {
          (handler as FawangEventHandler<typeof type>)(payload);
        } catch (error) {
          onHandlerError(error, type);
        }
      }
    },
    on(type, handler) {
      const set = handlers.get(type) ?? new Set();
      set.add(handler as (payload: never) => void);
      handlers.set(type, set);
      return () => set.delete(handler as (payload: never) => void);
    },
  };
}
