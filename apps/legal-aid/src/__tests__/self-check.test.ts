import { enableAutoUnmount, type DOMWrapper, type VueWrapper } from '@vue/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountModule, settle } from '@fawang/module-kit/testing';
import legalAid from '../index.js';
import { localDate } from '../public/self-check/input.js';
import { messages } from '../messages/index.js';
import { loadBuiltInRegions } from '@fawang/regions/node';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
type Messages = typeof zh;
const registry = await loadBuiltInRegions();
const leshan = registry.get('leshan')!;

// Only the clock is fake: the page reads today's date, and settle() still needs real timers.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});
afterAll(() => vi.useRealTimers());

async function openSelfCheck() {
  const mounted = await mountModule(legalAid, { path: '/legal-aid/self-check', region: leshan });
  await settle();
  expect(mounted.errors).toEqual([]);
  return mounted;
}

/** The FwFormField whose label is `label`: its input or its checkboxes. */
function field(wrapper: VueWrapper, label: string) {
  const found = wrapper.findAll('.fw-form-field').find((candidate) => candidate.find('label, .fw-form-field__label').text().startsWith(label));
  if (!found) throw new Error(`no field labelled ${label}`);
  return found;
}

/** A checkbox's or a radio's name: the text of the label it points to. */
const nameOf = (control: DOMWrapper<Element>) => document.getElementById(control.attributes('aria-labelledby')!)?.textContent?.trim();

async function fill(wrapper: VueWrapper, values: { size: number; income: number; assets?: number; categories?: string[] }, text: Messages = zh) {
  await field(wrapper, text.selfCheck.form.householdSize).get('input').setValue(String(values.size));
  await field(wrapper, text.selfCheck.form.income).get('input').setValue(String(values.income));
  if (values.assets !== undefined) await field(wrapper, text.selfCheck.form.assets).get('input').setValue(String(values.assets));
  for (const name of values.categories ?? []) {
    const box = wrapper.findAll('[role="checkbox"]').find((candidate) => nameOf(candidate) === name);
    if (!box) throw new Error(`no category ${name}`);
    await box.trigger('click');
  }
  await wrapper.get('form').trigger('submit');
  await settle();
}

const reasons = (wrapper: VueWrapper) => wrapper.findAll('[data-rule]').map((item) => [item.attributes('data-rule'), item.text()]);

