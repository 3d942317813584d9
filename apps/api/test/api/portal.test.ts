/**
 * The portal host served on the API's origin from a build folder (a fixture standing in for
 * apps/portal/dist): redirects, the SPA fallback per region, caching, the inlined profile and the
 * security headers.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfilesDir, loadRegionProfiles } from '@fawang/regions/node';
import type { RegionRegistry } from '@fawang/regions';
import { startTestServer, type TestServer } from '../support/server.js';

const SHELL = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>法网</title>
<script type="module" crossorigin src="/assets/index-Bx7f3a.js"></script>
<!--fawang:profile--></head><body><div id="app"><!--fawang:first-paint--><p class="site">{{profile.branding.siteName}}</p><!--fawang:home--><h1>{{profile.name}}公共法律服务</h1><!--/fawang:home--><!--/fawang:first-paint--></div></body></html>`;
const ASSET = 'console.log("portal");';
const REMOTE = 'https://lawyers.remote.test:8443';
// Characters that would end the script element, open a comment or expand a replacement pattern.
const TRICKY_NAME = '测试法律服务网 </script><!-- $& $1';

let dir: string;
let registry: RegionRegistry;
let server: TestServer;
let unbuilt: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fawang-portal-'));
  const portalDir = join(dir, 'dist');
  await mkdir(join(portalDir, 'assets'), { recursive: true });
  await writeFile(join(portalDir, 'index.html'), SHELL);
  await writeFile(join(portalDir, 'assets', 'index-Bx7f3a.js'), ASSET);
  // The build writes compressed copies beside each script (apps/portal/build/compress-plugin.ts).
  await writeFile(join(portalDir, 'assets', 'index-Bx7f3a.js.br'), brotliCompressSync(ASSET));
  await writeFile(join(portalDir, 'assets', 'index-Bx7f3a.js.gz'), gzipSync(ASSET));
  await writeFile(join(portalDir, 'robots.txt'), 'User-agent: *\n');
  await writeFile(join(portalDir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  const profilesDir = join(dir, 'regions');
  await mkdir(profilesDir);
  await writeFile(
    join(profilesDir, 'testcity.json'),
    JSON.stringify({
      id: 'testcity',
      name: '测试市',
      level: 'city',
      parent: 'sichuan',
      branding: { siteName: TRICKY_NAME },
      modules: { lawyers: { enabled: true, remote: { entry: `${REMOTE}/remotes/lawyers/mf-manifest.json` } } },
    }),
  );
  await mkdir(join(dir, 'empty'));
  registry = await loadRegionProfiles([builtInProfilesDir, profilesDir]);
  server = await startTestServer({ regions: registry, portalDir, defaultRegion: 'leshan' });
  unbuilt = await startTestServer({ portalDir: join(dir, 'empty') });
});
afterAll(async () => {
  await server?.close();
  await unbuilt?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, on = () => server) =>
  fetch(`${on().baseUrl}${path}`, { redirect: 'manual', headers });

/** The JSON of the inlined profile script, or undefined when the page has none. */
function inlined(html: string): unknown {
  const match = /<script type="application\/json" id="fawang-profile">(.*?)<\/script>/s.exec(html);
  return match ? JSON.parse(match[1]!) : undefined;
}

describe('redirects', () => {
  it('sends / to the default region', async () => {
    const res = await get('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/leshan/');
  });

  it('adds the slash to a region, keeping the query', async () => {
    const bare = await get('/sichuan');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/sichuan/');
    const withQuery = await get('/sichuan?from=12348');
    expect(withQuery.headers.get('location')).toBe('/sichuan/?from=12348');
  });
});

