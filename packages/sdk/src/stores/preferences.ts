/**
 * The visitor's display preferences (pinia), kept in localStorage so they survive a reload: language,
 * care mode (适老化: larger text, higher contrast, simpler layout) and motion. Stored values are validated
 * on load; anything unexpected falls back to the default instead of breaking the page.
 */
import { ref, watch } from 'vue';
import { defineStore } from 'pinia';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const FONT_SCALES = [1, 1.25, 1.5] as const;
export type FontScale = (typeof FONT_SCALES)[number];

export interface Preferences {
  locale: Locale;
  careMode: boolean;
  fontScale: FontScale;
  highContrast: boolean;
  reducedMotion: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  locale: 'zh-CN',
  careMode: false,
  fontScale: 1,
  highContrast: false,
  reducedMotion: false,
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
  const bool = (key: keyof Preferences) => (typeof stored[key] === 'boolean' ? (stored[key] as boolean) : (DEFAULT_PREFERENCES[key] as boolean));
  return {
    locale: LOCALES.includes(stored.locale as Locale) ? (stored.locale as Locale) : DEFAULT_PREFERENCES.locale,
    careMode: bool('careMode'),
    fontScale: FONT_SCALES.includes(stored.fontScale as FontScale) ? (stored.fontScale as FontScale) : DEFAULT_PREFERENCES.fontScale,
    highContrast: bool('highContrast'),
    reducedMotion: bool('reducedMotion'),
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

  /** Care mode (适老化) turns on larger text and higher contrast together; turning it off restores both. */
  function setCareMode(on: boolean) {
    update({ careMode: on, fontScale: on ? 1.25 : 1, highContrast: on });
  }

  function reset() {
    preferences.value = { ...DEFAULT_PREFERENCES };
  }

  return { preferences, update, setCareMode, reset };
});
