/**
 * The server rendering of public pages (src/portal/ssr.ts, ADR 0017), with a stand-in for the portal's
 * server bundle (`dist-ssr/entry-server.js` beside the build): the rendered markup replaces the first
 * paint, the page's stylesheets are inlined, the visitor's preferences reach the render, equal requests
 * share one render, and a page left to the browser or a failed render gets the shell. The real bundle is
 * tested in the browser tests (tooling/e2e/test/server-rendering.test.ts).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const SHELL = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>法网</title><!--fawang:profile--></head>
<body><div id="app"><!--fawang:first-paint--><p class="first-paint">{{profile.branding.siteName}}</p><!--/fawang:first-paint--></div></body></html>`;

// The stand-in bundle: it records each render and reads the API in-process, as the real one does.
const BUNDLE = `
export const DISPLAY_COOKIE = 'fawang-display';
globalThis.__fawangRenders = [];
export async function render({ profile, url, preferences, fetch }) {
  globalThis.__fawangRenders.push({ url, preferences });
  if (url.startsWith('/my')) return { kind: 'client' };
  if (url.startsWith('/boom')) throw new Error('a component failed');
  const health = await (await fetch(new Request('http://portal.internal/api/v1/health'))).json();
  return {
    kind: 'page',
    status: url.startsWith('/missing') ? 404 : 200,
    html: '<main><h1>' + profile.name + ' ' + url + ' ' + health.status + '</h1></main>',
    head: '<script type="application/json" id="fawang-ssr">{}</script>',
    stylesheets: ['/assets/page-1.css', '/assets/absent-2.css'],
    htmlAttributes: { lang: preferences ? 'en' : 'zh-CN', 'data-fw-contrast': 'standard' },
  };
}
`;

interface Render {
  url: string;
  preferences?: string;
}
const renders = () => (globalThis as unknown as { __fawangRenders: Render[] }).__fawangRenders;

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fawang-ssr-'));
  const portalDir = join(dir, 'dist');
  await mkdir(join(portalDir, 'assets'), { recursive: true });
  await mkdir(join(dir, 'dist-ssr'));
  await writeFile(join(portalDir, 'index.html'), SHELL);
  await writeFile(join(portalDir, 'assets', 'page-1.css'), '.page{color:red}');
  await writeFile(join(dir, 'dist-ssr', 'entry-server.js'), BUNDLE);
  server = await startTestServer({ portalDir, defaultRegion: 'leshan' });
});
beforeEach(() => {
  renders().length = 0;
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${path}`, { headers });

describe('server-rendered pages', () => {
  it('put the rendered page in place of the first paint, with its stylesheets inlined and its attributes on <html>', async () => {
    const res = await get('/leshan/lawyers/?page=2');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="app"><main><h1>乐山市 /lawyers/?page=2 ok</h1></main></div>');
    expect(html).not.toContain('first-paint');
    expect(html).toMatch(/<html lang="zh-CN" data-fw-contrast="standard">/);
    expect(html).toContain('<style>.page{color:red}</style>');
    // A stylesheet that cannot be read stays a link.
    expect(html).toContain('<link rel="stylesheet" href="/assets/absent-2.css">');
    expect(html).toContain('id="fawang-ssr"');
    expect(html).toContain('id="fawang-profile"');
    expect(res.headers.get('vary')).toBe('accept-encoding, cookie');
  });

  it('render each address and display preference once, then reuse the page', async () => {
    await get('/leshan/notary/');
    await get('/leshan/notary/');
    await get('/leshan/notary/', { cookie: 'fawang-display=%7B%22locale%22%3A%22en%22%7D' });
    expect(renders()).toEqual([{ url: '/notary/' }, { url: '/notary/', preferences: '{"locale":"en"}' }]);
    const en = await (await get('/leshan/notary/', { cookie: 'fawang-display=%7B%22locale%22%3A%22en%22%7D' })).text();
    expect(en).toMatch(/<html lang="en"/);
  });

  it('pass a rendered 404 on', async () => {
    const res = await get('/leshan/missing-page');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('/missing-page');
  });

  it('leave a page that needs a signed-in user to the browser: the shell with its first paint', async () => {
    const html = await (await get('/leshan/my')).text();
    expect(html).toContain('<p class="first-paint">');
    expect(html).not.toContain('fawang-ssr');
  });

  it('serve the shell when a render fails, and try again on the next request', async () => {
    const first = await get('/leshan/boom');
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('<p class="first-paint">');
    await get('/leshan/boom');
    expect(renders().filter((r) => r.url === '/boom')).toHaveLength(2);
  });
});
