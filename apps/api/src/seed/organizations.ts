/**
 * Synthetic organizations (示例机构) for the seeded regions, laid out the way the plans describe the
 * network: a public legal service centre and a legal-aid centre at province, city and county level,
 * stations in towns and rooms in villages (the "1+6"/半小时服务圈 layout), law firms and notary offices
 * weighted towards the cities, one arbitration commission per prefecture-level city, appraisal institutes
 * per city and people's mediation committees in villages, towns, trades (行业性) and professions (专业性). Every name is invented; every row is
 * flagged `demo`.
 */
import type { OrganizationType, Schemas } from '@fawang/contract';
import type { OpeningHoursRow, organizations } from '../db/schema.js';
import { divisionPath, fullPlaceName, isPlaceholder, type DivisionRow, type DivisionTree } from './divisions.js';
import {
  BRAND_FIRST,
  BRAND_SECOND,
  BRAND_WORDS,
  BUILDINGS,
  COMMON_ROADS,
  COMMUNITY_NAMES,
  ETHNIC_GROUPS,
  FORENSIC_CATEGORIES,
  LOCAL_FLAVOURS,
  LOCAL_ROADS,
  MEDIATION_FIELDS,
  ROAD_SECTIONS,
  VILLAGE_NAMES,
  type Word,
} from './names.js';
import { byLongestPrefix, CENTRES } from './places.js';
import { makeUscc, type Random } from './random.js';

export type OrganizationRow = typeof organizations.$inferInsert & { id: string };

/** An area a seeded region covers, by GB/T 2260 prefix; the longest prefix wins (leshan over sichuan). */
export interface SeededArea {
  regionId: string;
  prefix: string;
}

type Level = NonNullable<OrganizationRow['level']>;
type Mediation = Schemas['OrganizationMediation'];

/**
 * What each city-level trade committee of MEDIATION_FIELDS takes. Later case routing reads these dispute
 * types, so every field maps to one; 知识产权 has no type of its own and counts as other (其他).
 */
const CITY_MEDIATION: Readonly<Record<(typeof MEDIATION_FIELDS)[number], Mediation>> = {
  医疗纠纷: { kind: 'industry', disputeTypes: ['medical'] },
  道路交通事故: { kind: 'industry', disputeTypes: ['traffic'] },
  劳动争议: { kind: 'industry', disputeTypes: ['labour'] },
  婚姻家庭纠纷: { kind: 'professional', disputeTypes: ['marriage_family'] },
  物业纠纷: { kind: 'industry', disputeTypes: ['property_management'] },
  消费纠纷: { kind: 'industry', disputeTypes: ['consumer'] },
  知识产权纠纷: { kind: 'professional', disputeTypes: ['other'] },
  旅游纠纷: { kind: 'industry', disputeTypes: ['consumer', 'contract'] },
};

/** 统一社会信用代码 registration authority and type: 3x = 司法行政 (31 law firm, 32 notary, 34 appraisal, 35 arbitration), 12 = 事业单位. */
const USCC_TYPE: Partial<Record<OrganizationType, string>> = {
  law_firm: '31',
  notary_office: '32',
  forensic_institution: '34',
  arbitration_commission: '35',
  legal_aid_centre: '12',
  service_centre: '12',
};

