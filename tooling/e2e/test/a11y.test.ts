import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { axeViolations } from '../src/axe.js';
import { launchChromium } from '../src/browser.js';
import { openPortal, setCareMode, signIn } from '../src/portal.js';

/**
 * axe (WCAG 2.2 AA) on the portal's pages as they are served, in standard and in care mode (长辈版):
 * the national and Leshan home pages, 登录, every page of the legal-aid module — for the public, for
 * Leshan's citizen (the application wizard, a confirmation, tracking, 我的), legal-aid officer (工作台,
 * the queue, an application's detail, a closed one with its quality review) and bureau admin (statistics).
 * Any violation fails, listed one per element.
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

/** Which page, and what shows that it has finished rendering its content. */
const PUBLIC_PAGES = [
  { name: 'national home', path: '/national/', ready: '.fw-service-card-grid li' },
  { name: 'leshan home', path: '/leshan/', ready: '.fw-service-card-grid li' },
  { name: 'leshan login', path: '/leshan/login', ready: 'main form' },
  { name: 'leshan legal-aid self-check', path: '/leshan/legal-aid/self-check', ready: 'main form' },
  { name: 'leshan legal-aid centres', path: '/leshan/legal-aid/', ready: 'main .fw-org-directory li' },
  { name: 'leshan legal-aid apply (signed out)', path: '/leshan/legal-aid/apply', ready: 'main a[href*="/login"]' },
];
const STAFF_PAGES = [
  { name: 'leshan workbench', path: '/leshan/workbench', ready: 'main .fw-service-card-grid li' },
  { name: 'leshan legal-aid queue', path: '/leshan/workbench/legal-aid/', ready: 'main table tbody tr' },
];

/** Opens the page in the mode, waits for its content and runs axe. */
async function check(path: string, ready: string, mode: 'standard' | 'care'): Promise<void> {
  await openPortal(page, `${api.url}${path}`);
  await setCareMode(page, mode === 'care');
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const violations = await axeViolations(page);
  expect(violations, `axe on ${path} in ${mode} mode:\n${violations.join('\n')}`).toEqual([]);
}

describe('axe finds no WCAG 2.2 AA violation', () => {
  it('reports a violation when there is one (the checker itself works on the served page)', async () => {
    await openPortal(page, `${api.url}/leshan/`);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(image);
    });
    expect((await axeViolations(page)).some((line) => line.startsWith('image-alt'))).toBe(true);
  });

  for (const mode of ['standard', 'care'] as const) {
    for (const { name, path, ready } of PUBLIC_PAGES) {
      it(`${name} (${mode})`, async () => {
        await check(path, ready, mode);
      });
    }
  }

  it('signs in as leshan.legal_aid_officer through the login form', async () => {
    await signIn(page, api.url, 'leshan', 'leshan.legal_aid_officer', '/workbench');
    expect(new URL(page.url()).pathname).toBe('/leshan/workbench');
  });

  for (const mode of ['standard', 'care'] as const) {
    for (const { name, path, ready } of STAFF_PAGES) {
      it(`${name} (${mode}, signed in)`, async () => {
        await check(path, ready, mode);
      });
    }
    it(`leshan legal-aid application detail with its actions (${mode}, signed in)`, async () => {
      // The first application of the officer's queue, asked with the signed-in page's own session.
      const id = await page.evaluate(async () => {
        const response = await fetch('/api/v1/legal-aid/applications?pageSize=1');
        return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
      });
      await check(`/leshan/workbench/legal-aid/?id=${id}`, 'main .fw-legal-aid-detail dl', mode);
    });
    it(`leshan legal-aid closed application with its quality review (${mode}, signed in)`, async () => {
      const id = await firstApplication(page, 'closed');
      await check(`/leshan/workbench/legal-aid/?id=${id}`, 'main .fw-legal-aid-detail form', mode);
    });
  }
});

/** The id of the first application the signed-in page's user may list, optionally in a status. */
async function firstApplication(on: Page, status?: string): Promise<string> {
  return on.evaluate(async (wanted) => {
    const response = await fetch(`/api/v1/legal-aid/applications?pageSize=1${wanted ? `&status=${wanted}` : ''}`);
    return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
  }, status);
}

describe('axe finds no violation on legal-aid pages of the citizen and the bureau', () => {
  it('signs in as leshan.citizen', async () => {
    await page.context().clearCookies();
    await signIn(page, api.url, 'leshan', 'leshan.citizen', '/legal-aid/apply');
  });

  for (const mode of ['standard', 'care'] as const) {
    it(`the application wizard (${mode})`, async () => {
      await check('/leshan/legal-aid/apply', 'main .fw-wizard__heading', mode);
    });
    it(`a confirmation and a tracking page (${mode})`, async () => {
      const id = await firstApplication(page);
      await check(`/leshan/legal-aid/submitted/${id}`, 'main h1', mode);
      await check(`/leshan/legal-aid/applications/${id}`, 'main h1', mode);
    });
    it(`a closed application ready to rate (${mode})`, async () => {
      const id = await firstApplication(page, 'closed');
      await check(`/leshan/legal-aid/applications/${id}`, 'main .fw-rating', mode);
    });
    it(`我的 with my legal-aid applications (${mode})`, async () => {
      await check('/leshan/my', 'main table tbody tr a', mode);
    });
  }

  it('signs in as leshan.bureau_admin', async () => {
    await page.context().clearCookies();
    await signIn(page, api.url, 'leshan', 'leshan.bureau_admin', '/workbench/legal-aid/statistics');
  });

  for (const mode of ['standard', 'care'] as const) {
    it(`the legal-aid statistics (${mode})`, async () => {
      await check('/leshan/workbench/legal-aid/statistics', 'main table caption', mode);
    });
  }
});
