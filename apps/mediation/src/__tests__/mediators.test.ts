import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, listPage, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import { FwSelect } from '@fawang/ui';
import mediation from '../index.js';
import type { Mediator } from '../public/registry.js';

enableAutoUnmount(afterEach);

const params = (call: string | undefined) => Object.fromEntries(new URLSearchParams(call?.split('?')[1]));

function mediator(overrides: Partial<Mediator>): Mediator {
  return {
    id: '00000000-0000-4000-8000-0000000000e1',
    type: 'mediator',
    name: '【示例数据】阿说伍呷',
    gender: 'female',
    licenceNumber: '55111201220000001',
    organizationId: '00000000-0000-4000-8000-0000000000d1',
    organizationName: '【示例数据】峨边彝族自治县沙坪镇人民调解委员会',
    regionId: 'leshan',
    divisionCode: '511132100',
    specialties: ['marriage_family'],
    yearsOfPractice: 12,
    status: 'active',
    demo: true,
    languages: ['zh', 'ii'],
    mediator: { fullTime: true, grade: 'first' },
    ...overrides,
  };
}

const mediators = [
  mediator({}),
  mediator({ id: '00000000-0000-4000-8000-0000000000e2', name: '【示例数据】王秀兰', languages: ['zh'], mediator: { fullTime: false, grade: 'chief' } }),
];

async function openMediators(options: { locale?: 'zh-CN' | 'en'; practitioners?: FakeRoute } = {}) {
  const api = fakeApi({ 'GET /practitioners': options.practitioners ?? (() => listPage(mediators)) });
  const mounted = await mountModule(mediation, { fetch: api.fetch, path: '/mediation/mediators', locale: options.locale });
  await settle();
  return { ...mounted, api };
}

describe('mediators page (人民调解员名录)', () => {
  it('lists the mediators of the region division with committee, grade, full-time flag and languages', async () => {
    const { wrapper, api, errors } = await openMediators();
    expect(wrapper.get('h1').text()).toBe('人民调解员名录');
    expect(wrapper.get('caption').text()).toBe('人民调解员名录');
    expect(params(api.calls[0])).toEqual({ type: 'mediator', divisionCode: '511100', page: '1', pageSize: '10', sort: 'name' });
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['姓名', '所在调解委员会', '等级', '专职或兼职', '服务语言']);
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((td) => td.text()));
    expect(rows[0]).toEqual(['【示例数据】阿说伍呷', '【示例数据】峨边彝族自治县沙坪镇人民调解委员会', '一级人民调解员', '专职', '普通话、彝语']);
    expect(rows[1]).toEqual(['【示例数据】王秀兰', '【示例数据】峨边彝族自治县沙坪镇人民调解委员会', '首席人民调解员', '兼职', '普通话']);
    expect(errors).toEqual([]);
  });

  it('searches by name and filters by full-time flag and language, from the first page', async () => {
    const { wrapper, api } = await openMediators();
    await wrapper.get('input[type="search"]').setValue(' 阿说 ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await settle();
    expect(params(api.calls.at(-1))).toMatchObject({ type: 'mediator', q: '阿说', page: '1' });

    const group = wrapper.get('[role="radiogroup"]');
    expect(wrapper.get(`#${group.attributes('aria-labelledby')}`).text()).toBe('专职或兼职');
    const fullTime = wrapper.findAll('[role="radio"]').find((r) => wrapper.get(`#${r.attributes('aria-labelledby')}`).text() === '专职');
    await fullTime!.trigger('click');
    await settle();
    expect(params(api.calls.at(-1))).toMatchObject({ q: '阿说', fullTime: 'true' });

    const language = wrapper.findComponent(FwSelect);
    expect(language.props('label')).toBe('服务语言');
    expect(language.props('options')).toEqual([
      { value: 'all', label: '全部语言' },
      { value: 'zh', label: '普通话' },
      { value: 'ii', label: '彝语' },
      { value: 'bo', label: '藏语' },
      { value: 'en', label: '英语' },
    ]);
    language.vm.$emit('update:modelValue', 'bo');
    await settle();
    expect(params(api.calls.at(-1))).toMatchObject({ fullTime: 'true', language: 'bo', page: '1' });
  });

  it('names grades and languages in English', async () => {
    const { wrapper } = await openMediators({ locale: 'en' });
    expect(wrapper.get('h1').text()).toBe("People's mediators");
    expect(wrapper.findAll('tbody tr')[0]!.findAll('td').map((td) => td.text()).slice(2)).toEqual(['First-grade mediator', 'Full-time', 'Mandarin, Yi']);
  });

  it('says so when no mediator matches, and shows an error state when the API fails', async () => {
    const empty = await openMediators({ practitioners: () => listPage([]) });
    expect(empty.wrapper.text()).toContain('没有符合条件的调解员。');
    const unavailable = () => jsonResponse({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'unavailable', detail: '名录服务暂时不可用' }, 503);
    const failed = await openMediators({ practitioners: unavailable });
    expect(failed.wrapper.get('[role="alert"]').text()).toContain('名录服务暂时不可用');
    expect(failed.wrapper.find('table').exists()).toBe(false);
  });
});
