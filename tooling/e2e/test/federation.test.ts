import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { launchChromium, recordProblems, type PageProblems } from '../src/browser.js';
import { assertBuilt } from '../src/paths.js';
import { moduleIdsInNav, navLinks, openPortal, signIn } from '../src/portal.js';
import { bundledModuleChunk, serveModuleRemote, sharedPackages, type ModuleRemote } from '../src/remote.js';

/**
 * Module Federation, proven in the browser: region `fedtest` (Leshan's settings) loads the lawyers
 * module at run time from its own server on another port. It renders with the host's single copies of
 * vue, pinia, vue-query and the SDK (so it sees the host's session), its styles apply, and when its
 * server is down only its slot fails: the rest of the portal keeps working.
 */
const HOST = 'fawang_portal';
const SINGLETONS = ['vue', 'pinia', '@tanstack/vue-query', '@fawang/sdk'];

let remote: ModuleRemote;
let api: ApiServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;
let requests: Request[] = [];

beforeAll(async () => {
  assertBuilt();
  remote = await serveModuleRemote('lawyers');
  const fedtest = {
    id: 'fedtest',
    name: '联邦测试市',
    level: 'city',
    parent: 'sichuan',
    extends: 'leshan',
    divisionCode: '511100',
    modules: { lawyers: { enabled: true, remote: { entry: remote.entry } } },
  };
  [api, browser] = await Promise.all([startApiServer({ profiles: { fedtest } }), launchChromium()]);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  problems = recordProblems(page);
  page.on('request', (request) => requests.push(request));
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await remote?.close();
});

const fromRemote = () => requests.filter((r) => r.url().startsWith(`${remote.url}/`));

describe('the lawyers module as a federated remote', () => {
  it('renders the law-firm directory from the API, its code fetched from the remote server', async () => {
    await signIn(page, api.url, 'fedtest', 'leshan.citizen');
    requests = [];
    problems.clear();
    const organizations = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/organizations' && r.url().includes('type=law_firm'));
    await openPortal(page, `${api.url}/fedtest/lawyers/`);
    await page.locator('.fw-org-directory table tbody tr').first().waitFor();
    const body = (await (await organizations).json()) as { items: { name: string }[] };
    expect(body.items.length).toBeGreaterThan(0);
    await expect(page.locator('.fw-org-directory tbody').innerText()).resolves.toContain(body.items[0]!.name);

    const remoteFiles = fromRemote().map((r) => new URL(r.url()).pathname);
    expect(remoteFiles).toContain('/mf-manifest.json');
    expect(remoteFiles).toContain('/remoteEntry.js');
    expect(remoteFiles.some((p) => /^\/assets\/.+\.js$/.test(p))).toBe(true);
    // The host's own bundled copy of the module is never fetched.
    const bundled = bundledModuleChunk('lawyers');
    expect(requests.filter((r) => new URL(r.url()).pathname === bundled).map((r) => r.url())).toEqual([]);
    expect(problems.list()).toEqual([]);
  });

  it('shares vue, pinia, vue-query and the SDK as single instances provided by the host', async () => {
    const shared = await sharedPackages(page, SINGLETONS);
    for (const name of SINGLETONS) {
      const info = shared[name]!;
      expect(info.containers, `${name} registered by host and remote`).toEqual(expect.arrayContaining([HOST, remote.container]));
      expect(info.versions, `${name}: one version`).toHaveLength(1);
      expect(info.providers, `${name}: provided by the host`).toEqual([HOST]);
      expect(info.sameObject, `${name}: the remote uses the host's very entry`).toBe(true);
    }
    // One Vue application on the page: the remote's pages render inside the host's app.
    expect(await page.evaluate(() => document.querySelectorAll('[data-v-app]').length)).toBe(1);
  });

  it("sees the host's session: the header shows the user and the remote's API calls carry the session", async () => {
    await expect(page.locator('header').innerText()).resolves.toContain('示例');
    expect(new URL(page.url()).pathname).toBe('/fedtest/lawyers/');
    const call = requests.find((r) => new URL(r.url()).pathname === '/api/v1/organizations');
    expect(call, 'the remote page asked the API for organizations').toBeDefined();
    expect((await call!.allHeaders()).cookie ?? '').not.toBe('');
  });

  it("applies the remote's styles", async () => {
    expect(fromRemote().some((r) => r.url().endsWith('.css'))).toBe(true);
    expect(await page.locator('.fw-org-directory').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
  });
});

describe('with the remote server stopped', () => {
  beforeAll(async () => {
    await remote.stop();
  });

  it('the home page still shows the other modules and the navigation', async () => {
    await openPortal(page, `${api.url}/fedtest/`);
    const cards = page.locator('main .fw-service-card-grid li');
    await cards.first().waitFor();
    // Five bundled modules (legal aid, notary, mediation, forensic, arbitration) keep their cards.
    expect(await cards.count()).toBeGreaterThanOrEqual(5);
    const inNav = moduleIdsInNav(await navLinks(page), 'fedtest');
    expect(inNav).toEqual(expect.arrayContaining(['legal-aid', 'notary', 'mediation', 'forensic', 'arbitration']));
  });

  it('the lawyers page shows an error state within 15 s', async () => {
    await openPortal(page, `${api.url}/fedtest/lawyers/`);
    const alert = page.locator('main [role=alert]', { hasText: '律师服务' });
    await alert.waitFor({ timeout: 15_000 });
    await expect(page.locator('nav.fw-nav').isVisible()).resolves.toBe(true);
    const uncaught = problems.list().filter((p) => p.startsWith('uncaught'));
    expect(uncaught).toEqual([]);
  });

  it('other module pages still work', async () => {
    await openPortal(page, `${api.url}/fedtest/notary/`);
    await page.locator('.fw-org-directory table tbody tr').first().waitFor();
    expect(await page.locator('main [role=alert]').count()).toBe(0);
  });
});
