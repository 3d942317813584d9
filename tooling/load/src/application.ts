/** Valid, varied 法律援助 legal-aid application bodies for the citizens of the benchmark. */
import { residentIdCheckChar } from '@fawang/validators/ids';

/** 乐山市市中区 Shizhong district of Leshan: the address code the region's applicants are registered under. */
const LESHAN_DIVISION = '511102';
const BIRTH_EPOCH = Date.UTC(1950, 0, 1);
const DAY_MS = 86_400_000;

/**
 * A synthetic 18-digit resident ID (GB 11643) for citizen number `n`: Leshan address code, a birth date
 * between 1950 and 2004 and a sequence number, with the correct check character.
 */
export function residentIdFor(n: number): string {
  const birth = new Date(BIRTH_EPOCH + (n % 20_000) * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${LESHAN_DIVISION}${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

const MATTERS = [
  { matterType: 'civil', categories: ['migrant_worker_wages'], opposingParty: '乐山某建筑劳务有限公司', summary: (k: number) => `本人在建筑工地务工${k % 11 + 2}个月，包工头拖欠工资${k % 40 + 5}千元，多次讨要未果，请求法律援助追讨劳动报酬。` },
  { matterType: 'civil', categories: ['abuse_or_domestic_violence'], opposingParty: '配偶', summary: (k: number) => `婚后第${k % 15 + 1}年起多次遭受家庭暴力，已报警${k % 5 + 1}次，请求法律援助申请人身安全保护令并离婚。` },
  { matterType: 'civil', categories: ['elderly_no_income'], opposingParty: '子女', summary: (k: number) => `本人年满${k % 20 + 70}岁，无固定收入，子女拒绝支付赡养费已${k % 24 + 1}个月，请求法律援助追索赡养费。` },
  { matterType: 'administrative', categories: [], opposingParty: '某行政机关', summary: (k: number) => `本人房屋被认定为违章建筑拟予拆除，面积约${k % 90 + 30}平方米，对该决定不服，请求法律援助提起行政诉讼。` },
] as const;

/** The body of submission `k` by citizen `citizen`: region leshan, pledge signed, submitted (not a draft). */
export function applicationBody(citizen: number, k: number) {
  const matter = MATTERS[(citizen + k) % MATTERS.length]!;
  return {
    regionId: 'leshan',
    matterType: matter.matterType,
    caseSummary: `${matter.summary(citizen * 7 + k)}（编号 ${citizen}-${k}）`,
    opposingParty: matter.opposingParty,
    categories: [...matter.categories],
    applicant: {
      name: `压测申请人${citizen}`,
      idNumber: residentIdFor(citizen),
      phone: `139${String(10_000_000 + citizen).slice(-8)}`,
      address: `四川省乐山市市中区嘉州大道 ${citizen % 500 + 1} 号`,
    },
    household: { size: (citizen % 5) + 1, monthlyIncome: 1500 + ((citizen * 37) % 2000) },
    pledgeSigned: true,
  };
}
