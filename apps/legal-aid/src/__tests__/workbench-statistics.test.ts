import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type Schemas } from '@fawang/contract';
import { fakeApi, missingMessageKeys, mountModule, settle } from '@fawang/module-kit/testing';
import legalAid from '../index.js';
import { messages } from '../messages/index.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];

const session = {
  user: { id: '00000000-0000-4000-8000-0000000000ff', username: 'admin', displayName: '周*', role: 'bureau_admin', regionId: 'leshan' },
  preferences: { locale: 'zh-CN', careMode: false, careFontSize: 18, highContrast: false },
  csrfToken: 'token',
  expiresAt: '2099-01-01T00:00:00Z',
};

function statistics(overrides: Partial<Schemas['LegalAidStatistics']> = {}): Schemas['LegalAidStatistics'] {
  return {
    regionId: 'leshan',
    total: 120,
    byStatus: APPLICATION_STATUSES.map((status) => ({ status, count: status === 'approved' ? 40 : 5 })),
    decided: 90,
    medianDecisionDays: 4.5,
    overdue: 3,
    aidedCases: 300,
    population: 3_000_000,
    aidedPer100k: 10,
    target: { indicatorId: 'legal_aid_per_100k', name: '每十万人法律援助案件数', value: 12.5, unit: '件/十万人', deadline: '2027', regionId: 'sichuan' },
    ...overrides,
  };
}

async function openStatistics(figures: Schemas['LegalAidStatistics']) {
  const api = fakeApi({ 'GET /auth/me': () => session, 'GET /legal-aid/statistics': () => figures, 'GET /regions': () => [] });
  const mounted = await mountModule(legalAid, { path: '/workbench/legal-aid/statistics', fetch: api.fetch });
  await settle();
  return { ...mounted, api };
}

describe('legal-aid statistics (法律援助统计)', () => {
  it('shows the figures of the admin region, by status in a captioned table, with the verdict against the target', async () => {
    const { wrapper, api, errors, router } = await openStatistics(statistics());
    expect(errors).toEqual([]);
    expect(router.currentRoute.value.meta).toMatchObject({ roles: ['bureau_admin'] });
    expect(api.calls).toContain('GET /legal-aid/statistics?regionId=leshan');
    expect(wrapper.get('h1').text()).toBe(zh.statistics.heading);
    const overview = wrapper.get('[data-testid="statistics-overview"]').text();
    for (const figure of ['120', '90', '3', '300', '3,000,000']) expect(overview).toContain(figure);
    expect(overview).toContain(zh.statistics.days.replace('{days}', '4.5'));

    const table = wrapper.get('table');
    expect(table.get('caption').text()).toBe(zh.statistics.byStatus);
    expect(table.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true);
    const approved = table.findAll('tbody tr').find((tr) => tr.get('th').text() === zh.statuses.approved)!;
    expect(approved.get('th').attributes('scope')).toBe('row');
    expect(approved.get('td').text()).toBe('40');

    expect(wrapper.get('[data-testid="statistics-verdict"]').text()).toBe(zh.statistics.notMet.replace('{gap}', '2.5 件/十万人'));
    expect(wrapper.get('[data-testid="statistics-progress"]').text()).toBe(zh.statistics.progress.replace('{percent}', '80').replace('{value}', '10').replace('{target}', '12.5'));
    expect(wrapper.text()).toContain('每十万人法律援助案件数');
    expect(wrapper.text()).toContain('2027');
  });

  it('says the target is met when the figure reaches it', async () => {
    const { wrapper } = await openStatistics(statistics({ aidedPer100k: 13 }));
    expect(wrapper.get('[data-testid="statistics-verdict"]').text()).toBe(zh.statistics.met);
  });

  it('handles absent values: no decisions yet, no target, no population', async () => {
    const noTarget = statistics({ decided: 0, target: undefined });
    delete noTarget.medianDecisionDays;
    delete noTarget.target;
    const first = await openStatistics(noTarget);
    expect(first.wrapper.text()).toContain(zh.statistics.noDecisions);
    expect(first.wrapper.get('[data-testid="statistics-verdict"]').text()).toBe(zh.statistics.noTarget);
    expect(first.wrapper.find('[data-testid="statistics-progress"]').exists()).toBe(false);
    first.wrapper.unmount();

    const noPopulation = statistics();
    delete noPopulation.population;
    delete noPopulation.aidedPer100k;
    const second = await openStatistics(noPopulation);
    expect(second.wrapper.text()).toContain(zh.statistics.notKnown);
    expect(second.wrapper.get('[data-testid="statistics-verdict"]').text()).toBe(zh.statistics.noFigure);
  });
});

describe('workbench messages', () => {
  it('has every message the definition names in zh-CN and en', () => {
    expect(missingMessageKeys(legalAid)).toEqual([]);
  });

  it('has every literal key the workbench pages use in zh-CN and en', () => {
    const folders = ['../workbench', '../cases', '../public', '../citizen'].map((folder) => new URL(folder, import.meta.url).pathname);
    const sources = folders.flatMap((folder) => readdirSync(folder).filter((name) => /\.(vue|ts)$/.test(name)).map((name) => readFileSync(join(folder, name), 'utf8')));
    const keys = [...new Set(sources.flatMap((source) => [...source.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)].map((match) => match[1]!)))];
    expect(keys.length).toBeGreaterThan(50);
    const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
    const missing = (['zh-CN', 'en'] as const).flatMap((locale) => keys.filter((key) => typeof lookup(messages[locale], key) !== 'string').map((key) => `${locale}:${key}`));
    expect(missing).toEqual([]);
  });
});
