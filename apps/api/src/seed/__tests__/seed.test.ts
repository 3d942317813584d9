/**
 * The demo seed: enough realistic, valid and clearly-labelled data for every region, the same every
 * time, and never written twice.
 */
import { isValidUscc } from '@fawang/validators/ids';
import { loadBuiltInRegions } from '@fawang/regions/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { verifyPassword } from '../../security/password.js';
import { SAMPLES_PER_REGION } from '../applications.js';
import { MEDIATION_SAMPLES_PER_REGION } from '../mediation.js';
import { pathToRateable } from '../declared.js';
import { anyDeclared, checkCaseFields } from '@fawang/workflow';
import { consultCase } from '@fawang/workflow/consult';
import { buildDivisionTree } from '../divisions.js';
import { demoRegions, seedDemoData, type SeedResult } from '../index.js';
import { OrganizationPlanner, regionFor, shortName, type SeededArea } from '../organizations.js';
import { generatePractitioners } from '../practitioners.js';
import { Random, REFERENCE_DATE } from '../random.js';

const AREAS: SeededArea[] = [
  { regionId: 'beijing', prefix: '11' },
  { regionId: 'sichuan', prefix: '51' },
  { regionId: 'leshan', prefix: '5111' },
  { regionId: 'zhongshan', prefix: '4420' },
];

function plan(seed: number) {
  const random = new Random(seed);
  const tree = buildDivisionTree(['11', '51', '4420']);
  const orgs = new OrganizationPlanner(random, tree, AREAS).plan();
  const people = [...generatePractitioners(random, orgs, 2400, (code) => `${code}司法局`)];
  return { tree, orgs, people };
}