describe('legal-aid self-check (自助评估)', () => {
  it('is a public page of the module, in its navigation and on the home page', async () => {
    const { wrapper, router } = await openSelfCheck();
    expect(router.currentRoute.value.name).toBe('legal-aid:self-check');
    expect(wrapper.get('h1').text()).toBe(zh.selfCheck.title);
    expect(legalAid.nav).toContainEqual(expect.objectContaining({ label: 'nav.selfCheck', to: 'self-check' }));
    expect(legalAid.homeCards).toContainEqual(expect.objectContaining({ title: 'cards.selfCheck.title', to: 'self-check' }));
    // The directory stays the landing page.
    expect(legalAid.routes[0]!.path).toBe('');
  });

  it("offers the region profile's categories, grouped by §32, §42 and the pledge", async () => {
    const { wrapper } = await openSelfCheck();
    const names = (label: string) => field(wrapper, label).findAll('[role="checkbox"]').map(nameOf);
    const { exemptCategories, pledgeCategories } = leshan.legalAid.hardship;
    expect(names(zh.selfCheck.form.categories.art32)).toEqual(exemptCategories.filter((c) => c.basis === 'art32').map((c) => c.name));
    expect(names(zh.selfCheck.form.categories.art42)).toEqual(exemptCategories.filter((c) => c.basis === 'art42').map((c) => c.name));
    expect(names(zh.selfCheck.form.categories.pledge)).toEqual(pledgeCategories.map((c) => c.name));
    expect(wrapper.findAll('[role="radio"]').map(nameOf)).toEqual(leshan.legalAid.matterTypes.map((type) => zh.matterTypes[type]));
  });

  it('finds a Leshan household within the threshold eligible, with the threshold and the reasons', async () => {
    const { wrapper } = await openSelfCheck();
    await fill(wrapper, { size: 3, income: 1600 * 3, assets: 50000 });
    const result = wrapper.get('section');
    expect(result.get('h2').text()).toBe(zh.selfCheck.result.heading);
    // The heading takes focus, so a screen reader announces the result.
    expect(document.activeElement).toBe(result.get('h2').element);
    expect(result.text()).toContain(zh.selfCheck.result.outcomes.eligible);
    expect(result.text()).toContain(zh.selfCheck.result.needs.documents);
    expect(result.text()).toContain('每人每月 1,600 元 × 3 人 = 4,800 元');
    expect(result.text()).toContain('2024-07-01');
    expect(result.text()).toContain(leshan.legalAid.hardship.thresholds.at(-1)!.basis);
    expect(reasons(wrapper)).toEqual([
      ['threshold.effective:2024-07-01', '适用自 2024-07-01 起施行的经济困难标准。'],
      ['hardship.income_within_threshold', '家庭人均月收入不超过 1,600 元，符合经济困难标准。'],
      ['hardship.assets_within_limit', '家庭资产不超过 50,000 元的上限。'],
      ['verification.documents', zh.reasons.verification.documents],
    ]);
  });

  it('finds one yuan per member above the threshold not eligible', async () => {
    const { wrapper } = await openSelfCheck();
    await fill(wrapper, { size: 3, income: 1601 * 3 });
    expect(wrapper.get('section').text()).toContain(zh.selfCheck.result.outcomes.not_eligible);
    expect(reasons(wrapper).map(([id]) => id)).toEqual(['threshold.effective:2024-07-01', 'hardship.income_above_threshold', 'hardship.assets_not_declared']);
  });

  it('exempts a §42 applicant from verification, naming the category from the profile', async () => {
    const { wrapper } = await openSelfCheck();
    const migrant = leshan.legalAid.hardship.exemptCategories.find((c) => c.id === 'art42-migrant-workers')!;
    await fill(wrapper, { size: 1, income: 99999, categories: [migrant.name] });
    const result = wrapper.get('section');
    expect(result.text()).toContain(zh.selfCheck.result.outcomes.exempt_from_verification);
    // No income test ran, so no threshold is shown.
    expect(result.text()).not.toContain(zh.selfCheck.result.threshold.heading);
    expect(reasons(wrapper)).toEqual([['verification.exempt_category:art42-migrant-workers', `${migrant.name}：免予核查经济困难状况（法律援助法第四十二条）。`]]);
  });

  it("shows the engine's input errors on the field and no result", async () => {
    const { wrapper } = await openSelfCheck();
    await fill(wrapper, { size: 2.5, income: -1 });
    expect(wrapper.find('section').exists()).toBe(false);
    expect(field(wrapper, zh.selfCheck.form.householdSize).text()).toContain('请填写 1 到 20 之间的整数。');
    expect(field(wrapper, zh.selfCheck.form.income).text()).toContain(zh.selfCheck.errors.monthlyHouseholdIncomeYuan);
  });

  it("takes Beijing's pledge from every applicant (告知承诺制), named from its profile", async () => {
    const beijing = registry.get('beijing')!;
    const forAll = beijing.legalAid.hardship.pledgeCategories.find((c) => c.allApplicants === true)!;
    const { wrapper } = await mountModule(legalAid, { path: '/legal-aid/self-check', region: beijing });
    await settle();
    // Nobody has to claim a pledge open to everyone, so it is not offered.
    expect(wrapper.findAll('[role="checkbox"]').map(nameOf)).not.toContain(forAll.name);
    await fill(wrapper, { size: 1, income: 0 });
    expect(wrapper.get('section').text()).toContain(zh.selfCheck.result.needs.pledge);
    expect(reasons(wrapper).at(-1)).toEqual([`verification.pledge_for_all:${forAll.id}`, `${forAll.name}：本地区因经济困难申请的人都可以个人诚信承诺说明经济困难状况（法律援助法第四十一条）。`]);
  });

  it('has a sentence for every rule id of the engine, in zh-CN and en', () => {
    // The rule ids of @fawang/legal-aid-eligibility's README, without their `:<id>` part.
    const ruleIds = [
      'matter_type.not_covered',
      'hardship.exempt_category',
      'verification.exempt_category',
      'threshold.none_in_force',
      'threshold.effective',
      'hardship.income_within_threshold',
      'hardship.income_above_threshold',
      'hardship.assets_within_limit',
      'hardship.assets_above_limit',
      'hardship.assets_not_declared',
      'verification.pledge_category',
      'verification.pledge_for_all',
      'verification.documents',
    ];
    const sentence = (tree: object, id: string) => id.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
    for (const locale of [messages['zh-CN'], messages.en]) {
      expect(ruleIds.filter((id) => typeof sentence(locale.reasons, id) !== 'string')).toEqual([]);
    }
  });

  it("assesses on the browser's local date", () => {
    // Late evening in the browser is still that day, whatever the UTC date is.
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2024, 6, 1, 0, 0))).toBe('2024-07-01');
  });

  it('speaks English', async () => {
    const { wrapper } = await mountModule(legalAid, { path: '/legal-aid/self-check', region: leshan, locale: 'en' });
    await settle();
    await fill(wrapper, { size: 1, income: 0 }, messages.en);
    expect(wrapper.get('section').text()).toContain(messages.en.selfCheck.result.outcomes.eligible);
    expect(wrapper.text()).toContain('12348');
  });
});
