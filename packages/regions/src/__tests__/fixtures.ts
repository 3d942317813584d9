/** A complete root profile and small helpers shared by the tests. */
import { MODULE_IDS, RegionProfileError } from '../index.js';

export const root = {
  id: 'province-a',
  name: '甲省',
  level: 'province',
  divisionCode: '510000',
  locales: ['zh-CN', 'en'],
  branding: { siteName: '甲省法律服务网', brandColor: '#1f5fa8' },
  channels: {
    hotlines: [
      { name: '公共法律服务热线', number: '12348', hours: '7×24' },
      { name: '双语坐席', number: '12348-1' },
    ],
    online: [{ name: '甲省法网', kind: 'website' }],
  },
  site: { organizer: '甲省司法厅（示例）', siteCode: 'DEMO510000', publicSecurity: { text: '公网安备（示例）', code: '00000000000000' } },
  modules: Object.fromEntries(MODULE_IDS.map((id) => [id, { enabled: true }])),
  servicePoints: [{ id: 'a-centre', name: '甲省公共法律服务中心', kind: 'centre', level: 'province', divisionCode: '510000', address: '甲省' }],
  legalAid: {
    deadlines: { decideWithinDays: 7, assignWithinDays: 3, objectionReviewWithinDays: 5, dayCounting: 'working' },
    matterTypes: ['civil', 'administrative', 'criminal'],
    hardship: {
      thresholds: [
        { effectiveFrom: '2022-01-01', monthlyIncomePerMemberYuan: 1400, basis: '示例' },
        { effectiveFrom: '2024-01-01', monthlyIncomePerMemberYuan: 1600, basis: '示例' },
      ],
      exemptCategories: [{ id: 'art42-migrant-workers', name: '农民工请求支付劳动报酬', basis: 'art42' }],
      pledgeCategories: [],
    },
  },
  notary: { catalogue: [{ id: 'birth', name: '出生公证', online: true, maxOneVisit: true }] },
  arbitration: {
    feeSchedules: [
      {
        effectiveFrom: '1995-09-01',
        acceptance: [
          { upToYuan: 1000, baseYuan: 100, rate: 0 },
          { upToYuan: null, baseYuan: 100, rate: 0.04 },
        ],
        basis: '示例',
      },
    ],
  },
  indicators: [{ id: 'lawyers-per-10k', name: '每万人拥有律师数', unit: '名/万人', kind: 'expected', target: { value: 4 }, deadline: '2025', source: '002 L83–86' }],
};

/** A city of `root` that states only `settings`. */
export const city = (settings: Record<string, unknown> = {}) => ({ id: 'city-b', name: '乙市', level: 'city', parent: 'province-a', ...settings });

export function errorOf(fn: () => unknown): RegionProfileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RegionProfileError) return error;
    throw error;
  }
  throw new Error('expected a RegionProfileError');
}

export async function rejectionOf(promise: Promise<unknown>): Promise<RegionProfileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegionProfileError) return error;
    throw error;
  }
  throw new Error('expected a RegionProfileError');
}
