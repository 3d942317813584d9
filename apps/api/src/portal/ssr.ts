/**
 * Server rendering of the portal's public pages (ADR 0017). The portal's build leaves a server bundle
 * beside the browser's (`apps/portal/dist-ssr/entry-server.js`, next to `dist/`); this loads it once at
 * start and renders a page with the API reached in-process (`app.inject`), never over the network and
 * never with the visitor's session: a server-rendered page is what anybody would see. A page the bundle
 * leaves to the browser (sign-in needed), a render that fails or takes too long, or a build without the
 * bundle gets the shell and its first paint instead (ADR 0009), so rendering never costs a visitor the page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { escapeHtml } from './shell.js';

/** What `render` of entry-server.ts answers (apps/portal/src/entry-server.ts; checked at load, not typed across the build). */
export type RenderResult =
  | { kind: 'client' }
  | { kind: 'page'; status: 200 | 404; html: string; head: string; stylesheets: string[]; htmlAttributes: Record<string, string> };

export interface RenderRequest {
  profile: ResolvedRegionProfile;
  url: string;
  preferences?: string | undefined;
  fetch: (request: Request) => Promise<Response>;
  manifest?: Readonly<Record<string, readonly string[]>> | undefined;
}

export interface PortalRenderer {
  /** The cookie holding the visitor's display preferences (language, care mode). */
  preferencesCookie: string;
  render(profile: ResolvedRegionProfile, url: string, preferences: string | undefined): Promise<RenderResult>;
}

/** A render slower than this is abandoned for the shell: the page must not wait on it. */
const RENDER_TIMEOUT_MS = 3_000;

/** The server bundle's place for a portal build in `portalDir` (its sibling `dist-ssr/`). */
export function serverEntryFor(portalDir: string): string {
  return join(portalDir, '..', 'dist-ssr', 'entry-server.js');
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The API, in-process: GET requests only (a page only reads), as an anonymous visitor. */
function injectFetch(app: FastifyInstance): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') throw new Error(`server rendering only reads (${request.method} refused)`);
    const url = new URL(request.url, 'http://portal.internal');
    const reply = await app.inject({ method: 'GET', url: url.pathname + url.search, headers: { accept: request.headers.get('accept') ?? 'application/json' } });
    const headers = new Headers();
    for (const [name, value] of Object.entries(reply.headers)) {
      if (name === 'set-cookie' || value === undefined) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    return new Response(reply.statusCode === 204 || reply.statusCode === 304 ? null : reply.rawPayload, { status: reply.statusCode, headers });
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`server rendering took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The renderer for the build in `portalDir`, or undefined when the build has no server bundle. */
export async function loadPortalRenderer(app: FastifyInstance, portalDir: string): Promise<PortalRenderer | undefined> {
  const entry = serverEntryFor(portalDir);
  let bundle: { render?: unknown; DISPLAY_COOKIE?: unknown };
  try {
    bundle = (await import(pathToFileURL(entry).href)) as typeof bundle;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(entry)) return undefined;
    throw error;
  }
  if (typeof bundle.render !== 'function' || typeof bundle.DISPLAY_COOKIE !== 'string') {
    throw new Error(`${entry} does not export render() and DISPLAY_COOKIE: rebuild the portal`);
  }
  const render = bundle.render as (request: RenderRequest) => Promise<RenderResult>;
  const manifest = (await readJson(join(portalDir, '.vite', 'ssr-manifest.json'))) as RenderRequest['manifest'];
  const fetch = injectFetch(app);
  return {
    preferencesCookie: bundle.DISPLAY_COOKIE,
    render: (profile, url, preferences) => withTimeout(render({ profile, url, preferences, fetch, manifest }), RENDER_TIMEOUT_MS),
  };
}


const FIRST_PAINT = /<!--fawang:first-paint-->[\s\S]*?<!--\/fawang:first-paint-->/;

/**
 * The stylesheets of the build, read once: a rendered page's own (small) stylesheets are inlined, so the
 * first paint waits for no request but the host's stylesheet, which every page shares and the browser caches.
 */
export function stylesheetReader(portalDir: string): (href: string) => Promise<string | undefined> {
  const cache = new Map<string, Promise<string | undefined>>();
  return (href) => {
    if (!/^\/assets\/[\w.-]+\.css$/.test(href)) return Promise.resolve(undefined);
    let css = cache.get(href);
    if (!css) {
      css = readFile(join(portalDir, href), 'utf8').catch(() => undefined);
      cache.set(href, css);
    }
    return css;
  };
}

/** CSS inside <style>: only `</style` could end it early, and a build's stylesheet has none; escaped anyway. */
function styleElement(css: string): string {
  return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
}

/** The region's shell with the rendered page in place of the first paint, its styles and links in <head>, its attributes on <html>. */
export async function composePage(shell: string, page: Extract<RenderResult, { kind: 'page' }>, stylesheet: (href: string) => Promise<string | undefined>): Promise<string> {
  const attributes = Object.entries(page.htmlAttributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const styles = await Promise.all(
    page.stylesheets.map(async (href) => {
      const css = await stylesheet(href);
      return css === undefined ? `<link rel="stylesheet" href="${escapeHtml(href)}">` : styleElement(css);
    }),
  );
  return shell
    .replace(/<html\b[^>]*>/, () => `<html${attributes}>`)
    .replace('</head>', () => `${styles.join('')}${page.head}</head>`)
    .replace(FIRST_PAINT, () => page.html);
}
