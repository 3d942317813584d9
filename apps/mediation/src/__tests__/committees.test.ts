import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, listPage, mountModule, organizationSummary, settle } from '@fawang/module-kit/testing';
import { FwSelect } from '@fawang/ui';
import mediation from '../index.js';

enableAutoUnmount(afterEach);

/** Query parameters of a recorded call such as 'GET /organizations?type=mediation_committee&…'. */
const params = (call: string | undefined) => Object.fromEntries(new URLSearchParams(call?.split('?')[1]));

const committees = [
  organizationSummary({ type: 'mediation_committee', name: '【示例数据】乐山市医疗纠纷人民调解委员会', mediation: { kind: 'industry', disputeTypes: ['medical'] } }),
  organizationSummary({ type: 'mediation_committee', name: '【示例数据】市中区通江街道人民调解委员会', mediation: { kind: 'township' } }),
];

async function openCommittees(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const api = fakeApi({ 'GET /organizations': () => listPage(committees) });
  const mounted = await mountModule(mediation, { fetch: api.fetch, locale });
  await settle();
  return { ...mounted, api };
}

async function chooseKind(wrapper: Awaited<ReturnType<typeof openCommittees>>['wrapper'], label: string) {
  const radio = wrapper.findAll('[role="radio"]').find((r) => wrapper.get(`#${r.attributes('aria-labelledby')}`).text() === label);
  await radio!.trigger('click');
  await settle();
}

describe('mediation committees directory (人民调解委员会名录)', () => {
  it('shows each committee with its kind and the dispute types it takes', async () => {
    const { wrapper, errors } = await openCommittees();
    expect(wrapper.findAll('th').map((th) => th.text())).toContain('类别与受理范围');
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((td) => td.text()));
    expect(rows[0]).toContain('行业性 · 医疗纠纷');
    expect(rows[1]).toContain('乡镇（街道）');
    expect(errors).toEqual([]);
  });

  it('offers the four kinds in a labelled radio group, all kinds at first', async () => {
    const { wrapper } = await openCommittees();
    const group = wrapper.get('[role="radiogroup"]');
    expect(wrapper.get(`#${group.attributes('aria-labelledby')}`).text()).toBe('委员会类别');
    const labels = wrapper.findAll('[role="radio"]').map((r) => wrapper.get(`#${r.attributes('aria-labelledby')}`).text());
    expect(labels).toEqual(['全部', '村（居）', '乡镇（街道）', '行业性', '专业性']);
    expect(wrapper.findAll('[role="radio"]')[0]!.attributes('aria-checked')).toBe('true');
    expect(wrapper.findComponent(FwSelect).exists()).toBe(false);
  });

  it('filters by kind, then by dispute type for industry committees, and drops the type for village committees', async () => {
    const { wrapper, api } = await openCommittees();
    await chooseKind(wrapper, '行业性');
    expect(params(api.calls.at(-1))).toMatchObject({ type: 'mediation_committee', mediationKind: 'industry', page: '1' });
    const select = wrapper.findComponent(FwSelect);
    expect(select.props('label')).toBe('受理纠纷类型');
    expect(select.props('options')).toContainEqual({ value: 'medical', label: '医疗纠纷' });
    select.vm.$emit('update:modelValue', 'medical');
    await settle();
    expect(params(api.calls.at(-1))).toMatchObject({ mediationKind: 'industry', disputeType: 'medical' });
    await chooseKind(wrapper, '村（居）');
    expect(params(api.calls.at(-1))).toMatchObject({ mediationKind: 'village' });
    expect(params(api.calls.at(-1))).not.toHaveProperty('disputeType');
    expect(wrapper.findComponent(FwSelect).exists()).toBe(false);
  });

  it('names kinds and dispute types in English', async () => {
    const { wrapper } = await openCommittees('en');
    expect(wrapper.get('h1').text()).toBe('Mediation committees');
    expect(wrapper.findAll('tbody tr')[0]!.text()).toContain('Industry · Medical disputes');
  });
});
