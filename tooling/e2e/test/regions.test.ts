import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { launchChromium, recordProblems, type PageProblems } from '../src/browser.js';
import { careModeOn, mainFontSize, moduleIdsInNav, navLinks, openPortal, setCareMode } from '../src/portal.js';
import { BUILT_IN_REGIONS, enabledModules, MODULE_IDS, resolvedProfile } from '../src/profiles.js';

/**
 * Every built-in region's portal, as a visitor sees it: it loads, its navigation offers exactly the
 * modules its profile enables, its footer carries its own filings and hotline; `/` leads to the national
 * portal and an unknown region is a real 404; care mode (长辈版) really enlarges the text and is kept.
 */
let api: ApiServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = recordProblems(page);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('built-in regions', () => {
  it('are the six the README lists, all served by the API', async () => {
    expect(BUILT_IN_REGIONS).toEqual(['beijing', 'guangdong', 'leshan', 'national', 'sichuan', 'zhongshan']);
    const listed = (await (await fetch(`${api.url}/api/v1/regions`)).json()) as { id: string }[];
    expect(listed.map((r) => r.id).sort()).toEqual([...BUILT_IN_REGIONS]);
  });

  for (const regionId of BUILT_IN_REGIONS) {
    it(`${regionId}: the portal loads with its enabled modules in the nav and its filings and hotline in the footer`, async () => {
      const profile = await resolvedProfile(api.url, regionId);
      problems.clear();
      const status = await openPortal(page, `${api.url}/${regionId}/`);
      expect(status).toBe(200);
      await expect.poll(() => page.locator('main h1').count()).toBe(1);

      const links = await navLinks(page);
      const enabled = enabledModules(profile);
      expect(enabled.length).toBeGreaterThan(0);
      expect(moduleIdsInNav(links, regionId)).toEqual(enabled);
      const hrefs = links.map((link) => link.href);
      for (const id of enabled) expect(hrefs, `nav link to ${id}`).toContain(`/${regionId}/${id}/`);
      for (const id of MODULE_IDS.filter((m) => !enabled.includes(m))) {
        expect(hrefs.filter((href) => href.startsWith(`/${regionId}/${id}/`)), `no nav link to disabled ${id}`).toEqual([]);
      }
      expect(links[0]).toEqual({ href: `/${regionId}/`, label: '首页' });

      const footer = page.locator('footer');
      const { siteCode, icp, publicSecurity } = profile.site;
      // Every built-in region is a government site with its 网站标识码 and both filings (备案).
      expect([siteCode, icp, publicSecurity?.text].every(Boolean), `${regionId} profile has site code and filings`).toBe(true);
      await expect.poll(() => footer.innerText()).toContain(siteCode!);
      const text = await footer.innerText();
      expect(text).toContain(icp!);
      expect(text).toContain(publicSecurity!.text);
      const hotline = profile.channels.hotlines[0]!.number;
      await expect(footer.locator(`a[href^="tel:"]`, { hasText: hotline }).count()).resolves.toBeGreaterThan(0);

      expect(problems.list()).toEqual([]);
    });
  }

  it('/ redirects to the national portal', async () => {
    const response = await page.goto(`${api.url}/`);
    expect(new URL(page.url()).pathname).toBe('/national/');
    expect(response?.request().redirectedFrom()?.url()).toBe(`${api.url}/`);
    await page.locator('main h1').waitFor();
  });

  it('an unknown region answers 404 with a not-found page', async () => {
    const response = await page.goto(`${api.url}/nowhere/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').first().textContent({ timeout: 15_000 })).toBe('页面不存在');
    await expect(page.locator('main').innerText()).resolves.toContain('nowhere');
  });
});

describe('care mode (长辈版)', () => {
  it('enlarges the main text to at least 18 px and is kept after a reload', async () => {
    await openPortal(page, `${api.url}/leshan/`);
    await page.evaluate(() => localStorage.clear());
    await openPortal(page, `${api.url}/leshan/`);
    expect(await careModeOn(page)).toBe(false);
    const before = await mainFontSize(page);

    await setCareMode(page, true);
    const after = await mainFontSize(page);
    expect(after).toBeGreaterThanOrEqual(18);
    expect(after).toBeGreaterThan(before);

    await page.reload();
    await page.locator('#app[data-v-app] main h1').waitFor();
    expect(await careModeOn(page)).toBe(true);
    expect(await mainFontSize(page)).toBe(after);
    await page.evaluate(() => localStorage.clear());
  });
});
