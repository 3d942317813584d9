/**
 * Display preferences remembered per account (language, 长辈版 care mode and its text size, contrast).
 * An account that never saved any has null in the database and gets these defaults, the same the portal
 * uses for anonymous visitors, so signing in changes nothing until the user does.
 */
import type { Schemas } from '@fawang/contract';

export type UserPreferences = Schemas['UserPreferences'];

export const DEFAULT_PREFERENCES: Readonly<UserPreferences> = {
  locale: 'zh-CN',
  careMode: false,
  careFontSize: 18,
  highContrast: false,
};

export function preferencesOf(stored: UserPreferences | null): UserPreferences {
  return { ...DEFAULT_PREFERENCES, ...stored };
}
