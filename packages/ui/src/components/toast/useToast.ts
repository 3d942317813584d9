import { fwToastManager, FW_TOAST_DURATIONS, type FwToastManager, type FwToastOptions, type FwToastTone } from './store.js';

export interface FwToastApi {
  success: (message: string, options?: FwToastOptions) => string;
  info: (message: string, options?: FwToastOptions) => string;
  warning: (message: string, options?: FwToastOptions) => string;
  /** Errors persist until the user dismisses them (unless a `duration` is given). */
  error: (message: string, options?: FwToastOptions) => string;
  /** Closes one toast, or all of them. */
  dismiss: (id?: string) => void;
}

/**
 * Shows toasts in the page's FwToaster: `const toast = useToast(); toast.success('申请已提交')`.
 * Works outside components too (it only talks to the module-level store, see store.ts).
 */
export function useToast(manager: FwToastManager = fwToastManager): FwToastApi {
  const show = (tone: FwToastTone) => (message: string, options: FwToastOptions = {}) =>
    manager.add({
      id: options.id,
      title: options.title,
      description: message,
      status: tone,
      // Errors interrupt (assertive); the rest are announced politely.
      type: tone === 'error' ? 'foreground' : 'background',
      duration: options.duration ?? FW_TOAST_DURATIONS[tone],
      data: { tone },
    });
  return {
    success: show('success'),
    info: show('info'),
    warning: show('warning'),
    error: show('error'),
    dismiss: (id?: string) => manager.close(id),
  };
}
