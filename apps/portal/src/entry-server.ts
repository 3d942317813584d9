/**
 * Renders one public page of a region on the server (ADR 0017): the same app as the browser's (boot/app.ts)
 * on a memory history, every bundled module loaded, the API reached in-process through `fetch`, the
 * visitor's display preferences from their cookie. The API server (apps/api/src/portal) puts the markup
 * into the shell; the browser hydrates it. Pages that need a signed-in user are left to the browser.
 */
import { renderToString, type SSRContext } from 'vue/server-renderer';
import { createMemoryHistory } from 'vue-router';
import { dehydrate } from '@tanstack/vue-query';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { parsePreferences, type Preferences } from '@fawang/sdk/core';
import { brandTokens, displayAttributes } from '@fawang/ui';
import { moduleSummary, type ModuleSummary } from '@fawang/module-kit/host';
import { compileMessages } from '@fawang/vite-config/compile-messages';
import { bundledModules } from 'virtual:fawang/modules';
import { createPortalApp } from './boot/app.js';
import { serverStateScript } from './boot/server-state.js';
import { isPublic } from './router.js';

/** The cookie the browser keeps the visitor's display preferences in (shell/display.ts writes it). */
export { DISPLAY_COOKIE } from './shell/display-cookie.js';

export interface RenderRequest {
  profile: ResolvedRegionProfile;
  /** The path below the region's folder, with its query: `/`, `/lawyers/?page=2`. */
  url: string;
  /** The display-preferences cookie's value, if the visitor has one. */
  preferences?: string | undefined;
  /** The API, in-process: the server does not call itself over the network. */
  fetch: (request: Request) => Promise<Response>;
  /** Vite's SSR manifest (module → the chunks and stylesheets it needs), to link what the page uses. */
  manifest?: Readonly<Record<string, readonly string[]>> | undefined;
}

export type RenderResult =
  | { kind: 'client' }
  | {
      kind: 'page';
      status: 200 | 404;
      /** The app's markup, for inside `#app`. */
      html: string;
      /** For `<head>`: the preloads of the page's chunks and the data block the browser hydrates from. */
      head: string;
      /** The page's own stylesheets (beyond the host's), by URL path, for the server to inline: no request before the first paint. */
      stylesheets: string[];
      /** For `<html>`: lang, care mode, contrast, the region's brand colour. */
      htmlAttributes: Record<string, string>;
    };

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function preferencesFrom(cookie: string | undefined, profile: ResolvedRegionProfile): Preferences {
  let raw: string | null = null;
  try {
    raw = cookie ? decodeURIComponent(cookie) : null;
  } catch {
    raw = null; // A malformed cookie counts as none.
  }
  const preferences = parsePreferences(raw);
  return profile.locales.includes(preferences.locale) ? preferences : { ...preferences, locale: 'zh-CN' };
}

/** The stylesheets and chunks of the components the render used (the SSR manifest maps them to files). */
function filesUsed(modules: Iterable<string>, manifest: RenderRequest['manifest']): { scripts: string[]; stylesheets: string[] } {
  const files = new Set<string>();
  for (const id of modules) for (const file of manifest?.[id] ?? []) files.add(file);
  return { scripts: [...files].filter((file) => file.endsWith('.js')), stylesheets: [...files].filter((file) => file.endsWith('.css')) };
}

/** A summary whose words the browser can show without vue-i18n's compiler (boot/message-compiler.ts). */
function compiledSummary(summary: ModuleSummary): ModuleSummary {
  return { ...summary, messages: compileMessages(summary.messages) };
}

export async function render(request: RenderRequest): Promise<RenderResult> {
  const { profile } = request;
  const preferences = preferencesFrom(request.preferences, profile);
  const { app, router, queries, regions, locales, modules } = createPortalApp({
    profile,
    history: createMemoryHistory(`/${profile.id}/`),
    modules: { bundled: bundledModules },
    ssr: true,
    fetch: request.fetch,
    preferences,
  });
  // The header's region switcher is in the page; vue-query answers whichever page is rendered (the home page
  // asks it nothing, but a page's answers go to the browser the same way for every page).
  const [queryClient, regionList] = await Promise.all([queries.ensure(), regions.load(), modules.ready, locales.load(preferences.locale)]);
  // Decided before navigating: the guard of a protected page would ask for a session the server never has.
  if (!isPublic(router.resolve(request.url))) return { kind: 'client' };
  await router.push(request.url);
  await router.isReady();
  const route = router.currentRoute.value;

  const context: SSRContext = {};
  const html = await renderToString(app, context);
  const bundled = modules.slots.flatMap((slot) => (slot.status === 'ready' && slot.source === 'bundled' ? [slot] : []));
  const state = serverStateScript({
    queries: dehydrate(queryClient),
    regions: [...regionList],
    modules: Object.fromEntries(bundled.map((slot) => [slot.id, compiledSummary(moduleSummary(slot.definition))])),
    configs: Object.fromEntries(bundled.map((slot) => [slot.id, slot.config])),
  });
  queryClient.clear();

  const used = filesUsed((context.modules as Set<string> | undefined) ?? [], request.manifest);
  const display = displayAttributes({ care: preferences.careMode, careFontSize: preferences.careFontSize, contrast: preferences.highContrast ? 'high' : 'standard' });
  const properties = { ...brandTokens(profile.branding.brandColor ? { brandColor: profile.branding.brandColor } : {}), ...display.properties };
  return {
    kind: 'page',
    status: route.name === 'not-found' ? 404 : 200,
    html,
    head: used.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${escapeAttribute(file)}">`).join('') + state,
    stylesheets: used.stylesheets,
    htmlAttributes: {
      lang: preferences.locale,
      ...display.attributes,
      style: Object.entries(properties)
        .map(([name, value]) => `${name}: ${value}`)
        .join('; '),
    },
  };
}
