/**
 * Synthetic practitioners (示例从业人员) and their public credit records, generated one at a time so that
 * the benchmark's 200,000-practitioner seed does not have to sit in memory. Lawyers dominate, as they do
 * in the directory; every organization that must have staff gets at least one; the rest are spread by a
 * weight that favours the big cities (Beijing alone has tens of thousands of lawyers).
 */
import type { MediatorGrade, PractitionerType, Schemas, Specialty } from '@fawang/contract';
import type { creditRecords, practitioners } from '../db/schema.js';
import { BIOGRAPHY_BODIES, BIOGRAPHY_CLOSINGS, BIOGRAPHY_OPENINGS, PRACTITIONER_TYPE_ZH, SANCTION_REASONS, SPECIALTY_ZH } from './names.js';
import type { OrganizationRow } from './organizations.js';
import { REFERENCE_YEAR, type Random } from './random.js';

export type PractitionerRow = typeof practitioners.$inferInsert & { id: string };
export type CreditRecordRow = typeof creditRecords.$inferInsert;

const TYPE_WEIGHTS: readonly (readonly [PractitionerType, number])[] = [
  ['lawyer', 56],
  ['mediator', 16],
  ['grassroots_legal_worker', 7],
  ['notary', 6],
  ['appraiser', 6],
  ['legal_aid_worker', 5],
  ['arbitrator', 4],
];

/** Where each kind of practitioner works. */
const WORKPLACES: Readonly<Record<PractitionerType, readonly OrganizationRow['type'][]>> = {
  lawyer: ['law_firm'],
  notary: ['notary_office'],
  appraiser: ['forensic_institution'],
  arbitrator: ['arbitration_commission'],
  mediator: ['mediation_committee'],
  legal_aid_worker: ['legal_aid_centre'],
  grassroots_legal_worker: ['service_station', 'service_centre'],
};

/** The kinds of organization that look wrong without anyone on their staff list. */
const STAFFED: Partial<Record<OrganizationRow['type'], PractitionerType>> = {
  law_firm: 'lawyer',
  notary_office: 'notary',
  forensic_institution: 'appraiser',
  arbitration_commission: 'arbitrator',
};

const SPECIALTY_WEIGHTS: Readonly<Record<PractitionerType, readonly (readonly [Specialty, number])[]>> = {
  lawyer: [
    ['civil', 10], ['contract', 9], ['criminal', 8], ['marriage_family', 7], ['labour', 6], ['company', 6],
    ['real_estate', 5], ['traffic_accident', 4], ['finance', 3], ['intellectual_property', 3], ['administrative', 3],
    ['medical_dispute', 2], ['inheritance', 2], ['tax', 1], ['environment', 1], ['foreign_related', 1], ['juvenile', 1], ['consumer', 1],
  ],
  notary: [['inheritance', 5], ['real_estate', 4], ['contract', 3], ['foreign_related', 3], ['company', 2], ['civil', 2]],
  appraiser: [['traffic_accident', 5], ['medical_dispute', 4], ['civil', 3], ['criminal', 3], ['environment', 1]],
  arbitrator: [['contract', 5], ['company', 4], ['finance', 3], ['real_estate', 3], ['intellectual_property', 2], ['foreign_related', 1]],
  mediator: [['marriage_family', 5], ['civil', 4], ['labour', 3], ['traffic_accident', 3], ['real_estate', 2], ['medical_dispute', 2], ['consumer', 2]],
  legal_aid_worker: [['labour', 5], ['marriage_family', 4], ['criminal', 3], ['juvenile', 2], ['traffic_accident', 2], ['civil', 2]],
  grassroots_legal_worker: [['civil', 5], ['marriage_family', 4], ['contract', 3], ['inheritance', 3], ['labour', 2]],
};

const LICENCE_TYPE_DIGIT: Readonly<Record<PractitionerType, string>> = {
  lawyer: '1', notary: '2', appraiser: '3', arbitrator: '4', mediator: '5', legal_aid_worker: '6', grassroots_legal_worker: '7',
};

const REWARDS = ['优秀律师', '法律援助先进个人', '优秀人民调解员', '公共法律服务先进个人', '普法工作先进个人', '优秀公证员'];

/** How much of the directory an organization draws: Beijing and Chengdu firms are larger. */
function capacity(org: OrganizationRow): number {
  const code = org.divisionCode;
  if (code.startsWith('11')) return 6;
  if (code.startsWith('5101')) return 4;
  if (code.startsWith('4420')) return 3;
  if (code.startsWith('5111')) return 2;
  return 1.5;
}

/** Picks an organization of one kind in proportion to capacity (cumulative weights, binary search). */
class OrgPicker {
  private readonly orgs: OrganizationRow[];
  private readonly cumulative: number[] = [];

  constructor(orgs: readonly OrganizationRow[], types: readonly OrganizationRow['type'][]) {
    this.orgs = orgs.filter((o) => types.includes(o.type));
    let total = 0;
    for (const org of this.orgs) this.cumulative.push((total += capacity(org)));
  }

  get empty(): boolean {
    return this.orgs.length === 0;
  }

  pick(random: Random): OrganizationRow {
    const target = random.unit() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.orgs[lo]!;
  }
}

