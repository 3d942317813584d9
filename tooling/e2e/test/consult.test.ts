import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { assertNoAxeViolations } from '../src/axe.js';
import { launchChromium } from '../src/browser.js';
import { MINIMAL_PDF } from '../src/files.js';
import { assertBuilt } from '../src/paths.js';
import { openPortal, setCareMode, signIn } from '../src/portal.js';

/**
 * A declared case module end to end (issue 15, ADR 0016): 法律咨询 (`apps/consult`), which is exactly what
 * `pnpm create-module --case` writes (tooling/create-module's tests compare every file), on the kernel's
 * `/modules/consult/cases`. A Leshan citizen files with a public legal service centre, with a PDF → the
 * bureau admin sees it in the workbench queue with the phone masked, accepts it and concludes it with the
 * answer → the citizen sees the answer and rates. axe runs on every page passed through, in standard and care
 * mode (the dialog in standard mode: the care switch sits behind it).
 */
let api: ApiServer;
let browser: Browser;
let citizen: Page;
let staff: Page;
let caseId = '';
let reference = '';

beforeAll(async () => {
  assertBuilt();
  [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
  citizen = await (await browser.newContext({ viewport: { width: 412, height: 900 } })).newPage();
  staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

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

/** The case as the signed-in page's session reads it from the API. */
function caseSeenBy(page: Page): Promise<{ status: string; fields: Record<string, string>; outcomeReason?: string }> {
  return page.evaluate(async (id) => (await fetch(`/api/v1/modules/consult/cases/${id}`)).json(), caseId);
}

describe('a Leshan citizen asks a public legal service centre for legal advice; the bureau answers; the citizen rates', () => {
  it('the citizen files the declared fields with a centre and a PDF', async () => {
    await signIn(citizen, api.url, 'leshan', 'leshan.citizen', '/consult/apply');
    const intake = citizen.locator('[data-testid="declared-intake"]');
    await intake.waitFor();
    const organization = citizen.locator('[data-testid="organization"]');
    await expect.poll(() => organization.locator('option').count()).toBeGreaterThan(1);
    await assertNoAxeViolations(citizen, 'the consult intake');

    // Sending it empty: the server's own field checks, in the browser, name what is missing.
    await citizen.locator('[data-testid="submit"]').click();
    await citizen.locator('main').getByText('请填写申请事项').first().waitFor();

    await organization.selectOption({ index: 1 });
    await citizen.getByRole('textbox', { name: /申请事项/ }).fill('劳动合同解除后的经济补偿');
    await citizen.getByRole('textbox', { name: /具体情况/ }).fill('公司未提前通知就解除了劳动合同，想了解能否主张经济补偿，以及如何申请劳动仲裁。');
    await citizen.getByRole('radio', { name: '电话' }).click();
    await citizen.getByRole('textbox', { name: /联系电话/ }).fill('13912345678');
    await citizen.locator('[data-kind="case_material"] input[type="file"]').setInputFiles({ name: '解除通知.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await citizen.locator('[data-kind="case_material"] .fw-file-upload__item--done').getByText('解除通知.pdf').waitFor();
    await expectNoAxeViolationsInBothModes(citizen, 'the filled consult intake');

    await citizen.locator('[data-testid="submit"]').click();
    await citizen.locator('[data-testid="filed"]').waitFor();
    reference = ((await citizen.locator('[data-testid="reference"]').textContent()) ?? '').trim();
    expect(reference).toMatch(/^FZ-511100-\d{8}-[0-9A-F]{8}$/);
    const track = await citizen.locator('[data-testid="track-link"]').getAttribute('href');
    caseId = track?.split('/').filter(Boolean).at(-1) ?? '';
    expect(caseId).not.toBe('');
    await expectNoAxeViolationsInBothModes(citizen, 'the consult filing confirmation');

    await openPortal(citizen, `${api.url}/leshan/consult/cases/${caseId}`);
    await statusShown(citizen, '已提交');
    await citizen.locator('main').getByText('劳动合同解除后的经济补偿').first().waitFor();
    await expectNoAxeViolationsInBothModes(citizen, 'the consult tracking page');
    expect(await caseSeenBy(citizen)).toMatchObject({ status: 'submitted', fields: { phone: '13912345678', channel: 'phone' } });
  });

  it('the bureau admin finds it in the queue, sees the phone masked, accepts and concludes it with the answer', async () => {
    await signIn(staff, api.url, 'leshan', 'leshan.bureau_admin', '/workbench/consult/');
    await staff.locator('main table').getByText(reference).waitFor();
    await expectNoAxeViolationsInBothModes(staff, 'the consult queue');
    await staff.locator('main table').getByRole('link', { name: reference }).click();
    await staff.locator('[data-action="accept"]').waitFor();
    await staff.locator('main').getByText('139****5678').first().waitFor();
    await expectNoAxeViolationsInBothModes(staff, 'the consult case detail');

    await staff.locator('[data-action="accept"]').click();
    await statusShown(staff, '已受理');
    await staff.locator('[data-action="conclude"]').click();
    const dialog = staff.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /答复意见/ }).fill('已电话答复：用人单位未提前通知解除劳动合同的，可主张经济补偿，并可向劳动人事争议仲裁委员会申请仲裁。');
    await assertNoAxeViolations(staff, 'the conclude dialog');
    await dialog.getByRole('button', { name: '确认' }).click();
    await statusShown(staff, '已办结');
    await assertNoAxeViolations(staff, 'the concluded consult case');
  });

  it('the citizen reads the answer and rates the service', async () => {
    await openPortal(citizen, `${api.url}/leshan/consult/cases/${caseId}`);
    await statusShown(citizen, '已办结');
    await citizen.locator('[data-testid="outcome"]').getByText(/可主张经济补偿/).waitFor();
    await expectNoAxeViolationsInBothModes(citizen, 'the concluded tracking page');

    await citizen.getByRole('radio', { name: '满意', exact: true }).click();
    await citizen.getByRole('button', { name: /提交评价/ }).click();
    await citizen.locator('main').getByText(/已评价/).first().waitFor();
    expect(await caseSeenBy(citizen)).toMatchObject({ status: 'evaluated', outcomeReason: expect.stringContaining('可主张经济补偿') });
  });
});