describe('the shell', () => {
  it('serves each region with its resolved profile inlined, never cached without revalidation', async () => {
    for (const id of ['national', 'leshan', 'zhongshan']) {
      const res = await get(`/${id}/`);
      expect(res.status, id).toBe(200);
      expect(res.headers.get('content-type'), id).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control'), id).toBe('no-cache');
      const html = await res.text();
      expect(html, id).not.toContain('<!--fawang:profile-->');
      expect(html, id).toContain('<script type="module" crossorigin src="/assets/index-Bx7f3a.js">');
      expect(inlined(html), id).toEqual(JSON.parse(JSON.stringify(registry.get(id))));
    }
  });

  it('serves deeper paths of a region as the same shell (SPA fallback), without the home page first-paint heading', async () => {
    const root = await (await get('/leshan/')).text();
    expect(root).toContain('<h1>乐山市公共法律服务</h1>');
    const deeper = root.replace(/<!--fawang:home-->[\s\S]*?<!--\/fawang:home-->/, '');
    for (const path of ['/leshan/legal-aid/', '/leshan/workbench/legal-aid/applications/42', '/leshan/login?next=%2Fleshan%2Fme']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(deeper.replace('<h1>乐山市公共法律服务</h1>', ''));
    }
  });

  it('fills the first paint with the values of the region, escaped, before the app arrives', async () => {
    const leshan = await (await get('/leshan/')).text();
    expect(leshan).toContain(`<p class="site">${registry.get('leshan')!.branding.siteName}</p>`);
    expect(leshan).not.toContain('{{profile.');
    const tricky = await (await get('/testcity/')).text();
    expect(tricky).toContain('<p class="site">测试法律服务网 &#60;/script&#62;&#60;!-- $&#38; $1</p>');
  });

  it('answers an unknown region with the shell as a 404, without a profile', async () => {
    for (const path of ['/atlantis/', '/atlantis', '/atlantis/legal-aid/', '/index.html']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html, path).toContain('<div id="app"></div>'); // no first paint for a region that does not exist
      expect(inlined(html), path).toBeUndefined();
      expect(html, path).not.toContain('<!--fawang:profile-->');
    }
  });

  it('escapes the profile so that no value ends the script element', async () => {
    const html = await (await get('/testcity/')).text();
    const script = html.slice(html.indexOf('id="fawang-profile">'), html.indexOf('</script>', html.indexOf('id="fawang-profile">')));
    expect(script).not.toMatch(/<\/script|<!--/);
    expect(script).toContain('\\u003c/script>\\u003c!-- $& $1');
    expect((inlined(html) as { branding: { siteName: string } }).branding.siteName).toBe(TRICKY_NAME);
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await get('/leshan/legal-aid/');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/leshan/notary/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/sichuan/', { 'if-none-match': etag })).status).toBe(200);
  });
});

/** A raw GET (fetch would decode the body and hide the encoding). */
function raw(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${server.baseUrl}${path}`);
    const req = httpRequest(url, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression', () => {
  it('sends the HTML with Brotli or gzip as the browser accepts, each with its own validator', async () => {
    const plain = await raw('/leshan/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/);
    const br = await raw('/leshan/', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    const gzip = await raw('/leshan/', 'gzip;q=1, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString());
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);
    expect(br.body.length).toBeLessThan(plain.body.length);
  });

  it('serves the build’s compressed copy of a script when accepted, the script itself otherwise', async () => {
    const br = await raw('/assets/index-Bx7f3a.js', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(ASSET);
    const plain = await raw('/assets/index-Bx7f3a.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(ASSET);
  });
});

describe('security headers', () => {
  it('restrict the HTML to this origin and the module remotes named in the profiles', async () => {
    const res = await get('/national/');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const directives = Object.fromEntries(
      res.headers
        .get('content-security-policy')!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name!, sources]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", REMOTE]);
    expect(directives['connect-src']).toEqual(["'self'", REMOTE]);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'", REMOTE]);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'https:']);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });
});

describe('files of the build', () => {
  it('serves hashed assets as immutable for a year', async () => {
    const res = await get('/assets/index-Bx7f3a.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(ASSET);
  });

  it('serves the other root files with revalidation', async () => {
    const robots = await get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(await robots.text()).toBe('User-agent: *\n');
    expect(robots.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/favicon.ico')).status).toBe(200);
  });

  it('answers a missing asset with a plain 404, not the shell', async () => {
    const res = await get('/assets/index-gone.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('the API beside the portal', () => {
  it('is untouched, and unknown API paths stay problem+json', async () => {
    const health = await get('/api/v1/health');
    expect(await health.json()).toEqual({ status: 'ok' });
    for (const path of ['/api/v1/no-such-thing', '/api/v2/regions', '/api']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('without a build', () => {
  it('serves the plain page that says to build the portal, with the same routes and headers', async () => {
    const res = await get('/leshan/', {}, () => unbuilt);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('pnpm build');
    expect(html).toContain('乐山');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await get('/leshan/lawyers/', {}, () => unbuilt)).status).toBe(200);
    expect((await get('/atlantis/', {}, () => unbuilt)).status).toBe(404);
    expect((await get('/leshan', {}, () => unbuilt)).status).toBe(301);
  });
});
