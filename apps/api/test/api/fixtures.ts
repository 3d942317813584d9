/** Valid request bodies the suites start from and then break one field at a time. */
import { residentIdCheckChar } from '@fawang/validators/ids';

/** A valid resident ID registered in Leshan (511102), born 1985-06-12. */
export const LESHAN_ID = (() => {
  const first17 = '51110219850612003';
  return first17 + residentIdCheckChar(first17);
})();

export function applicationInput(overrides: Record<string, unknown> = {}) {
  return {
    regionId: 'leshan',
    matterType: 'civil',
    caseSummary: '本人在建筑工地务工八个月，包工头拖欠工资两万三千元，多次讨要未果，请求法律援助追讨劳动报酬。',
    opposingParty: '乐山某建筑劳务有限公司',
    categories: ['migrant_worker_wages'],
    applicant: { name: '李秀英', idNumber: LESHAN_ID, phone: '13812345678', address: '四川省乐山市市中区嘉州大道 88 号' },
    household: { size: 3, monthlyIncome: 2100 },
    pledgeSigned: true,
    ...overrides,
  };
}

let counter = 0;
export function uniqueUsername(prefix = 'citizen'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}