const OFFICE_HOURS: OpeningHoursRow[] = [
  { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' },
  { days: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:30' },
];
const HALL_HOURS: OpeningHoursRow[] = [
  { days: [1, 2, 3, 4, 5], opens: '08:30', closes: '17:30' },
  { days: [6], opens: '09:00', closes: '12:00' },
];
const FIRM_HOURS: OpeningHoursRow[] = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' }];
const STATION_HOURS: OpeningHoursRow[] = [{ days: [1, 3, 5], opens: '09:00', closes: '16:00' }];

/** 四川省 → 四川, 阿坝藏族羌族自治州 → 阿坝, 乐山市 → 乐山, 市中区 stays. */
export function shortName(name: string): string {
  let short = name.replace(/(省|市|自治区|特别行政区|地区|盟)$/, '');
  const autonomous = short.match(/^(.+?)自治[州县旗]$/);
  if (autonomous) {
    short = autonomous[1]!;
    // Strip the ethnic-group names from the end: 凉山彝族 → 凉山, 阿坝藏族羌族 → 阿坝.
    for (let changed = true; changed; ) {
      changed = false;
      for (const group of ETHNIC_GROUPS) {
        if (short.endsWith(`${group}族`) && short.length > group.length + 1) {
          short = short.slice(0, -(group.length + 1));
          changed = true;
        }
      }
    }
  }
  return short.length >= 2 ? short : name;
}

/** A county-level unit and its city and province (Zhongshan, with no county tier, is its own unit). */
interface Unit {
  unit: DivisionRow;
  city: DivisionRow;
  province: DivisionRow;
  regionId: string;
  /** 3 for central urban districts, 2 for other urban areas, 1 elsewhere: scales firms and stations. */
  tier: 1 | 2 | 3;
}

const TIER_3 = /^(1101(0[1-8])|5101(0[4-8]|1[2-6])|442000)$/;
const TIER_2 = /^(11\d{4}|5101\d{2}|511102|4420\d{2})$/;

export function regionFor(areas: readonly SeededArea[], code: string): string | undefined {
  let best: SeededArea | undefined;
  for (const area of areas) {
    if (code.startsWith(area.prefix) && (!best || area.prefix.length > best.prefix.length)) best = area;
  }
  return best?.regionId;
}

function unitsOf(tree: DivisionTree, areas: readonly SeededArea[]): Unit[] {
  const units: Unit[] = [];
  for (const row of tree.rows) {
    const regionId = regionFor(areas, row.code);
    if (!regionId) continue;
    const cityWithoutCounties = row.level === 'city' && (tree.children.get(row.code) ?? []).every((c) => c.level === 'town');
    if (row.level !== 'county' && !(cityWithoutCounties && !isPlaceholder(row))) continue;
    const path = divisionPath(tree, row.code);
    const province = path[0]!;
    // Municipalities: the city tier is the placeholder 市辖区, so the province stands for the city.
    const cityRow = path.find((d) => d.level === 'city')!;
    const city = isPlaceholder(cityRow) ? province : cityRow;
    const tier = TIER_3.test(row.code) ? 3 : TIER_2.test(row.code) ? 2 : 1;
    units.push({ unit: row, city, province, regionId, tier });
  }
  return units;
}

export class OrganizationPlanner {
  readonly rows: OrganizationRow[] = [];
  private readonly names = new Set<string>();
  private readonly usccs = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly tree: DivisionTree,
    private readonly areas: readonly SeededArea[],
  ) {}

  plan(): OrganizationRow[] {
    const units = unitsOf(this.tree, this.areas);
    const cities = new Map<string, Unit>();
    const provinces = new Map<string, Unit>();
    for (const u of units) {
      if (!cities.has(u.city.code)) cities.set(u.city.code, u);
      if (!provinces.has(u.province.code)) provinces.set(u.province.code, u);
    }
    // Province- and city-level bodies only where that level itself is seeded (guangdong is not, zhongshan is).
    for (const u of provinces.values()) {
      const region = regionFor(this.areas, u.province.code);
      // A municipality's province-level bodies are planned with it as a city.
      if (region && u.province.code !== u.city.code) this.publicBodies(u.province, 'province', region);
    }
    for (const u of cities.values()) {
      const region = regionFor(this.areas, u.city.code);
      if (region) this.cityBodies(u, region);
    }
    for (const u of units) this.unitBodies(u);
    return this.rows;
  }

  private cityBodies(u: Unit, region: string) {
    const city = u.city;
    this.publicBodies(city, city.level === 'province' ? 'province' : 'city', region);
    const cityShort = shortName(city.name);
    this.add('arbitration_commission', `${cityShort}仲裁委员会`, city, region, {
      hours: OFFICE_HOURS,
      description: `依照《中华人民共和国仲裁法》设立，受理${cityShort}及周边地区的合同纠纷和其他财产权益纠纷仲裁案件。`,
    });
    const big = u.tier >= 2 || city.code === '510100';
    for (let i = 0; i < (big ? 4 : 1); i++) {
      const category = this.random.pick(FORENSIC_CATEGORIES);
      const name = () => this.branded(city, city.code, category ? `${category}司法鉴定所` : '司法鉴定中心', 'jianding');
      this.add('forensic_institution', name, city, region, {
        hours: OFFICE_HOURS,
        description: `经司法行政机关登记的司法鉴定机构，业务范围包括${category || '法医临床、法医病理、文书'}鉴定。`,
      });
    }
    for (const field of this.random.weightedDistinct(MEDIATION_FIELDS.map((f) => [f, 1] as const), big ? 3 : 1)) {
      const mediation = CITY_MEDIATION[field];
      this.add('mediation_committee', `${city.name}${field}人民调解委员会`, city, region, {
        level: 'city',
        hours: OFFICE_HOURS,
        description: `${mediation.kind === 'industry' ? '行业性' : '专业性'}人民调解组织，免费调解${field}。`,
        mediation,
      });
    }
  }

  /** 公共法律服务中心 and 法律援助中心 of a province, city or county. */
  private publicBodies(division: DivisionRow, level: Level, region: string) {
    const place = fullPlaceName(divisionPath(this.tree, division.code));
    this.add('service_centre', `${place}公共法律服务中心`, division, region, {
      level,
      hours: HALL_HOURS,
      description: '集法律咨询、法律援助、人民调解、公证、司法鉴定等服务于一体的实体平台，提供"一站式"服务。',
    });
    this.add('legal_aid_centre', `${place}法律援助中心`, division, region, {
      level,
      hours: HALL_HOURS,
      description: '受理、审查法律援助申请，指派律师、基层法律服务工作者或法律援助志愿者提供法律援助。',
    });
  }

  private unitBodies(u: Unit) {
    const { unit, regionId, tier } = u;
    const place = fullPlaceName(divisionPath(this.tree, unit.code));
    if (unit.level === 'county') {
      this.publicBodies(unit, 'county', regionId);
      this.countyMediation(unit, place, regionId, tier);
    }

    // A city without counties (Zhongshan) carries all of its firms itself.
    const firms = unit.level === 'city' ? 16 : tier === 3 ? 8 : tier === 2 ? 4 : this.random.int(1, 2);
    for (let i = 0; i < firms; i++) {
      this.add('law_firm', () => this.branded(u.city, unit.code, '律师事务所', 'law'), unit, regionId, {
        hours: FIRM_HOURS,
        description: `经司法行政机关批准设立的合伙制律师事务所，执业律师主要在${shortName(unit.name)}及周边提供诉讼代理、刑事辩护和法律顾问服务。`,
        web: true,
      });
    }
    const notaries = tier === 3 ? 2 : 1;
    for (let i = 0; i < notaries; i++) {
      const name = i === 0 ? () => [`${place}公证处`] as const : () => this.branded(u.city, unit.code, '公证处', 'notary');
      this.add('notary_office', name, unit, regionId, {
        hours: OFFICE_HOURS,
        description: '办理继承、委托、声明、赠与、合同、保全证据等公证事项，部分事项"最多跑一次"。',
        web: true,
      });
    }

    const towns = this.tree.children.get(unit.code)?.filter((d) => d.level === 'town') ?? [];
    if (towns.length === 0) return;
    const stations = unit.level === 'city' ? towns.length : tier >= 2 || regionId !== 'sichuan' ? 3 : 1;
    const chosen = this.random.weightedDistinct(towns.map((t) => [t, 1] as const), stations);
    for (const town of chosen) {
      const townPlace = `${place}${town.name}`;
      this.add('service_station', `${townPlace}公共法律服务工作站`, town, regionId, { level: 'town', hours: STATION_HOURS });
      this.add('mediation_committee', `${townPlace}人民调解委员会`, town, regionId, {
        level: 'town',
        hours: STATION_HOURS,
        description: `${town.name.endsWith('街道') ? '街道' : '乡镇'}人民调解委员会，免费调解辖区内的各类民间纠纷。`,
        mediation: { kind: 'township' },
      });
      const village = town.name.endsWith('街道') ? `${this.random.pick(COMMUNITY_NAMES)}社区` : `${this.random.pick(VILLAGE_NAMES)}村`;
      const roomHours: OpeningHoursRow[] = [{ days: [this.random.int(1, 5)], opens: '09:00', closes: '12:00' }];
      this.add('service_room', `${townPlace}${village}公共法律服务室`, town, regionId, {
        level: 'village',
        hours: roomHours,
        description: '村（社区）法律顾问每月驻点，提供法律咨询和矛盾纠纷调解。',
      });
      // The village (or community) that has a service room has its own committee, meeting in the same room.
      // Villages are not in the division tree, so it carries the town's code, as the room does.
      this.add('mediation_committee', `${townPlace}${village}人民调解委员会`, town, regionId, {
        level: 'village',
        hours: roomHours,
        description: `${village.endsWith('社区') ? '居民委员会' : '村民委员会'}下设的人民调解委员会，就地化解邻里、婚姻家庭、宅基地等纠纷。`,
        mediation: { kind: 'village' },
      });
    }
  }

  /**
   * County-level professional committees (专业性人民调解委员会): marriage and family in half the counties,
   * and forest and land (山林土地) in some rural ones, where such disputes are common.
   */
  private countyMediation(unit: DivisionRow, place: string, regionId: string, tier: Unit['tier']) {
    if (this.random.chance(0.5)) {
      this.add('mediation_committee', `${place}婚姻家庭纠纷人民调解委员会`, unit, regionId, {
        level: 'county',
        hours: OFFICE_HOURS,
        description: '专业性人民调解组织，免费调解婚姻、家庭、赡养、继承等纠纷。',
        mediation: { kind: 'professional', disputeTypes: ['marriage_family'] },
      });
    }
    if (tier === 1 && this.random.chance(0.3)) {
      this.add('mediation_committee', `${place}山林土地纠纷人民调解委员会`, unit, regionId, {
        level: 'county',
        hours: OFFICE_HOURS,
        description: '专业性人民调解组织，免费调解山林、土地承包经营权、宅基地等纠纷。',
        mediation: { kind: 'professional', disputeTypes: ['land', 'property'] },
      });
    }
  }

  /** The place word that starts a firm's name: 四川, 乐山, 北京 or a local flavour such as 嘉州. */
  private placeWord(city: DivisionRow): string {
    const flavours = byLongestPrefix(LOCAL_FLAVOURS, city.code) ?? [];
    if (flavours.length > 0 && this.random.chance(0.3)) return this.random.pick(flavours)[0];
    return shortName(city.name);
  }

  /** 乐山嘉州律师事务所 and the matching demo domain (jiazhou-law.example). */
  private branded(city: DivisionRow, code: string, suffix: string, slug: string): readonly [string, string] {
    const [hanzi, pinyin] = this.brand(code);
    return [`${this.placeWord(city)}${hanzi}${suffix}`, `${pinyin}-${slug}`];
  }

  /** A brand word, curated first and then composed, so names stay plausible however many are needed. */
  private brand(code: string): Word {
    const flavours = byLongestPrefix(LOCAL_FLAVOURS, code) ?? LOCAL_FLAVOURS['']!;
    const roll = this.random.unit();
    if (roll < 0.15) return this.random.pick(flavours);
    if (roll < 0.8) return this.random.pick(BRAND_WORDS);
    const first = this.random.pick(BRAND_FIRST);
    const second = this.random.pick(BRAND_SECOND);
    return [first[0] + second[0], first[1] + second[1]];
  }

  private address(division: DivisionRow): string {
    const place = fullPlaceName(divisionPath(this.tree, division.code));
    const roads = [...COMMON_ROADS, ...(byLongestPrefix(LOCAL_ROADS, division.code) ?? [])];
    const road = this.random.pick(roads);
    const section = road.endsWith('段') ? '' : this.random.pick(ROAD_SECTIONS);
    const building = this.random.pick(BUILDINGS);
    return `${place}${road}${section}${this.random.int(1, 399)}号${building}`;
  }

  private location(code: string): { lat: number; lng: number } | undefined {
    const centre = byLongestPrefix(CENTRES, code);
    if (!centre) return undefined;
    const [lat, lng, jitter] = centre;
    const round = (n: number) => Math.round(n * 1e5) / 1e5;
    return { lat: round(lat + (this.random.unit() * 2 - 1) * jitter), lng: round(lng + (this.random.unit() * 2 - 1) * jitter) };
  }

  private add(
    type: OrganizationType,
    wantedName: string | (() => readonly [name: string, slug?: string]),
    division: DivisionRow,
    regionId: string,
    options: { level?: Level; hours: OpeningHoursRow[]; description?: string; web?: boolean; mediation?: Mediation },
  ) {
    const make = typeof wantedName === 'string' ? () => [wantedName] as const : wantedName;
    let [name, slug] = make();
    // Two firms drew the same brand: draw again, and only number the name if the brands run out.
    for (let attempt = 2; this.names.has(name); attempt++) {
      [name, slug] = make();
      if (attempt > 20 && this.names.has(name)) name = `${name.replace(/（\d+）$/, '')}（${attempt}）`;
    }
    this.names.add(name);
    const code6 = division.code.slice(0, 6);
    const uscc = USCC_TYPE[type];
    // Demo sites use the reserved .example domain (RFC 2606), so no link can reach a real firm.
    const domain = `${slug ?? 'office'}-${this.random.hex(4).toLowerCase()}.example`;
    this.rows.push({
      id: this.random.uuid(),
      type,
      name,
      regionId,
      divisionCode: division.code,
      address: this.address(division),
      phone: this.random.landline(code6),
      uscc: uscc ? makeUscc(this.random, uscc, code6, this.usccs) : null,
      ...(this.location(division.code) ?? {}),
      email: options.web ? `office@${domain}` : null,
      website: options.web ? `https://www.${domain}` : null,
      openingHours: options.hours,
      description: options.description ? `【示例数据】${options.description}` : '【示例数据】',
      level: options.level ?? null,
      mediation: options.mediation ?? null,
      demo: true,
    });
  }
}
