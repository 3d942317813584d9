/**
 * Serves the portal host (apps/portal, a Vite single-page app) on the API's origin:
 *
 * - `/` → 302 `/<default region>/`; `/<region>` → 301 `/<region>/`;
 * - `/<region>/` and every deeper path → the shell with that region's profile inlined (200), or the same
 *   shell without data when the region is unknown (404, the app shows its not-found page);
 * - `/assets/*` (content-hashed by the build) → cached for a year; other files of the build's root
 *   (favicon, robots.txt) → revalidated; the shell itself → `no-cache` with an ETag.
 *
 * A public page (the home page, a module's directory…) arrives rendered by the server and the browser
 * hydrates it (ssr.ts, ADR 0017); a page that needs a signed-in user gets the shell and its first paint.
 * Without a build (no `index.html` in `portalDir`) the same routes serve a plain page saying to build the
 * portal, so the API runs alone. The build is read once at start (restart after a rebuild); the pages
 * follow reloaded region profiles (regions-watch.ts).
 */
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RegionRegistry, ResolvedRegionProfile } from '@fawang/regions';
import { placeholderPages } from './placeholder.js';
import { htmlSecurityHeaders } from './security-headers.js';
import { inlineProfile, PROFILE_MARKER, readPortalShell, renderFirstPaint } from './shell.js';
import { ReadCache } from '../http/read-cache.js';
import { composePage, loadPortalRenderer, stylesheetReader } from './ssr.js';
import { encode, preferredEncoding } from './compress.js';

export interface PortalOptions {
  regions: RegionRegistry;
  /** Where `/` leads. */
  defaultRegion: string;
  /** The portal's build (`apps/portal/dist`); absent → the placeholder page. */
  portalDir?: string;
  /**
   * How long a server-rendered page is reused for the same address and display preferences: as long as
   * the directory answers it shows (ADR 0006), so a page is never staler than its data; 0 renders every time.
   */
  pageCacheTtlMs?: number;
}

/** First path segments that are never a region: a miss there is a plain 404, not the app's page. */
const RESERVED_SEGMENTS = new Set(['api', 'assets']);
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Page {
  html: string;
  etag: string;
  /** Compressed copies, made on first use (the shells are the same for every visitor of a region). */
  encoded: Map<string, Promise<Buffer>>;
}

function toPage(html: string): Page {
  return { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`, encoded: new Map() };
}

export async function registerPortal(app: FastifyInstance, options: PortalOptions): Promise<void> {
  const { regions, defaultRegion, portalDir } = options;
  const shell = portalDir ? await readPortalShell(portalDir) : undefined;
  if (portalDir && shell === undefined) {
    app.log.warn({ portalDir }, 'the portal is not built (no index.html): serving a placeholder page');
  }
  if (shell !== undefined && !shell.includes(PROFILE_MARKER)) {
    app.log.warn({ portalDir }, `index.html has no ${PROFILE_MARKER} marker: the profile is not inlined`);
  }
  const renderer = portalDir && shell !== undefined ? await loadPortalRenderer(app, portalDir) : undefined;
  const stylesheet = portalDir ? stylesheetReader(portalDir) : async () => undefined;
  if (portalDir && shell !== undefined && !renderer) app.log.warn({ portalDir }, 'the portal has no server bundle (dist-ssr): pages are rendered in the browser only');
  // Each region's home page and its other pages differ only in the first paint's home-only part. Built
  // again when the profiles are reloaded (a region added or changed, a remote's origin in the CSP).
  const build = () => {
    const render =
      shell === undefined
        ? placeholderPages(regions)
        : (profile: ResolvedRegionProfile | undefined, home = false) => renderFirstPaint(inlineProfile(shell, profile), profile, { home });
    return {
      pages: new Map(regions.list().map((profile) => [profile.id, { profile, home: toPage(render(profile, true)), other: toPage(render(profile)) }])),
      notFoundPage: toPage(render(undefined)),
      htmlHeaders: { ...htmlSecurityHeaders(regions.list()), 'cache-control': 'no-cache' },
    };
  };
  // Rendered pages are anonymous (no session goes into them), so equal requests may share one.
  const rendered = new ReadCache({ ttlMs: options.pageCacheTtlMs ?? 60_000, maxEntries: 1000 });
  let current = build();
  const unsubscribe = regions.onChange(() => {
    current = build();
    rendered.clear();
  });
  app.addHook('onClose', async () => unsubscribe());

  if (portalDir && shell !== undefined) {
    const assetsDir = join(portalDir, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: portalDir,
      prefix: '/',
      // One route per file found now (the build is fixed for the life of the process); the shell is
      // only ever served with a profile inlined, by the routes below.
      wildcard: false,
      index: false,
      // The build writes .br and .gz copies of its scripts and stylesheets (apps/portal/build/compress-plugin.ts).
      preCompressed: true,
      globIgnore: ['index.html'],
      cacheControl: false,
      setHeaders(reply, path) {
        reply.header('cache-control', path.startsWith(assetsDir) ? IMMUTABLE : 'no-cache');
      },
    });
  }

  app.get('/', async (_request, reply) => reply.redirect(`/${defaultRegion}/`, 302));

  const serve = async (request: FastifyRequest<{ Params: { regionId: string } }>, reply: FastifyReply) => {
    const { regionId } = request.params;
    if (RESERVED_SEGMENTS.has(regionId)) return reply.callNotFound();
    const [path = '', query] = request.url.split(/\?(.*)/s);
    const { pages, notFoundPage, htmlHeaders } = current;
    const known = pages.get(regionId);
    // Relative URLs in the app resolve against the region's folder, so the bare id gets its slash.
    if (known && !path.slice(1).includes('/')) {
      return reply.redirect(`/${regionId}/${query ? `?${query}` : ''}`, 301);
    }
    const shellPage = known ? (path === `/${regionId}/` ? known.home : known.other) : notFoundPage;
    let page = shellPage;
    let status = known ? 200 : 404;
    if (known && renderer) {
      const url = request.url.slice(regionId.length + 1);
      const preferences = request.cookies[renderer.preferencesCookie];
      const render = async () => {
        const result = await renderer.render(known.profile, url, preferences);
        return result.kind === 'page' ? { page: toPage(await composePage(shellPage.html, result, stylesheet)), status: result.status } : undefined;
      };
      // A failed render is not kept: the next request tries again.
      const result = await rendered.get(JSON.stringify([regionId, url, preferences ?? '']), render).catch((error: unknown) => {
        request.log.error({ err: error }, 'server rendering failed: serving the shell');
        return undefined;
      });
      if (result) {
        page = result.page;
        status = result.status;
      }
    }
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    // One entity per encoding: its own validator.
    const etag = encoding === 'identity' ? page.etag : page.etag.replace(/"$/, `-${encoding}"`);
    reply
      .headers(htmlHeaders)
      .header('vary', renderer ? 'accept-encoding, cookie' : 'accept-encoding')
      .header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    reply.code(status).type('text/html; charset=utf-8');
    if (encoding === 'identity') return reply.send(page.html);
    let body = page.encoded.get(encoding);
    if (!body) {
      body = encode(page.html, encoding);
      page.encoded.set(encoding, body);
    }
    return reply.header('content-encoding', encoding).send(await body);
  };
  app.get('/:regionId', serve);
  app.get('/:regionId/*', serve);
}
