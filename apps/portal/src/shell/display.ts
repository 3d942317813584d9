/**
 * Care mode (长辈版), its text size, contrast and language: chosen in the header, applied to <html> (the
 * design system's CSS does the rest), kept in localStorage for visitors and, once signed in, saved on
 * the account so they follow the person to another device. Signing in adopts the account's choice.
 */
import { computed, watch, type WritableComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFawangClient, usePreferencesStore, useSessionStore, type Preferences } from '@fawang/sdk/core';
import { applyDisplayPreferences, type FwContrast } from '@fawang/ui';
import { displayCookie } from './display-cookie.js';
import { useHostState } from './host-state.js';

export interface DisplayPreferences {
  locale: WritableComputedRef<string>;
  care: WritableComputedRef<boolean>;
  careFontSize: WritableComputedRef<number>;
  contrast: WritableComputedRef<FwContrast>;
}

export function useDisplayPreferences(): DisplayPreferences {
  const store = usePreferencesStore();
  const session = useSessionStore();
  const client = useFawangClient();
  const i18n = useI18n({ useScope: 'global' });
  const { locales } = useHostState();

  const field = <K extends keyof Preferences>(key: K) =>
    computed<Preferences[K]>({ get: () => store.preferences[key], set: (value) => store.update({ [key]: value } as Partial<Preferences>) });
  const locale = field('locale') as WritableComputedRef<string>;
  const care = field('careMode');
  const careFontSize = field('careFontSize') as WritableComputedRef<number>;
  const contrast = computed<FwContrast>({
    get: () => (store.preferences.highContrast ? 'high' : 'standard'),
    set: (value) => store.update({ highContrast: value === 'high' }),
  });

  watch(
    () => ({ ...store.preferences }),
    (prefs) => {
      const browser = typeof document !== 'undefined';
      const showLanguage = () => {
        i18n.locale.value = prefs.locale;
        if (browser) document.documentElement.lang = prefs.locale;
      };
      // A language whose strings have not arrived yet shows once they have (the page stays as it is until then).
      if (locales.has(prefs.locale)) showLanguage();
      else
        locales.load(prefs.locale).then(
          () => {
            if (store.preferences.locale === prefs.locale) showLanguage();
          },
          (error: unknown) => console.warn('language not loaded', error),
        );
      // On the server the same attributes go into the page's <html> (entry-server.ts).
      if (!browser) return;
      applyDisplayPreferences(document.documentElement, { care: prefs.careMode, careFontSize: prefs.careFontSize, contrast: prefs.highContrast ? 'high' : 'standard' });
      document.cookie = displayCookie(prefs);
    },
    { immediate: true },
  );

  // The account's saved choice wins when someone signs in …
  watch(
    () => session.session?.preferences,
    (saved) => {
      if (saved) store.update(saved);
    },
    { immediate: true },
  );
  // … and later changes are saved to it. A failed save keeps the local choice; it is retried on the next change.
  watch(
    () => ({ ...store.preferences }),
    (prefs) => {
      if (!session.isAuthenticated) return;
      const saved = session.session?.preferences;
      if (saved && saved.locale === prefs.locale && saved.careMode === prefs.careMode && saved.careFontSize === prefs.careFontSize && saved.highContrast === prefs.highContrast) return;
      client.updateMyPreferences(prefs).then(
        (stored) => {
          if (session.session) session.session = { ...session.session, preferences: stored };
        },
        (error: unknown) => console.warn('preferences not saved', error),
      );
    },
  );

  return { locale, care, careFontSize, contrast };
}
