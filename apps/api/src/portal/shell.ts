/**
 * The portal's `index.html` with a region's resolved profile inlined, so the host renders the first page
 * without waiting for `GET /api/v1/regions/{id}/profile`. The build leaves the marker
 * `<!--fawang:profile-->` where the data belongs; one build serves every region.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PROFILE_MARKER = '<!--fawang:profile-->';

/** A JSON data block; `<` is escaped so no value can close the script element or open a comment. */
export function profileScript(profile: unknown): string {
  return `<script type="application/json" id="fawang-profile">${JSON.stringify(profile).replace(/</g, '\\u003c')}</script>`;
}

/** The shell for a region; an unknown region (undefined) gets the shell without data and shows its 404 page. */
export function inlineProfile(html: string, profile: unknown): string {
  // A replacer function: a string replacement would expand `$&`-style patterns found in the data.
  return html.replace(PROFILE_MARKER, () => (profile === undefined ? '' : profileScript(profile)));
}

/**
 * The first paint (ADR 0009): the build may put static markup in the shell — between
 * `<!--fawang:first-paint-->` and `<!--/fawang:first-paint-->` — that shows the region's name before the
 * app's code has arrived, with `{{profile.<path>}}` tokens for profile values (HTML-escaped here) and a
 * `<!--fawang:home-->…<!--/fawang:home-->` part that only the region's home page keeps. The app replaces
 * it all when it mounts. An unknown region gets no first paint (and its tokens elsewhere, e.g. in <title>, are empty).
 */
const FIRST_PAINT = /<!--fawang:first-paint-->[\s\S]*?<!--\/fawang:first-paint-->/g;
const HOME_ONLY = /<!--fawang:home-->[\s\S]*?<!--\/fawang:home-->/g;
const TOKEN = /\{\{profile\.([A-Za-z0-9_.]+)\}\}/g;

/** Text or an attribute's value in HTML: the five characters that could end or open markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function valueAt(profile: unknown, path: string): string {
  let value: unknown = profile;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function renderFirstPaint(html: string, profile: unknown, page: { home: boolean }): string {
  const kept = profile === undefined ? html.replace(FIRST_PAINT, '') : page.home ? html : html.replace(HOME_ONLY, '');
  return kept.replace(TOKEN, (_token, path: string) => escapeHtml(valueAt(profile, path)));
}

/** The built shell, or undefined when the portal has not been built into `portalDir`. */
export async function readPortalShell(portalDir: string): Promise<string | undefined> {
  try {
    return await readFile(join(portalDir, 'index.html'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
