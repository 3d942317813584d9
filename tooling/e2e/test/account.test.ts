import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { launchChromium, recordProblems, type PageProblems } from '../src/browser.js';
import { careModeOn, clickHeaderTool, openPortal, setCareMode, signIn } from '../src/portal.js';

/**
 * The signed-in portal: a citizen's 我的 (legal-aid applications and ratings across modules), display
 * preferences that follow the account to another browser, signing out; a legal-aid officer's 工作台 and
 * queue (受理队列).
 */
let api: ApiServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  problems = recordProblems(page);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('a citizen (leshan.citizen)', () => {
  it('signs in and 我的 shows the legal-aid applications and the ratings', async () => {
    await signIn(page, api.url, 'leshan', 'leshan.citizen', '/my');
    expect(new URL(page.url()).pathname).toBe('/leshan/my');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('我的');
    const legalAid = page.getByRole('region', { name: '我的法律援助申请' });
    await legalAid.locator('table').waitFor();
    const ratings = page.getByRole('region', { name: '我的评价' });
    await ratings.locator('table').waitFor();
    await expect(page.locator('main [role=alert]').count()).resolves.toBe(0);
    await expect(page.locator('header').innerText()).resolves.toContain('示例');
    expect(problems.list()).toEqual([]);
  });

  it('turning on care mode while signed in is saved to the account', async () => {
    expect(await careModeOn(page)).toBe(false);
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me/preferences') && r.request().method() === 'PUT');
    await setCareMode(page, true);
    expect((await saved).status()).toBe(200);

    const response = await page.request.get(`${api.url}/api/v1/auth/me/preferences`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ careMode: true });
  });

  it('another browser that signs in to the account gets care mode', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const otherPage = await other.newPage();
      await signIn(otherPage, api.url, 'leshan', 'leshan.citizen');
      await otherPage.waitForFunction(() => document.documentElement.dataset.fwMode === 'care');
    } finally {
      await other.close();
    }
    // Back to the default, so the account is as seeded for anything that follows.
    await setCareMode(page, false);
  });

  it('signs out', async () => {
    await openPortal(page, `${api.url}/leshan/`);
    await clickHeaderTool(page, '退出登录');
    await page.locator('header').getByRole('link', { name: '登录' }).waitFor();
    expect((await page.request.get(`${api.url}/api/v1/auth/me`)).status()).toBe(401);
    // 我的 now asks to sign in first.
    await page.goto(`${api.url}/leshan/my`);
    await page.waitForURL((url) => url.pathname === '/leshan/login');
  });
});

describe('a legal-aid officer (leshan.legal_aid_officer)', () => {
  it('sees the legal-aid queue card on 工作台 and the queue as a table', async () => {
    await signIn(page, api.url, 'leshan', 'leshan.legal_aid_officer', '/workbench');
    const card = page.locator('main .fw-service-card-grid li', { hasText: '法律援助受理队列' });
    await card.waitFor();
    await card.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/leshan/workbench/legal-aid'));
    await expect.poll(() => page.locator('main h1').textContent()).toBe('法律援助受理队列');
    await page.locator('main table tbody tr').first().waitFor();
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
  });
});
