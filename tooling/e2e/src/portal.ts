/** What a visitor does in the portal, as steps the tests share: open a page, read the nav, sign in. */
import type { Page } from 'playwright-core';

/** Every seeded demo account's password (the server's default DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'Fawang-demo-2026';

/** Opens a portal page and waits until the app has mounted its main landmark; returns the HTTP status. */
export async function openPortal(page: Page, url: string): Promise<number | undefined> {
  const response = await page.goto(url);
  await page.locator('#app[data-v-app] main').waitFor();
  return response?.status();
}

export interface NavLink {
  href: string;
  label: string;
}

/** The links of the main navigation (FwNav, the nav landmark under the header). */
export function navLinks(page: Page): Promise<NavLink[]> {
  return page
    .locator('nav.fw-nav a')
    .evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', label: (a.textContent ?? '').trim() })));
}

/** The module ids the navigation links to: /leshan/notary/ → notary; 首页 and 工作台 are not modules. */
export function moduleIdsInNav(links: readonly NavLink[], regionId: string): string[] {
  const ids = links
    .map((link) => link.href.match(new RegExp(`^/${regionId}/([a-z][a-z0-9-]*)(?:/|$)`))?.[1])
    .filter((id): id is string => !!id && id !== 'workbench');
  return [...new Set(ids)].sort();
}

/** Signs in through the login form of the region's portal and waits until the portal has left /login. */
export async function signIn(page: Page, origin: string, regionId: string, username: string, redirect?: string): Promise<void> {
  const query = redirect ? `?redirect=${encodeURIComponent(redirect)}` : '';
  await openPortal(page, `${origin}/${regionId}/login${query}`);
  // By field name: the visible labels also say （必填） (required).
  const form = page.locator('main form');
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/**
 * Clicks a button of the header's tool group (长辈版, 退出登录 …). Large text can make the header narrow
 * enough to fold the group behind 更多; then that is opened first.
 */
export async function clickHeaderTool(page: Page, name: string): Promise<void> {
  const button = page.locator('header').getByRole('button', { name, exact: true });
  if (!(await button.isVisible())) await page.locator('header .fw-header__tools-toggle').click();
  await button.click();
}

/** Whether care mode (长辈版) is on: the design system's attribute on <html>. */
export async function careModeOn(page: Page): Promise<boolean> {
  return (await page.evaluate(() => document.documentElement.dataset.fwMode)) === 'care';
}

/** Turns care mode on or off with the header's 长辈版 switch, and waits until it applies. */
export async function setCareMode(page: Page, on: boolean): Promise<void> {
  if ((await careModeOn(page)) !== on) await clickHeaderTool(page, '长辈版');
  await page.waitForFunction((want) => (document.documentElement.dataset.fwMode === 'care') === want, on);
}

/** Computed font size of the page's main text, in px. */
export function mainFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).fontSize));
}