describe('planning (no database)', () => {
  const first = plan(7);

  it('is deterministic for a seed and differs between seeds', () => {
    const again = plan(7);
    expect(again.orgs).toEqual(first.orgs);
    expect(again.people.map((p) => p.practitioner)).toEqual(first.people.map((p) => p.practitioner));
    expect(plan(8).orgs.map((o) => o.name)).not.toEqual(first.orgs.map((o) => o.name));
  });

  it('plans at least 300 organizations of every type, each in the most specific seeded region', () => {
    expect(first.orgs.length).toBeGreaterThanOrEqual(300);
    const types = new Set(first.orgs.map((o) => o.type));
    expect(types.size).toBe(9);
    for (const org of first.orgs) {
      expect(org.regionId).toBe(regionFor(AREAS, org.divisionCode));
      expect(first.tree.byCode.has(org.divisionCode)).toBe(true);
      expect(org.demo).toBe(true);
      expect(org.description).toMatch(/^【示例数据】/);
      expect(org.openingHours!.length).toBeGreaterThan(0);
    }
    expect(first.orgs.filter((o) => o.regionId === 'leshan' && o.type === 'law_firm').length).toBeGreaterThan(5);
    // Zhongshan has no county tier: its stations hang directly off towns of the city.
    expect(first.orgs.some((o) => o.regionId === 'zhongshan' && o.type === 'service_station' && o.divisionCode.startsWith('442000'))).toBe(true);
    // Guangdong itself is not seeded, so no province-level body lands in Zhongshan.
    expect(first.orgs.some((o) => o.divisionCode === '440000')).toBe(false);
  });

  it('gives unique names, valid 统一社会信用代码 and local telephone numbers', () => {
    expect(new Set(first.orgs.map((o) => o.name)).size).toBe(first.orgs.length);
    const usccs = first.orgs.flatMap((o) => (o.uscc ? [o.uscc] : []));
    expect(usccs.length).toBeGreaterThan(first.orgs.length / 3);
    for (const uscc of usccs) expect(isValidUscc(uscc)).toBe(true);
    expect(new Set(usccs).size).toBe(usccs.length);
    for (const org of first.orgs.filter((o) => o.regionId === 'leshan')) expect(org.phone).toMatch(/^0833-2\d{6}$/);
    for (const org of first.orgs.filter((o) => o.website)) expect(org.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example$/);
  });

  it('plans 2,400 practitioners with unique licences, staffed firms and minority-language service', () => {
    const practitioners = first.people.map((p) => p.practitioner);
    expect(practitioners).toHaveLength(2400);
    expect(new Set(practitioners.map((p) => p.licenceNumber)).size).toBe(2400);
    for (const p of practitioners) {
      expect(p.licenceNumber).toMatch(/^\d{17}$/);
      expect(p.specialties.length).toBeGreaterThanOrEqual(1);
      expect(p.specialties.length).toBeLessThanOrEqual(4);
      expect(p.name).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
    const staffed = new Set(practitioners.map((p) => p.organizationId));
    for (const org of first.orgs.filter((o) => o.type === 'law_firm' || o.type === 'notary_office')) expect(staffed.has(org.id)).toBe(true);
    expect(practitioners.filter((p) => p.type === 'lawyer').length).toBeGreaterThan(1000);
    expect(practitioners.some((p) => p.languages.includes('ii') && /^(511113|511132|511133|5134)/.test(p.divisionCode))).toBe(true);
    expect(practitioners.some((p) => p.languages.includes('bo') && /^(5132|5133)/.test(p.divisionCode))).toBe(true);
    const credit = first.people.flatMap((p) => p.credit);
    expect(credit.length).toBeGreaterThan(120);
    expect(new Set(credit.map((c) => c.kind))).toEqual(new Set(['reward', 'sanction']));
  });

  it('gives every mediation committee a kind, and industry and professional ones their dispute types', () => {
    const committees = first.orgs.filter((o) => o.type === 'mediation_committee');
    for (const org of first.orgs) expect(Boolean(org.mediation), org.name).toBe(org.type === 'mediation_committee');
    const ofKind = (kind: string) => committees.filter((o) => o.mediation!.kind === kind);
    expect(new Set(committees.map((o) => o.mediation!.kind))).toEqual(new Set(['village', 'township', 'industry', 'professional']));
    for (const org of [...ofKind('village'), ...ofKind('township')]) expect(org.mediation!.disputeTypes, org.name).toBeUndefined();
    for (const org of [...ofKind('industry'), ...ofKind('professional')]) expect(org.mediation!.disputeTypes!.length, org.name).toBeGreaterThan(0);
    for (const org of ofKind('village')) expect(org.level === 'village' && /(村|社区)人民调解委员会$/.test(org.name), org.name).toBe(true);
    for (const org of ofKind('township')) expect(org.level, org.name).toBe('town');
    expect(ofKind('professional').some((o) => o.level === 'county' && o.name.endsWith('婚姻家庭纠纷人民调解委员会'))).toBe(true);
    const medical = ofKind('industry').filter((o) => o.name.endsWith('医疗纠纷人民调解委员会'));
    for (const org of medical) expect(org.mediation!.disputeTypes).toEqual(['medical']);
  });

  it('makes about 30% of mediators full-time, grades every one and names few chief mediators', () => {
    const practitioners = first.people.map((p) => p.practitioner);
    for (const p of practitioners) expect(Boolean(p.mediator), p.name).toBe(p.type === 'mediator');
    const mediators = practitioners.filter((p) => p.type === 'mediator');
    expect(mediators.length).toBeGreaterThan(200);
    const fullTime = mediators.filter((p) => p.mediator!.fullTime).length / mediators.length;
    expect(fullTime).toBeGreaterThan(0.2);
    expect(fullTime).toBeLessThan(0.4);
    const chiefs = mediators.filter((p) => p.mediator!.grade === 'chief');
    expect(chiefs.length).toBeGreaterThan(0);
    expect(chiefs.length).toBeLessThan(mediators.length * 0.1);
    for (const chief of chiefs) expect(chief.yearsOfPractice).toBeGreaterThanOrEqual(15);
    expect(new Set(mediators.map((p) => p.mediator!.grade))).toEqual(new Set(['chief', 'first', 'second', 'third']));
    expect(mediators.some((p) => p.languages.includes('ii'))).toBe(true);
  });

  it('shortens division names for brands', () => {
    expect(shortName('凉山彝族自治州')).toBe('凉山');
    expect(shortName('阿坝藏族羌族自治州')).toBe('阿坝');
    expect(shortName('乐山市')).toBe('乐山');
    expect(shortName('四川省')).toBe('四川');
  });
});

describe('seedDemoData on PGlite', () => {
  let handle: DatabaseHandle;
  let result: SeedResult;
  beforeAll(async () => {
    handle = await openDatabase({ memory: true });
    await migrateDatabase(handle);
    result = await seedDemoData(handle, { regions: demoRegions(await loadBuiltInRegions()), demoPassword: 'Seed-test-2026' });
  });
  afterAll(async () => handle?.close());

  it('writes divisions, organizations, practitioners and 40 demo accounts', async () => {
    expect(result).toMatchObject({ skipped: false, users: 40, practitioners: 2400 });
    expect(result.organizations).toBeGreaterThanOrEqual(300);
    const [counts] = await handle.execute(
      `select (select count(*)::int from organizations) orgs, (select count(*)::int from practitioners) people,
              (select count(*)::int from divisions where code = '511132') ebian, (select count(*)::int from divisions where level = 'town' and code like '4420%') zhongshan_towns,
              (select count(*)::int from cases where module = 'legal-aid') applications`,
    );
    expect(counts).toEqual({ orgs: result.organizations, people: 2400, ebian: 1, zhongshan_towns: expect.any(Number), applications: 5 * SAMPLES_PER_REGION });
    expect(Number(counts!.zhongshan_towns)).toBeGreaterThan(20);
  });

  it('creates <region>.<role> accounts that log in with the demo password', async () => {
    const rows = await handle.execute(`select username, password_hash, region_id, role, demo from users order by username`);
    expect(rows.map((r) => r.username)).toContain('leshan.legal_aid_officer');
    expect(rows.map((r) => r.username)).toContain('national.bureau_admin');
    expect(rows.every((r) => r.demo === true && r.username === `${r.region_id}.${r.role}`)).toBe(true);
    expect(await verifyPassword('Seed-test-2026', String(rows[0]!.password_hash))).toBe(true);
  });

  it('replays the sample applications through the workflow: clocks, history, an overdue one and a closed one with a local assignee', async () => {
    const apps = await handle.execute(
      `select a.id, a.status, a.version, a.due_at, a.concluded_at, l.assignee, p.region_id practitioner_region,
              (select count(*)::int from case_history h where h.case_id = a.id) history,
              (select count(*)::int from case_clocks d where d.case_id = a.id) clocks,
              (select min(d.due_at) from case_clocks d where d.case_id = a.id and d.stopped_at is null) running_due
         from cases a join legal_aid_details l on l.case_id = a.id left join practitioners p on p.id = (l.assignee->>'practitionerId')::uuid
        where a.region_id = 'leshan' and a.module = 'legal-aid'`,
    );
    expect(apps).toHaveLength(SAMPLES_PER_REGION);
    for (const app of apps) {
      expect(app.history).toBe(app.version);
      expect(Number(app.clocks)).toBeGreaterThan(0);
      expect(app.due_at === null ? null : new Date(String(app.due_at)).getTime()).toBe(app.running_due === null ? null : new Date(String(app.running_due)).getTime());
    }
    expect(apps.some((a) => a.due_at !== null && new Date(String(a.due_at)) < REFERENCE_DATE)).toBe(true);
    expect(apps.map((a) => a.status)).toEqual(expect.arrayContaining(['submitted', 'under_review', 'approved', 'refused', 'in_progress', 'closed']));
    // The kernel's conclusion time is set exactly for the concluded ones.
    for (const app of apps) expect(app.concluded_at !== null).toBe(app.status === 'closed');
    const assigned = apps.filter((a) => a.assignee !== null);
    expect(assigned.length).toBeGreaterThanOrEqual(2);
    for (const app of assigned) expect(app.practitioner_region).toBe('leshan');
  });

  it('replays sample mediation cases in Beijing: history, clocks, sessions on the committee calendar and one agreement', async () => {
    const cases = await handle.execute(
      `select c.id, c.status, c.version, c.due_at, c.practitioner_ids, m.agreement, o.type as committee_type,
         (select count(*)::int from case_history h where h.case_id = c.id) as history,
         (select count(*)::int from case_clocks d where d.case_id = c.id) as clocks,
         (select min(d.due_at) from case_clocks d where d.case_id = c.id and d.stopped_at is null) as running_due,
         (select count(*)::int from mediation_sessions s where s.case_id = c.id) as sessions
       from cases c join mediation_details m on m.case_id = c.id join organizations o on o.id = c.organization_id
       where c.region_id = 'beijing' and c.module = 'mediation' order by c.submitted_at`,
    );
    expect(cases).toHaveLength(MEDIATION_SAMPLES_PER_REGION);
    expect(cases.map((c) => c.status)).toEqual(['failed', 'agreed', 'in_mediation', 'submitted']);
    for (const row of cases) {
      expect(row.committee_type).toBe('mediation_committee');
      expect(row.history).toBe(row.version);
      expect(Number(row.clocks)).toBeGreaterThan(0);
      expect(row.due_at === null ? null : new Date(String(row.due_at)).getTime()).toBe(row.running_due === null ? null : new Date(String(row.running_due)).getTime());
    }
    expect(cases.filter((c) => c.agreement !== null)).toHaveLength(1);
    expect(cases.map((c) => c.sessions)).toEqual([1, 1, 1, 0]);
    const [{ overlapping }] = (await handle.execute(
      `select count(*)::int as overlapping from mediation_session_mediators a join mediation_session_mediators b
         on a.practitioner_id = b.practitioner_id and a.session_id < b.session_id and a.starts_at < b.ends_at and b.starts_at < a.ends_at`,
    )) as [{ overlapping: number }];
    expect(overlapping).toBe(0);
  });

  it('replays sample cases of each declared case module in Leshan: filed, taken up, concluded and rateable', async () => {
    const cases = await handle.execute(
      `select c.status, c.version, c.due_at, c.concluded_at, c.reference, d.fields, d.outcome_reason, o.type as organization_type,
         (select count(*)::int from case_history h where h.case_id = c.id) as history
       from cases c join declared_case_details d on d.case_id = c.id join organizations o on o.id = c.organization_id
       where c.region_id = 'leshan' and c.module = 'consult' order by c.submitted_at`,
    );
    expect(pathToRateable(anyDeclared(consultCase))).toEqual(['accept', 'conclude']);
    expect(cases.map((c) => c.status)).toEqual(['concluded', 'accepted', 'submitted']);
    for (const row of cases) {
      expect(row.organization_type).toBe(consultCase.organizationType);
      expect(row.history).toBe(row.version);
      expect(String(row.reference)).toMatch(/^FZ-511100-/);
      expect(checkCaseFields(consultCase.fields, row.fields as Record<string, string>).problems).toEqual([]);
    }
    expect(cases.map((c) => [c.concluded_at !== null, c.due_at !== null, c.outcome_reason !== null])).toEqual([
      [true, false, true],
      [false, true, false],
      [false, true, false],
    ]);
  });

  it('skips a database that already has demo data', async () => {
    const again = await seedDemoData(handle, { regions: demoRegions(await loadBuiltInRegions()), demoPassword: 'other' });
    expect(again).toEqual({ skipped: true, organizations: 0, practitioners: 0, users: 0 });
    const [{ n }] = (await handle.execute('select count(*)::int n from users')) as [{ n: number }];
    expect(n).toBe(40);
  });
});
