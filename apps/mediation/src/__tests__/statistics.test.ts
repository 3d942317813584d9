import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { mountModule, settle } from '@fawang/module-kit/testing';
import mediation from '../index.js';
import { messages } from '../messages/index.js';
import { propertyCommittee, recordingApi, streetCommittee } from './cases-fixtures.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
const en = messages.en;

const figures: Schemas['MediationStatistics'] = {
  regionId: 'leshan',
  committees: [
    { committee: streetCommittee, cases: 12, agreed: 9, failed: 1, successRate: 0.9, medianDaysToOutcome: 6 },
    // No outcome yet: no rate and no median, which is not 0.
    { committee: propertyCommittee, cases: 2, agreed: 0, failed: 0 },
  ],
  mediators: 8,
  fullTimeMediators: 2,
  fullTimeShare: 0.25,
};

async function openStatistics(answer: Schemas['MediationStatistics'], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const api = recordingApi({ 'GET /mediation/statistics': () => answer });
  const mounted = await mountModule(mediation, { path: '/workbench/mediation/statistics', fetch: api.fetch, locale });
  await settle();
  expect(mounted.errors).toEqual([]);
  return { ...mounted, api };
}

describe('mediation statistics (人民调解统计)', () => {
  it('is for the bureau only and shows each committee, with missing figures said as such', async () => {
    const { wrapper, router, api } = await openStatistics(figures);
    expect(router.currentRoute.value.meta).toMatchObject({ roles: ['bureau_admin'] });
    expect(api.calls).toEqual(['GET /mediation/statistics?regionId=leshan']);
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(rows).toEqual([
      [streetCommittee.name, '12', '9', '1', '90%', '6'],
      [propertyCommittee.name, '2', '0', '0', zh.statistics.none, zh.statistics.none],
    ]);
  });

  it('says the full-time share and that the plan sets no target when it has none', async () => {
    const { wrapper } = await openStatistics(figures);
    expect(wrapper.get('[data-testid="full-time-share"]').text()).toBe(`本地区共有人民调解员 8 名，其中专职 2 名，占 25%。${zh.statistics.noTarget}`);
    expect(wrapper.find('[data-testid="success-target"]').exists()).toBe(false);
  });

  it('measures the share against the plan target in words', async () => {
    const target = { indicatorId: 'full_time_mediator_share', name: '专职人民调解员占比', value: 40, unit: '%', regionId: 'sichuan' };
    const { wrapper } = await openStatistics({ ...figures, fullTimeShareTarget: target });
    expect(wrapper.get('[data-testid="full-time-share"]').text()).toContain('规划目标（专职人民调解员占比）：40%。低于规划目标 15 个百分点。');
    const met = await openStatistics({ ...figures, fullTimeShare: 0.5, fullTimeMediators: 4, fullTimeShareTarget: target }, 'en');
    expect(met.wrapper.get('[data-testid="full-time-share"]').text()).toContain(en.statistics.meets);
  });

  it('says when no mediator is registered', async () => {
    const { wrapper } = await openStatistics({ regionId: 'leshan', committees: [], mediators: 0, fullTimeMediators: 0 });
    expect(wrapper.text()).toContain(zh.statistics.empty);
    expect(wrapper.get('[data-testid="full-time-share"]').text()).toBe(zh.statistics.noMediators);
  });
});
