import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { assertNoAxeViolations } from '../src/axe.js';
import { launchChromium } from '../src/browser.js';
import { MINIMAL_PDF } from '../src/files.js';
import { openPortal, signIn } from '../src/portal.js';

/**
 * Issue 5's scenario, in the browser against the real server: a Leshan citizen applies for 法律援助 through
 * the wizard (with a document and the integrity pledge) → Leshan's legal-aid officer reviews, approves and
 * assigns a lawyer from the roster → the citizen sees the assignment → the officer starts and closes the
 * case → the citizen rates it; Zhongshan's officer cannot see the application. axe runs on every page the
 * people pass through (care mode is covered in a11y.test.ts).
 */
let api: ApiServer;
let browser: Browser;
let citizen: Page;
let officer: Page;

/** A resident ID number with a valid GB 11643 check character (the standard's own example). */
const ID_NUMBER = '11010519491231002X';

beforeAll(async () => {
  [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
  citizen = await (await browser.newContext({ viewport: { width: 412, height: 900 } })).newPage();
  officer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** The wizard's current step heading, e.g. 第 2 步：申请人. */
async function atStep(page: Page, n: number): Promise<void> {
  await page.locator('.fw-wizard__heading', { hasText: `第 ${n} 步` }).waitFor();
}

async function next(page: Page, step: number): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await atStep(page, step);
}

/** Runs one workflow action from the officer's detail and waits until the status badge shows its result. */
async function officerAction(page: Page, action: string, status: string): Promise<void> {
  await page.locator(`[data-action="${action}"]`).click();
  await page.locator('.fw-legal-aid-detail').getByText(status, { exact: true }).first().waitFor();
}

let applicationId = '';
let reference = '';

describe('a Leshan citizen applies, the officer decides and assigns, the citizen follows and rates', () => {
  it('the citizen fills the wizard, uploads a document, signs the pledge and submits', async () => {
    await signIn(citizen, api.url, 'leshan', 'leshan.citizen', '/legal-aid/apply');
    await atStep(citizen, 1);
    await assertNoAxeViolations(citizen, 'apply step 1');

    await citizen.getByRole('radio', { name: '民事' }).click();
    await citizen.getByRole('textbox', { name: /案情简述/ }).fill('工地老板拖欠我三个月工资共一万二千元，多次讨要未果，希望得到法律援助追讨。');
    await next(citizen, 2);
    await citizen.getByRole('textbox', { name: /申请人姓名/ }).fill('王小明');
    await citizen.getByRole('textbox', { name: /居民身份证号码/ }).fill(ID_NUMBER);
    await citizen.getByRole('textbox', { name: /手机号码/ }).fill('13800138000');
    await citizen.getByRole('textbox', { name: /住址/ }).fill('四川省乐山市市中区人民路 1 号');
    await assertNoAxeViolations(citizen, 'apply step 2');
    await next(citizen, 3);
    await citizen.getByRole('spinbutton', { name: /家庭人口/ }).or(citizen.getByRole('textbox', { name: /家庭人口/ })).fill('3');
    await citizen.getByRole('spinbutton', { name: /家庭月收入/ }).or(citizen.getByRole('textbox', { name: /家庭月收入/ })).fill('1200');
    await citizen.locator('.fw-legal-aid-estimate, [aria-live="polite"]').filter({ hasText: '估计' }).first().waitFor();
    await assertNoAxeViolations(citizen, 'apply step 3 with the estimate');
    await next(citizen, 4);

    await citizen.locator('[data-kind="case_material"] input[type="file"]').setInputFiles({ name: '欠条.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await citizen.locator('[data-kind="case_material"] .fw-file-upload__item--done').getByText('欠条.pdf').waitFor();
    // The upload is stored on the server before the wizard moves on (下一步 waits for a file still
    // uploading: leaving the step would abort it), and the draft names it.
    await expect.poll(() => citizen.locator('[data-testid="draft-status"]').textContent(), { timeout: 10_000 }).toMatch(/草稿已保存/);
    await assertNoAxeViolations(citizen, 'apply step 4 with an uploaded document');
    await next(citizen, 5);
    await citizen.getByRole('checkbox', { name: /我已阅读并同意/ }).click();
    await next(citizen, 6);
    await citizen.getByText('欠条.pdf').first().waitFor();
    await assertNoAxeViolations(citizen, 'apply review step');

    await citizen.getByRole('button', { name: '提交申请' }).click();
    await citizen.waitForURL(/\/leshan\/legal-aid\/submitted\//);
    applicationId = new URL(citizen.url()).pathname.split('/').at(-1)!;
    await citizen.locator('main').getByText(/FY-511100-/).first().waitFor();
    reference = (await citizen.locator('main').textContent())?.match(/FY-511100-\d{8}-[0-9A-F]+/)?.[0] ?? '';
    expect(reference).not.toBe('');
    await assertNoAxeViolations(citizen, 'the confirmation');
  });

  it('the draft is gone after submission: the wizard starts afresh', async () => {
    await openPortal(citizen, `${api.url}/leshan/legal-aid/apply`);
    await atStep(citizen, 1);
    expect(await citizen.getByRole('radio', { name: '民事' }).getAttribute('aria-checked')).toBe('false');
  });

  it('the wizard works with the keyboard alone: choices, text and the next step, with focus on its heading', async () => {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await signIn(page, api.url, 'leshan', 'leshan.citizen', '/legal-aid/apply');
    await atStep(page, 1);
    const radio = page.getByRole('radio', { name: '民事' });
    // Tab until the matter-type group has focus, then choose with Space, as a keyboard user would.
    for (let i = 0; i < 40 && !(await radio.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await radio.getAttribute('aria-checked')).toBe('true');
    const summary = page.getByRole('textbox', { name: /案情简述/ });
    for (let i = 0; i < 40 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('邻居装修噪音和漏水问题，协商不成，想请法律援助律师帮助。');
    const nextButton = page.getByRole('button', { name: '下一步' });
    for (let i = 0; i < 20 && !(await nextButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await atStep(page, 2);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('第 2 步');
    // Nothing on the page is wider than a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('the leshan officer finds it in the queue, reviews, approves and assigns a lawyer from the roster', async () => {
    await signIn(officer, api.url, 'leshan', 'leshan.legal_aid_officer', '/workbench/legal-aid/');
    await officer.locator('main table').getByText(reference).waitFor();
    await assertNoAxeViolations(officer, 'the queue');
    await officer.locator('main table').getByRole('link', { name: reference }).click();
    await officer.locator('.fw-legal-aid-detail dl').first().waitFor();
    await officer.getByRole('link', { name: /欠条\.pdf/ }).first().waitFor();
    await assertNoAxeViolations(officer, 'the application detail');

    await officerAction(officer, 'start_review', '审查中');
    await officerAction(officer, 'approve', '准予援助');
    await officer.locator('[data-action="assign"]').click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByRole('radio', { name: '律师', exact: true }).click();
    const firstLawyer = dialog.locator('[data-testid="roster-results"] [role="radio"]').first();
    await firstLawyer.waitFor();
    await assertNoAxeViolations(officer, 'the assign dialog with the roster');
    const lawyer = (await firstLawyer.getAttribute('aria-label')) ?? '';
    await firstLawyer.click();
    await dialog.getByRole('button', { name: '确认' }).click();
    await officer.locator('.fw-legal-aid-detail').getByText('已指派', { exact: true }).first().waitFor();
    expect(lawyer).not.toBe('');
    await officer.locator('.fw-legal-aid-detail').getByText(lawyer.split(/[，,（(]/)[0]!).first().waitFor();
  });

  it('the citizen sees the assignment on the tracking page', async () => {
    await openPortal(citizen, `${api.url}/leshan/legal-aid/applications/${applicationId}`);
    await citizen.locator('main').getByText('已指派', { exact: true }).first().waitFor();
    await citizen.locator('main').getByText(/律师/).first().waitFor();
    await assertNoAxeViolations(citizen, 'the tracking page (assigned)');
  });

  it('the officer starts the case and closes it with an outcome', async () => {
    await officerAction(officer, 'start', '承办中');
    await officer.locator('[data-action="close"]').click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /结案/ }).fill('经调解，用人单位支付拖欠工资一万二千元。');
    await dialog.getByRole('button', { name: '确认' }).click();
    await officer.locator('.fw-legal-aid-detail').getByText('已结案', { exact: true }).first().waitFor();
    await assertNoAxeViolations(officer, 'the closed application with the quality review');
  });

  it('the citizen rates the closed case (五级评价)', async () => {
    await openPortal(citizen, `${api.url}/leshan/legal-aid/applications/${applicationId}`);
    await citizen.locator('main').getByText('已结案', { exact: true }).first().waitFor();
    await assertNoAxeViolations(citizen, 'the tracking page (closed, rating form)');
    await citizen.getByRole('radio', { name: '非常满意' }).click();
    await citizen.getByRole('button', { name: /提交评价/ }).click();
    await citizen.locator('main').getByText(/已评价/).first().waitFor();
    const status = await citizen.evaluate(async (id) => {
      const response = await fetch(`/api/v1/legal-aid/applications/${id}`);
      return ((await response.json()) as { status: string }).status;
    }, applicationId);
    expect(status).toBe('evaluated');
  });

  it('the zhongshan officer cannot see it: not in the queue, not by its address', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, api.url, 'zhongshan', 'zhongshan.legal_aid_officer', '/workbench/legal-aid/');
    // The queue has loaded when its rows link to applications (Zhongshan's own samples).
    await page.locator('main table tbody tr a').first().waitFor();
    expect(reference).not.toBe('');
    expect(await page.locator('main').textContent()).not.toContain(reference);
    await openPortal(page, `${api.url}/zhongshan/workbench/legal-aid/?id=${applicationId}`);
    await page.locator('main').getByText(/不存在|找不到|未找到/).first().waitFor();
    const status = await page.evaluate(async (id) => (await fetch(`/api/v1/legal-aid/applications/${id}`)).status, applicationId);
    expect(status).toBe(404);
  });
});
