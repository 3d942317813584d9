import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { launchChromium, recordProblems } from '../src/browser.js';
import { openPortal } from '../src/portal.js';
import { paths } from '../src/paths.js';
import { bundledModuleChunk } from '../src/remote.js';
import { resolvedProfile } from '../src/profiles.js';

/**
 * Public pages arrive rendered in the server's HTML (ADR 0017): readable with JavaScript off (a search
 * engine's spider, a phone that has not run the code yet), in the visitor's language and care mode, and
 * taken over by the app without a hydration mismatch. Pages that need a signed-in user stay the browser's.
 */
let api: ApiServer;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function withoutJavaScript<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('without JavaScript', () => {
  for (const regionId of ['leshan', 'zhongshan']) {
    it(`${regionId}: the home page shows its services, service points and hotlines`, async () => {
      const profile = await resolvedProfile(api.url, regionId);
      await withoutJavaScript(async (page) => {
        const response = await page.goto(`${api.url}/${regionId}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('main h1').innerText()).resolves.toContain(profile.name);
        // A card per service the region's modules offer, each a link to its page.
        const cards = page.locator('main .fw-service-card-grid li');
        expect(await cards.count()).toBeGreaterThanOrEqual(6);
        await expect(page.locator(`main a[href="/${regionId}/legal-aid/"]`).count()).resolves.toBeGreaterThan(0);
        await expect(page.locator('main').innerText()).resolves.toContain(profile.servicePoints[0]!.name);
        const hotline = profile.channels.hotlines[0]!.number;
        await expect(page.locator(`main a[href="tel:${hotline}"]`).count()).resolves.toBeGreaterThan(0);
        await expect(page.locator('nav.fw-nav a').count()).resolves.toBeGreaterThan(3);
        await expect(page.locator('footer').innerText()).resolves.toContain(profile.site.siteCode!);
      });
    });
  }

  it('a directory page shows its first page of organizations, with phone links, styled by its own inlined stylesheets', async () => {
    const expected = (await (await fetch(`${api.url}/api/v1/organizations?type=law_firm&divisionCode=511100&page=1&pageSize=10&sort=name`)).json()) as {
      items: { name: string }[];
      total: number;
    };
    expect(expected.items.length).toBe(10);
    await withoutJavaScript(async (page) => {
      const response = await page.goto(`${api.url}/leshan/lawyers/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('main h1').innerText()).resolves.toBe('律师事务所名录');
      const rows = await page.locator('main table tbody').innerText();
      for (const item of expected.items) expect(rows).toContain(item.name);
      await expect(page.locator('main table a[href^="tel:"]').count()).resolves.toBe(10);
      // The page's own stylesheets are in the page (not left to the JavaScript that would load them), so
      // the first paint waits for no request beyond the host's stylesheet.
      await expect(page.locator('head style').count()).resolves.toBeGreaterThan(0);
      const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
      expect(sheets.filter((href) => /OrganizationDirectory|DirectoryResults/.test(href))).toEqual([]);
      const tableDisplay = await page.locator('main table').evaluate((table) => getComputedStyle(table).borderCollapse);
      expect(tableDisplay).toBe('collapse');
    });
  });

  it('the visitor’s language and care mode from their cookie are in the HTML', async () => {
    const preferences = encodeURIComponent(JSON.stringify({ locale: 'en', careMode: true, careFontSize: 22, highContrast: true }));
    const html = await (await fetch(`${api.url}/leshan/lawyers/`, { headers: { cookie: `fawang-display=${preferences}` } })).text();
    expect(html).toMatch(/<html lang="en" data-fw-mode="care" data-fw-contrast="high" style="[^"]*--fw-care-font-size: 22px/);
    expect(html).toContain('<h1>Law firm directory</h1>');
    // A locale the region does not offer, or a cookie that is not ours to read, gives the Chinese page.
    const odd = await (await fetch(`${api.url}/leshan/`, { headers: { cookie: 'fawang-display=%E0%A4%A' } })).text();
    expect(odd).toMatch(/<html lang="zh-CN"/);
  });

  it('a page that needs a signed-in user is the shell with its first paint; an unknown page is a rendered 404', async () => {
    const account = await fetch(`${api.url}/leshan/my`);
    expect(account.status).toBe(200);
    const shell = await account.text();
    expect(shell).toContain('portal-first-paint');
    expect(shell).not.toContain('fawang-ssr');

    const missing = await fetch(`${api.url}/leshan/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('fawang-ssr');
  });
});

describe('with JavaScript', () => {
  it('the app takes the rendered pages over without a mismatch and they work', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = recordProblems(page);
    try {
      for (const path of ['/leshan/', '/zhongshan/', '/leshan/lawyers/', '/zhongshan/mediation/', '/leshan/legal-aid/']) {
        await openPortal(page, `${api.url}${path}`);
        await page.waitForLoadState('networkidle');
      }
      // Vue reports a hydration mismatch as a console error, which the recorder keeps.
      expect(problems.list()).toEqual([]);

      // The hydrated directory pages through the API: the second page's rows replace the first's.
      await openPortal(page, `${api.url}/leshan/lawyers/`);
      const first = await page.locator('main table tbody tr').first().innerText();
      await page.locator('main .fw-pagination').getByRole('button', { name: '第 2 页' }).click();
      await expect.poll(() => page.locator('main table tbody tr').first().innerText()).not.toBe(first);

      // The home page builds its cards and navigation from the modules' summaries: no module's code is
      // fetched until one of its pages is opened — then only that module's.
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await openPortal(page, `${api.url}/leshan/`);
      await page.waitForLoadState('networkidle');
      const moduleChunks = ['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration', 'consult'].map((id) => bundledModuleChunk(id));
      expect(requested.filter((path) => moduleChunks.includes(path))).toEqual([]);

      // A link in the rendered home page navigates in the app, without reloading the page.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      await page.locator('main a[href="/leshan/lawyers/"]').first().click();
      await page.locator('main h1', { hasText: '律师事务所名录' }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      expect(requested.filter((path) => moduleChunks.includes(path))).toEqual([bundledModuleChunk('lawyers')]);
      expect(problems.list()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the JavaScript a visitor fetches', () => {
  it('before the home page is idle stays within the CI ceiling (tooling/perf/budget.json), with every module enabled', async () => {
    const budget = JSON.parse(readFileSync(paths.perfBudget, 'utf8')) as { fetchedJsCeilingKb: number };
    const profile = await resolvedProfile(api.url, 'leshan');
    expect(Object.values(profile.modules).filter((settings) => settings.enabled).length).toBeGreaterThanOrEqual(7);
    // A cold load, as `pnpm perf` measures it: every script requested until the network is idle, gzipped (level 9).
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      const pending: Promise<{ file: string; gzip: number }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        pending.push(response.body().then((body) => ({ file: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length })));
      });
      await page.goto(`${api.url}/leshan/`, { waitUntil: 'networkidle' });
      const scripts = await Promise.all(pending);
      const kb = scripts.reduce((sum, script) => sum + script.gzip, 0) / 1024;
      const detail = scripts.map((script) => `${script.file} ${(script.gzip / 1024).toFixed(1)} KB`).join(', ');
      expect(kb, `fetched ${kb.toFixed(1)} KB: ${detail}`).toBeLessThanOrEqual(budget.fetchedJsCeilingKb);
    } finally {
      await context.close();
    }
  });
});
