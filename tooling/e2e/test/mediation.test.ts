import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { assertNoAxeViolations } from '../src/axe.js';
import { launchChromium } from '../src/browser.js';
import { MINIMAL_PDF } from '../src/files.js';
import { assertBuilt } from '../src/paths.js';
import { DEMO_PASSWORD, openPortal, setCareMode, signIn } from '../src/portal.js';
import { builtInProfileFile, resolvedProfile } from '../src/profiles.js';
import { bundledModuleChunk, serveModuleRemote, sharedPackages, type ModuleRemote } from '../src/remote.js';

/**
 * Issue 6's scenario in the browser against the real server: a Beijing citizen files a neighbour dispute
 * with a PDF of evidence (the place's committee is proposed with its reason) → Beijing's mediator sees and
 * downloads the evidence, accepts, assigns, schedules a
 * session (an overlapping second one for the same mediator is refused) and records an agreement → the
 * citizen sees the agreement, downloads the 调解协议书 PDF and rates. axe runs on every page passed through,
 * and on every page of the module in standard and care mode (the action dialogs in standard mode: the care
 * switch sits behind a modal dialog).
 *
 * The whole scenario runs with the module loaded as a Module Federation remote: Beijing's profile (an
 * override in the server's profile folder) names `modules.mediation.remote.entry`, the manifest of
 * `apps/mediation/dist` (its remote build from the shared preset) served from another origin. The last
 * test checks that every page took the module from there, never the host's bundled copy, and that it ran
 * on the host's single vue, pinia, vue-query and SDK.
 */
const HOST = 'fawang_portal';
const SINGLETONS = ['vue', 'vue-router', 'pinia', '@tanstack/vue-query', 'vue-i18n', '@fawang/sdk'];

let remote: ModuleRemote;
let api: ApiServer;
let browser: Browser;
let citizen: Page;
let mediator: Page;
let caseId = '';
let reference = '';
/** Every request of every page of the scenario, with the page that made it. */
const requests: { page: Page; request: Request }[] = [];

/** A page in a fresh context whose requests are recorded. */
async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  page.on('request', (request) => requests.push({ page, request }));
  return page;
}

beforeAll(async () => {
  assertBuilt();
  remote = await serveModuleRemote('mediation');
  const beijing = builtInProfileFile('beijing');
  // The copy lives elsewhere: the built-in file's "$schema" is a path relative to the built-in folder.
  delete beijing.$schema;
  const modules = { ...(beijing.modules as Record<string, object> | undefined), mediation: { enabled: true, remote: { entry: remote.entry } } };
  [api, browser] = await Promise.all([startApiServer({ profiles: { beijing: { ...beijing, modules } } }), launchChromium()]);
  citizen = await newPage({ viewport: { width: 412, height: 900 }, acceptDownloads: true });
  mediator = await newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await remote?.close();
});