/** Service languages: Yi (ii) in 峨边, 马边, 金口河 and 凉山; Tibetan (bo) in 阿坝 and 甘孜; some English in the big cities. */
function languages(random: Random, code: string): string[] {
  const out = ['zh'];
  if (/^(511113|511132|511133|5134)/.test(code) && random.chance(0.45)) out.push('ii');
  if (/^(5132|5133)/.test(code) && random.chance(0.5)) out.push('bo');
  if (/^(11|5101|4420)/.test(code) && random.chance(0.08)) out.push('en');
  return out;
}

/** The share of full-time people's mediators (专职人民调解员); the plan's target is 15%, cities do better. */
const FULL_TIME_SHARE = 0.3;

/**
 * A mediator's standing. Grades follow experience: only mediators with 15 years or more reach 首席 (chief),
 * and then rarely, so a committee has at most a few.
 */
function mediatorStanding(random: Random, years: number): Schemas['PractitionerMediator'] {
  const grades: readonly (readonly [MediatorGrade, number])[] =
    years >= 15
      ? [['chief', 1], ['first', 4], ['second', 3], ['third', 2]]
      : [['first', 1], ['second', 4], ['third', 5]];
  return { fullTime: random.chance(FULL_TIME_SHARE), grade: random.weighted(grades) };
}

export interface GeneratedPractitioner {
  practitioner: PractitionerRow;
  credit: CreditRecordRow[];
}

/** `bureauOf(divisionCode)` names the justice bureau (司法局) that records rewards and sanctions. */
export function* generatePractitioners(
  random: Random,
  orgs: readonly OrganizationRow[],
  total: number,
  bureauOf: (divisionCode: string) => string,
): Generator<GeneratedPractitioner> {
  const pickers = new Map<PractitionerType, OrgPicker>();
  for (const [type] of TYPE_WEIGHTS) pickers.set(type, new OrgPicker(orgs, WORKPLACES[type]));
  const available = TYPE_WEIGHTS.filter(([type]) => !pickers.get(type)!.empty);
  if (available.length === 0) return;
  const mandatory = orgs.filter((o) => STAFFED[o.type] !== undefined);

  for (let serial = 0; serial < total; serial++) {
    let type: PractitionerType;
    let org: OrganizationRow;
    if (serial < mandatory.length) {
      org = mandatory[serial]!;
      type = STAFFED[org.type]!;
    } else {
      type = random.weighted(available);
      org = pickers.get(type)!.pick(random);
    }
    const gender = random.chance(type === 'mediator' ? 0.55 : 0.42) ? 'female' : 'male';
    const years = Math.min(40, Math.floor(random.unit() ** 1.6 * 36));
    const specialties = random.weightedDistinct(SPECIALTY_WEIGHTS[type], random.int(1, type === 'lawyer' ? 4 : 2));
    const code6 = org.divisionCode.slice(0, 6);
    const id = random.uuid();
    const fields = specialties.map((s) => SPECIALTY_ZH[s]).join('、');
    const biography = [random.pick(BIOGRAPHY_OPENINGS), random.pick(BIOGRAPHY_BODIES), random.pick(BIOGRAPHY_CLOSINGS)]
      .join('')
      .replace('{years}', String(Math.max(1, years)))
      .replace('{fields}', fields);
    const roll = random.unit();
    const mediator = type === 'mediator' ? mediatorStanding(random, years) : null;
    const practitioner: PractitionerRow = {
      id,
      type,
      name: random.faker.person.fullName({ sex: gender }).replace(/\s/g, ''),
      gender,
      // 执业证号: kind, area, first year of practice, then a serial that keeps the number unique.
      licenceNumber: `${LICENCE_TYPE_DIGIT[type]}${code6.slice(0, 4)}${REFERENCE_YEAR - years}${gender === 'female' ? 2 : 1}${String(serial).padStart(7, '0')}`,
      organizationId: org.id,
      regionId: org.regionId,
      divisionCode: org.divisionCode,
      specialties,
      yearsOfPractice: years,
      status: roll < 0.015 ? 'suspended' : roll < 0.02 ? 'revoked' : 'active',
      languages: languages(random, org.divisionCode),
      biography: `【示例数据】${PRACTITIONER_TYPE_ZH[type]}，${biography}`,
      proBonoHours: type === 'lawyer' || type === 'grassroots_legal_worker' ? random.int(0, 160) : null,
      mediator,
      demo: true,
    };

    const credit: CreditRecordRow[] = [];
    const creditRoll = random.unit();
    const bureau = bureauOf(org.divisionCode);
    if (creditRoll < 0.07) {
      credit.push({
        id: random.uuid(),
        practitionerId: id,
        kind: 'reward',
        title: random.pick(REWARDS),
        issuedBy: bureau,
        date: random.dateBetween(`${REFERENCE_YEAR - Math.max(1, years)}-01-01`, `${REFERENCE_YEAR}-10-31`),
        description: '【示例数据】年度表彰。',
      });
    } else if (creditRoll < 0.1) {
      credit.push({
        id: random.uuid(),
        practitionerId: id,
        kind: 'sanction',
        title: random.pick(['警告', '通报批评', '罚款', '停止执业三个月']),
        issuedBy: bureau,
        date: random.dateBetween(`${REFERENCE_YEAR - Math.max(1, years)}-01-01`, `${REFERENCE_YEAR}-10-31`),
        description: `【示例数据】${random.pick(SANCTION_REASONS)}。`,
      });
    }
    yield { practitioner, credit };
  }
}
