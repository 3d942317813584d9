/**
 * The visitor's display preferences (language, care mode, text size, contrast) in a cookie as well as in
 * localStorage: the server reads it to render a page in the visitor's language and mode from the first
 * byte (entry-server.ts), so a 长辈版 visitor never sees the standard page flash first.
 */
import type { Preferences } from '@fawang/sdk/core';

export const DISPLAY_COOKIE = 'fawang-display';

/** A year; the value is the store's JSON, URI-encoded. */
export function displayCookie(preferences: Preferences): string {
  return `${DISPLAY_COOKIE}=${encodeURIComponent(JSON.stringify(preferences))}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
