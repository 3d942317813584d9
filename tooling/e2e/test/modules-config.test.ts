import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { launchChromium } from '../src/browser.js';
import { moduleIdsInNav, navLinks, openPortal } from '../src/portal.js';
import { builtInProfileFile, enabledModules, resolvedProfile } from '../src/profiles.js';

/**
 * A city bureau switches a module off in its profile and saves the file: no rebuild, no restart (the
 * server watches its profile folder). On the next page load the same portal build leaves the module out
 * of the navigation and its pages are gone.
 */
let api: ApiServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('disabling a module in a region profile', () => {
  it('the built-in leshan offers 公证 (notary)', async () => {
    expect(enabledModules(await resolvedProfile(api.url, 'leshan'))).toContain('notary');
    await openPortal(page, `${api.url}/leshan/`);
    expect(moduleIdsInNav(await navLinks(page), 'leshan')).toContain('notary');
    await openPortal(page, `${api.url}/leshan/notary/`);
    await page.locator('main table').waitFor();
  });

  it('an override of leshan with notary off takes effect on the next page load: no restart, no rebuild', async () => {
    const leshan = builtInProfileFile('leshan');
    // The copy lives elsewhere: the built-in file's "$schema" is a path relative to the built-in folder.
    delete leshan.$schema;
    await api.writeProfile('leshan', { ...leshan, modules: { notary: { enabled: false } } });
    // The server watches its profile folder and reloads it (regions-watch.ts).
    await expect.poll(async () => (await resolvedProfile(api.url, 'leshan')).modules.notary?.enabled, { timeout: 10_000 }).toBe(false);
    const profile = await resolvedProfile(api.url, 'leshan');
    await openPortal(page, `${api.url}/leshan/`);
    const inNav = moduleIdsInNav(await navLinks(page), 'leshan');
    expect(inNav).not.toContain('notary');
    expect(inNav).toEqual(enabledModules(profile));

    await openPortal(page, `${api.url}/leshan/notary/`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('页面不存在');
    expect(await page.locator('main table').count()).toBe(0);
  });

  it('other regions keep the module', async () => {
    await openPortal(page, `${api.url}/sichuan/`);
    expect(moduleIdsInNav(await navLinks(page), 'sichuan')).toContain('notary');
  });
});