/** `datetime-local` value `days` from now at `hour`:00 in the browser's time zone. */
function localTime(days: number, hour: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(hour)}:00`;
}

/** Opens the action's dialog from the detail. */
async function openAction(page: Page, action: string) {
  await page.locator(`[data-action="${action}"]`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** axe in standard mode, then in care mode (长辈版), leaving the page in standard mode. */
async function expectNoAxeViolationsInBothModes(page: Page, what: string): Promise<void> {
  await assertNoAxeViolations(page, what);
  await setCareMode(page, true);
  await assertNoAxeViolations(page, `${what} in care mode`);
  await setCareMode(page, false);
}

async function statusShown(page: Page, status: string): Promise<void> {
  await page.locator('main').getByText(status, { exact: true }).first().waitFor();
}

/** The division code of the street committee `beijing.mediator` works for (the session names the organization). */
async function mediatorCommitteeStreet(apiUrl: string): Promise<string> {
  const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'beijing.mediator', password: DEMO_PASSWORD }),
  });
  const session = (await login.json()) as { user: { organizationId?: string } };
  expect(session.user.organizationId).toEqual(expect.any(String));
  const committee = (await (await fetch(`${apiUrl}/api/v1/organizations/${session.user.organizationId}`)).json()) as { divisionCode: string; mediation?: { kind: string } };
  expect(committee.mediation?.kind).toBe('township');
  return committee.divisionCode;
}

describe('a Beijing citizen files a neighbour dispute; the mediator takes it to an agreement; the citizen downloads and rates', () => {
  it("Beijing's profile loads the module from its remote", async () => {
    const profile = await resolvedProfile(api.url, 'beijing');
    expect(profile.modules.mediation).toMatchObject({ enabled: true, remote: { entry: remote.entry } });
  });

  it('the citizen files the dispute with the proposed committee', async () => {
    await signIn(citizen, api.url, 'beijing', 'beijing.citizen', '/mediation/apply');
    await citizen.locator('[data-testid="dispute-type"]').waitFor();
    await assertNoAxeViolations(citizen, 'the mediation intake');

    await citizen.locator('[data-testid="dispute-type"]').selectOption('neighbour');
    // The street of the committee the demo mediator works for (a mediator handles their own committee's
    // cases only): routing proposes that street committee for a dispute there.
    const street = await mediatorCommitteeStreet(api.url);
    const county = street.slice(0, 6);
    const levels = citizen.locator('.fw-division__select');
    await levels.nth(0).selectOption('110100');
    await expect.poll(() => levels.nth(1).locator('option').count()).toBeGreaterThan(1);
    await levels.nth(1).selectOption(county);
    const town = citizen.locator('[data-testid="place-town"]');
    await expect.poll(() => town.locator('option').count()).toBeGreaterThan(1);
    await town.selectOption(street);
    await citizen.getByRole('textbox', { name: /纠纷简要情况/ }).fill('楼上邻居装修漏水，多次渗到我家厨房天花板，协商赔偿未果，希望调解。');
    await citizen.locator('[data-testid="proposed-committee"]').waitFor();
    await expect(citizen.locator('[data-testid="routing-reason"]').textContent()).resolves.not.toBe('');
    await citizen.getByRole('textbox', { name: /^姓名/ }).nth(1).fill('赵大海');
    await citizen.locator('[data-kind="case_material"] input[type="file"]').setInputFiles({ name: '漏水照片说明.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await citizen.locator('[data-kind="case_material"] .fw-file-upload__item--done').getByText('漏水照片说明.pdf').waitFor();
    await expectNoAxeViolationsInBothModes(citizen, 'the intake with the proposed committee');

    await citizen.getByRole('button', { name: '提交调解申请' }).click();
    await citizen.locator('[data-testid="filed"]').waitFor();
    reference = ((await citizen.locator('[data-testid="reference"]').textContent()) ?? '').trim();
    expect(reference).toMatch(/^TJ-/);
    const track = await citizen.locator('[data-testid="track-link"]').getAttribute('href');
    caseId = track?.split('/').filter(Boolean).at(-1) ?? '';
    expect(caseId).not.toBe('');
    await expectNoAxeViolationsInBothModes(citizen, 'the filing confirmation');
  });

  it('the mediator accepts, assigns and schedules; an overlapping session for the same mediator is refused', async () => {
    await signIn(mediator, api.url, 'beijing', 'beijing.mediator', '/workbench/mediation/');
    await mediator.locator('main table').getByText(reference).waitFor();
    await assertNoAxeViolations(mediator, 'the mediation queue');
    await mediator.locator('main table').getByRole('link', { name: reference }).click();
    await mediator.locator('[data-action="accept"]').waitFor();
    await assertNoAxeViolations(mediator, 'the case detail');
    // The evidence filed with the dispute, downloadable by the mediator of the region.
    const evidence = mediator.locator('[aria-labelledby="fw-mediation-documents"]').getByRole('link', { name: /漏水照片说明\.pdf/ });
    const href = await evidence.getAttribute('href');
    const file = await mediator.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), size: (await response.arrayBuffer()).byteLength };
    }, href ?? '');
    expect(file).toEqual({ status: 200, type: 'application/pdf', size: MINIMAL_PDF.length });

    await mediator.locator('[data-action="accept"]').click();
    await statusShown(mediator, '已受理');
    let dialog = await openAction(mediator, 'assign');
    await dialog.getByRole('checkbox').first().click();
    await dialog.getByRole('button', { name: '确认' }).click();
    await statusShown(mediator, '已指派调解员');

    dialog = await openAction(mediator, 'schedule');
    await dialog.getByRole('radio', { name: '现场调解' }).click();
    await dialog.getByRole('textbox', { name: /调解地点/ }).fill('东城区某街道人民调解室');
    await dialog.locator('[data-testid="session-start"]').fill(localTime(3, 9));
    await dialog.locator('[data-testid="session-end"]').fill(localTime(3, 11));
    await dialog.getByRole('checkbox').first().click();
    await assertNoAxeViolations(mediator, 'the schedule dialog');
    await dialog.getByRole('button', { name: '确认' }).click();
    await statusShown(mediator, '调解中');

    // The same mediator, an hour into the first session: the server refuses, the dialog says why.
    dialog = await openAction(mediator, 'schedule');
    await dialog.getByRole('radio', { name: '现场调解' }).click();
    await dialog.getByRole('textbox', { name: /调解地点/ }).fill('东城区某街道人民调解室');
    await dialog.locator('[data-testid="session-start"]').fill(localTime(3, 10));
    await dialog.locator('[data-testid="session-end"]').fill(localTime(3, 12));
    await dialog.getByRole('checkbox').first().click();
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.getByText(/已有调解安排/).first().waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  it('the mediator records the agreement', async () => {
    const dialog = await openAction(mediator, 'record_agreement');
    await dialog.getByRole('textbox', { name: /第 1 条/ }).fill('楼上住户于十五日内修复漏水点，并赔偿厨房吊顶维修费人民币 3000 元。');
    await dialog.getByRole('button', { name: '确认' }).click();
    await statusShown(mediator, '达成协议');
    await assertNoAxeViolations(mediator, 'the agreed case');
  });

  it('the citizen sees the agreement and its 30-day reminder, downloads the PDF and rates', async () => {
    await openPortal(citizen, `${api.url}/beijing/mediation/cases/${caseId}`);
    await statusShown(citizen, '达成协议');
    await citizen.locator('main').getByText(/三十日内/).first().waitFor();
    await assertNoAxeViolations(citizen, 'the tracking page with the agreement');

    const pdf = await citizen.evaluate(async (id) => {
      const response = await fetch(`/api/v1/mediation/cases/${id}/agreement`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
    }, caseId);
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
    const [download] = await Promise.all([citizen.waitForEvent('download'), citizen.getByRole('link', { name: /下载调解协议书/ }).click()]);
    expect(download.suggestedFilename()).toContain(reference);

    await citizen.getByRole('radio', { name: '满意', exact: true }).click();
    await citizen.getByRole('button', { name: /提交评价/ }).click();
    await citizen.locator('main').getByText(/已评价/).first().waitFor();
    const status = await citizen.evaluate(async (id) => ((await (await fetch(`/api/v1/mediation/cases/${id}`)).json()) as { status: string }).status, caseId);
    expect(status).toBe('evaluated');
  });

  it('every page of the module has no axe violation in standard and care mode', async () => {
    for (const [page, path, ready] of [
      [citizen, '/beijing/my', 'main a[href*="/mediation/cases/"]'],
      [citizen, '/beijing/mediation/', 'main table tbody tr'],
      [citizen, '/beijing/mediation/mediators', 'main table tbody tr'],
      [citizen, '/beijing/mediation/apply', '[data-testid="dispute-type"]'],
      [citizen, `/beijing/mediation/cases/${caseId}`, '[data-testid="reference"]'],
      [mediator, '/beijing/workbench/mediation/', 'main table tbody tr a'],
      [mediator, `/beijing/workbench/mediation/?id=${caseId}`, 'main h1'],
    ] as const) {
      await openPortal(page, `${api.url}${path}`);
      await page.locator(ready).first().waitFor();
      await expectNoAxeViolationsInBothModes(page, path);
    }
  });

  it('a signed-out visitor is asked to sign in to apply, in both modes', async () => {
    const page = await newPage();
    await openPortal(page, `${api.url}/beijing/mediation/apply`);
    await page.locator('[data-testid="sign-in"]').waitFor();
    await expectNoAxeViolationsInBothModes(page, 'the intake signed out');
  });

  it('the bureau sees the statistics with the full-time mediator share', async () => {
    const page = await newPage();
    await signIn(page, api.url, 'beijing', 'beijing.bureau_admin', '/workbench/mediation/statistics');
    await page.locator('main table caption').waitFor();
    await page.locator('main').getByText(/专职/).first().waitFor();
    await assertNoAxeViolations(page, 'the mediation statistics');
    await setCareMode(page, true);
    await assertNoAxeViolations(page, 'the mediation statistics in care mode');
  });

  it('took the module from its remote on every page, never the bundled copy, on the host\'s shared singletons', async () => {
    const pages = [...new Set(requests.map((r) => r.page))];
    const bundled = bundledModuleChunk('mediation');
    const paths = (page: Page, origin: string) =>
      requests.filter((r) => r.page === page && r.request.url().startsWith(`${origin}/`)).map((r) => new URL(r.request.url()).pathname);
    for (const page of pages) {
      const fromRemote = paths(page, remote.url);
      expect(fromRemote).toContain('/mf-manifest.json');
      expect(fromRemote).toContain('/remoteEntry.js');
      expect(fromRemote.some((path) => /^\/assets\/.+\.js$/.test(path))).toBe(true);
      expect(paths(page, api.url)).not.toContain(bundled);
    }
    // The module's code and styles came from the remote's origin.
    expect(requests.some((r) => r.request.url().startsWith(`${remote.url}/`) && r.request.url().endsWith('.css'))).toBe(true);

    for (const page of [citizen, mediator]) {
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
    }
  });
});
