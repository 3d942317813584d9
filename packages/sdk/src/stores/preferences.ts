/**
 * The visitor's display preferences (pinia), kept in localStorage so they survive a reload: language,
 * care mode (长辈版/适老化: larger text at a chosen size) and high contrast. The shape is the contract's
 * `UserPreferences`, so a signed-in user's saved preferences (in the session, or `getMyPreferences`)
 * apply with `update(...)` and the store's value can be saved with `updateMyPreferences` as it is.
 * Stored values are validated on load; anything unexpected falls back to the default instead of
 * breaking the page.
 */
import { ref, watch } from 'vue';
import { defineStore } from 'pinia';
import type { Schemas } from '@fawang/contract';

export type Preferences = Schemas['UserPreferences'];
export type Locale = Preferences['locale'];
export type CareFontSize = Preferences['careFontSize'];

export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];
/** Base text sizes of care mode in px (MIIT rules ask for at least 18). */
export const CARE_FONT_SIZES = [18, 20, 22, 24] as const satisfies readonly CareFontSize[];

export const DEFAULT_PREFERENCES: Preferences = {
  locale: 'zh-CN',
  careMode: false,
  careFontSize: 18,
  highContrast: false,
};

export const PREFERENCES_STORAGE_KEY = 'fawang.preferences';

/** Reads whatever is stored, keeping each valid field and defaulting the rest. */
export function parsePreferences(raw: string | null): Preferences {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    // A corrupt entry is ignored; it is overwritten on the next change.
  }
  const bool = (key: 'careMode' | 'highContrast') => (typeof stored[key] === 'boolean' ? stored[key] : DEFAULT_PREFERENCES[key]);
  return {
    locale: LOCALES.includes(stored.locale as Locale) ? (stored.locale as Locale) : DEFAULT_PREFERENCES.locale,
    careMode: bool('careMode'),
    careFontSize: CARE_FONT_SIZES.includes(stored.careFontSize as CareFontSize)
      ? (stored.careFontSize as CareFontSize)
      : DEFAULT_PREFERENCES.careFontSize,
    highContrast: bool('highContrast'),
  };
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Blocked storage (privacy mode, sandboxed frames).
  }
}

export const usePreferencesStore = defineStore('fawang-preferences', () => {
  const preferences = ref<Preferences>(parsePreferences(storage()?.getItem(PREFERENCES_STORAGE_KEY) ?? null));

  watch(
    preferences,
    (value) => {
      try {
        storage()?.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify(value));
      } catch {
        // Quota or blocked storage: preferences still apply for this visit.
      }
    },
    { deep: true },
  );

  function update(patch: Partial<Preferences>) {
    preferences.value = parsePreferences(JSON.stringify({ ...preferences.value, ...patch }));
  }

  /** Care mode (适老化) turns on its larger text and higher contrast together; turning it off restores contrast. */
  function setCareMode(on: boolean) {
    update({ careMode: on, highContrast: on });
  }

  function reset() {
    preferences.value = { ...DEFAULT_PREFERENCES };
  }

  return { preferences, update, setCareMode, reset };
});
