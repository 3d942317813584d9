import { createToastManager, type GlobalToastManager } from 'reka-ui';

/**
 * The toast store is MODULE-LEVEL: one Reka toast manager for the page, shared by `useToast()` (which
 * may run anywhere: a component, a store, an API error handler) and the single FwToaster the host
 * places. This suits one portal = one toaster, and needs no provide/inject, so modules mounted by the
 * host reach the host's toaster. Toasts added before FwToaster mounts are queued and shown when it does.
 * A test or an isolated embedding can pass its own manager (`createFwToastManager()`) to both.
 */
export type FwToastTone = 'success' | 'info' | 'warning' | 'error';

export interface FwToastData {
  tone: FwToastTone;
}

export interface FwToastOptions {
  title?: string;
  /** Milliseconds before it closes by itself; errors never do unless given one. */
  duration?: number;
  /** Reuse an id to update a toast in place instead of stacking a new one. */
  id?: string;
}

export type FwToastManager = GlobalToastManager<FwToastData>;

export function createFwToastManager(): FwToastManager {
  return createToastManager<FwToastData>();
}

export const fwToastManager: FwToastManager = createFwToastManager();

/** Default lifetimes: long enough to read (elderly users read slowly); errors stay until dismissed. */
export const FW_TOAST_DURATIONS: Record<FwToastTone, number> = {
  success: 6000,
  info: 6000,
  warning: 10000,
  error: Number.POSITIVE_INFINITY,
};
