import type { App, InjectionKey } from 'vue';
import { inject } from 'vue';
import { addFwMessages, createFwI18n } from './i18n/index.js';

export interface FawangUIOptions {
  /**
   * The host's vue-i18n instance (composition mode). The kit merges its strings into it so one
   * locale switch changes the host, every module and the kit. Without one, the kit creates its own.
   */
  i18n?: { global: { mergeLocaleMessage: (locale: string, messages: never) => void }; install: (app: App) => void };
  /** Locale for a kit-created i18n instance. */
  locale?: string;
  /**
   * Where dialogs, drawers, selects and toasts are teleported. 'body' works for modules the host
   * mounted (they share its Vue app); a shadow-root or iframe mount passes its own container.
   */
  portalTarget?: string | HTMLElement;
}

export interface FawangUIConfig {
  portalTarget: string | HTMLElement;
}

export const FW_CONFIG: InjectionKey<FawangUIConfig> = Symbol('fawang-ui-config');

/** Installs the kit: its strings and its configuration. */
export function createFawangUI(options: FawangUIOptions = {}) {
  return {
    install(app: App) {
      if (options.i18n) addFwMessages(options.i18n);
      else app.use(createFwI18n(options.locale));
      app.provide(FW_CONFIG, { portalTarget: options.portalTarget ?? 'body' });
    },
  };
}

export function useFwConfig(): FawangUIConfig {
  return inject(FW_CONFIG, { portalTarget: 'body' });
}
