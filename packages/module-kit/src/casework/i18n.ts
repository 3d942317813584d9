/**
 * `t` for the casework strings. They travel with the components (a local vue-i18n scope that follows the
 * page's locale and falls back to the host's messages) rather than through the host's merge step, so a
 * module that uses these pieces — bundled or a federated remote with its own copy of the kit — needs no
 * change in the host.
 */
import { computed, type ComputedRef } from 'vue';
import { useI18n, type Composer } from 'vue-i18n';
import { caseworkMessages } from './messages.js';

export function useCaseworkI18n(): { t: (key: string, params?: Record<string, unknown>) => string; locale: ComputedRef<string> } {
  // Typed loosely on purpose: inferring the schema from the message object is too deep for the compiler.
  const i18n = (useI18n as (options: object) => Composer)({ useScope: 'local', inheritLocale: true, messages: caseworkMessages });
  return {
    t: (key, params) => i18n.t(`casework.${key}`, params ?? {}),
    locale: computed(() => i18n.locale.value),
  };
}
