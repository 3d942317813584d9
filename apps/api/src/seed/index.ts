/**
 * Demo data for the built-in regions: GB/T 2260 divisions, synthetic organizations and practitioners
 * (every row flagged `demo` and labelled 【示例数据】), the `<region>.<role>` demo accounts and a few
 * sample legal-aid applications, mediation cases and cases of each declared case module. Deterministic for a given seed; written in one transaction, so a crash
 * mid-seed leaves nothing behind; skipped when the demo accounts already exist, so restarts keep data.
 */
import type { RegionRegistry, ResolvedRegionProfile } from '@fawang/regions';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, DatabaseHandle, Transaction } from '../db/client.js';
import {
  creditRecords,
  divisions,
  caseClocks,
  caseHistory,
  cases,
  declaredCaseDetails,
  legalAidDetails,
  mediationDetails,
  mediationSessionMediators,
  mediationSessions,
  organizations,
  practitioners,
  users,
} from '../db/schema.js';
import { deadlineRulesFor } from '@fawang/workflow';
import { DECLARED_CASE_MODULES } from '@fawang/workflow/declared-modules';
import { hashPassword } from '../security/password.js';
import { demoAccounts, demoUsername } from './accounts.js';
import { sampleApplications, type RosterEntry } from './applications.js';
import { sampleMediationCases, type SeedCommittee } from './mediation.js';
import { sampleDeclaredCases } from './declared.js';
import { buildDivisionTree, divisionPath, divisionPrefix, fullPlaceName } from './divisions.js';
import { OrganizationPlanner, type SeededArea } from './organizations.js';
import { generatePractitioners, type CreditRecordRow, type PractitionerRow } from './practitioners.js';
import { REFERENCE_DATE, Random } from './random.js';

export interface SeedOptions {
  /** The regions to seed; organizations go to the most specific region whose division contains them. */
  regions: readonly ResolvedRegionProfile[];
  demoPassword: string;
  /** How many practitioners; 2,400 by default, 200,000 for the national-scale benchmark. */
  practitioners?: number;
  seed?: number;
  /**
   * "Today" for the sample applications' dates, so that their statutory clocks run relative to when the
   * demo starts (one is overdue, the others are not). Tests leave it at REFERENCE_DATE to stay reproducible.
   */
  today?: Date;
}

export interface SeedResult {
  skipped: boolean;
  organizations: number;
  practitioners: number;
  users: number;
}

export const DEFAULT_PRACTITIONERS = 2400;

/** The regions that get demo data and accounts (ARCHITECTURE.md, "Interfaces"); guangdong stays minimal. */
export const DEMO_REGION_IDS = ['national', 'beijing', 'sichuan', 'leshan', 'zhongshan'] as const;

export function demoRegions(registry: RegionRegistry): ResolvedRegionProfile[] {
  return DEMO_REGION_IDS.flatMap((id) => registry.get(id) ?? []);
}
const DEFAULT_SEED = 20_261_101;

/** Inserts in chunks that stay well below PostgreSQL's 65,535 bind parameters per statement. */
async function insertChunked(db: Database, table: PgTable, rows: readonly object[], chunk = 1000) {
  for (let i = 0; i < rows.length; i += chunk) await db.insert(table).values(rows.slice(i, i + chunk) as never);
}

/** Active lawyers kept per region as assignees (指派) of the sample applications. */
const ROSTER_PER_REGION = 3;

/** Whether `id` is `ancestorId` or lies below it, following the parents among the seeded regions. */
function withinSeeded(regions: readonly ResolvedRegionProfile[], id: string, ancestorId: string): boolean {
  const parents = new Map(regions.map((r) => [r.id, r.parent]));
  for (let current: string | undefined = id; current !== undefined; current = parents.get(current)) {
    if (current === ancestorId) return true;
  }
  return false;
}

/** Towns are loaded only where the demo regions need them (all of China's would be 41,000 rows). */
function townPrefixes(regions: readonly ResolvedRegionProfile[]): string[] {
  return regions.flatMap((r) => (r.divisionCode ? [divisionPrefix(r.divisionCode)] : []));
}

/** The region's first village (else town) committee, by id, with two active mediators: where its sample cases go. */
/** The organization kind each organization-bound demo account works for (the mediator's is the sample committee). */
const ORGANIZATION_OF_ROLE = [
  ['notary', 'notary_office'],
  ['appraiser', 'forensic_institution'],
  ['arbitration_secretary', 'arbitration_commission'],
] as const;

async function linkAccount(tx: Transaction, userId: string, link: { organizationId?: string | null; practitionerId?: string }) {
  await tx.update(users).set(link).where(eq(users.id, userId));
}

function mediationCommittee(
  orgs: readonly { id: string; type: string; regionId: string; divisionCode: string; mediation?: { kind: string } | null }[],
  mediators: ReadonlyMap<string, readonly { id: string; name: string }[]>,
  regionId: string,
): SeedCommittee | undefined {
  const staffed = orgs
    .filter((o) => o.type === 'mediation_committee' && o.regionId === regionId && (mediators.get(o.id)?.length ?? 0) >= 2)
    .sort((a, b) => a.id.localeCompare(b.id));
  // A street (township) committee: the one routing proposes for a dispute in its street, so that the demo
  // mediator, who works for it, also receives what citizens file there.
  const chosen = staffed.find((o) => o.mediation?.kind === 'township') ?? staffed.find((o) => o.mediation?.kind === 'village');
  return chosen && { id: chosen.id, divisionCode: chosen.divisionCode, mediators: mediators.get(chosen.id)! };
}

export async function seedDemoData(handle: DatabaseHandle, options: SeedOptions): Promise<SeedResult> {
  const { db } = handle;
  const existing = await db.select({ id: users.id }).from(users).where(sql`${users.demo}`).limit(1);
  if (existing.length > 0) return { skipped: true, organizations: 0, practitioners: 0, users: 0 };

  const random = new Random(options.seed ?? DEFAULT_SEED);
  const regions = options.regions;
  const tree = buildDivisionTree(townPrefixes(regions));
  const areas: SeededArea[] = regions.flatMap((r) => (r.divisionCode ? [{ regionId: r.id, prefix: divisionPrefix(r.divisionCode) }] : []));
  const orgs = new OrganizationPlanner(random, tree, areas).plan();

  const bureauNames = new Map<string, string>();
  const bureauOf = (code: string) => {
    const county = code.slice(0, 6);
    let name = bureauNames.get(county);
    if (name === undefined) {
      name = `${fullPlaceName(divisionPath(tree, county))}司法局`;
      bureauNames.set(county, name);
    }
    return name;
  };

  const passwordHash = await hashPassword(options.demoPassword);
  const accounts = demoAccounts(random, regions, passwordHash);
  const userIds = new Map(accounts.map((u) => [u.username, u.id]));
  const total = options.practitioners ?? DEFAULT_PRACTITIONERS;

  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  const rosters = new Map<string, RosterEntry[]>();
  const committeeMediators = new Map<string, { id: string; name: string }[]>();
  /** The firm of each rostered lawyer, for the demo lawyer account's link. */
  const lawyerFirms = new Map<string, string>();
  let practitionerCount = 0;
  await db.transaction(async (tx) => {
    await insertChunked(tx, divisions, tree.rows, 2000);
    await insertChunked(tx, organizations, orgs, 500);
    let batch: PractitionerRow[] = [];
    let credit: CreditRecordRow[] = [];
    const flush = async () => {
      await insertChunked(tx, practitioners, batch);
      await insertChunked(tx, creditRecords, credit);
      practitionerCount += batch.length;
      batch = [];
      credit = [];
    };
    for (const generated of generatePractitioners(random, orgs, total, bureauOf)) {
      const p = generated.practitioner;
      const roster = rosters.get(p.regionId) ?? [];
      if (p.type === 'lawyer' && p.status === 'active' && roster.length < ROSTER_PER_REGION) {
        roster.push({ practitionerId: p.id, name: p.name, organizationName: orgNames.get(p.organizationId) ?? '' });
        rosters.set(p.regionId, roster);
        lawyerFirms.set(p.id, p.organizationId);
      }
      if (p.type === 'mediator' && p.status === 'active') {
        committeeMediators.set(p.organizationId, [...(committeeMediators.get(p.organizationId) ?? []), { id: p.id, name: p.name }]);
      }
      batch.push(p);
      credit.push(...generated.credit);
      if (batch.length === 1000) await flush();
    }
    await flush();
    await insertChunked(tx, users, accounts);
    // Organization-bound demo staff work for the region's first organization of their kind (the mediator for
    // the committee of the sample cases, below); an account linked to none would handle no case.
    for (const region of regions) {
      for (const [role, type] of ORGANIZATION_OF_ROLE) {
        const organization = orgs.filter((o) => o.regionId === region.id && o.type === type).sort((a, b) => a.id.localeCompare(b.id))[0];
        if (organization) await linkAccount(tx, userIds.get(demoUsername(region.id, role))!, { organizationId: organization.id });
      }
    }
    for (const region of regions) {
      // The region's own lawyers first, then those of the regions below it.
      const roster = [...rosters.entries()]
        .filter(([id]) => withinSeeded(regions, id, region.id))
        .sort(([a], [b]) => Number(b === region.id) - Number(a === region.id))
        .flatMap(([, entries]) => entries);
      const { applications, details, history, deadlines } = sampleApplications(
        random,
        {
          id: region.id,
          name: region.name,
          ...(region.divisionCode ? { divisionCode: region.divisionCode } : {}),
          address: `${region.divisionCode ? fullPlaceName(divisionPath(tree, region.divisionCode)) : '北京市东城区'}人民路${random.int(1, 300)}号`,
          deadlines: region.legalAid.deadlines,
        },
        userIds.get(demoUsername(region.id, 'citizen'))!,
        userIds.get(demoUsername(region.id, 'legal_aid_officer'))!,
        roster,
        options.today ?? REFERENCE_DATE,
      );
      await insertChunked(tx, cases, applications);
      await insertChunked(tx, legalAidDetails, details);
      // The demo lawyer is the one assigned to the first sample that has a lawyer: their cases are on their workbench.
      const lawyer = applications.find((a) => a.practitionerIds?.length)?.practitionerIds?.[0];
      if (lawyer) await linkAccount(tx, userIds.get(demoUsername(region.id, 'lawyer'))!, { practitionerId: lawyer, organizationId: lawyerFirms.get(lawyer) ?? null });
      await insertChunked(tx, caseHistory, history);
      await insertChunked(tx, caseClocks, deadlines);
    }
    // Their own generator, so that adding mediation samples leaves every other seeded row as it was.
    const mediationRandom = new Random((options.seed ?? DEFAULT_SEED) + 1);
    for (const region of regions) {
      const committee = mediationCommittee(orgs, committeeMediators, region.id);
      if (!committee || !region.modules.mediation.enabled || !region.divisionCode) continue;
      const samples = sampleMediationCases(
        mediationRandom,
        { id: region.id, divisionCode: region.divisionCode, deadlines: region.mediation.deadlines },
        committee,
        userIds.get(demoUsername(region.id, 'citizen'))!,
        userIds.get(demoUsername(region.id, 'mediator'))!,
        options.today ?? REFERENCE_DATE,
      );
      await linkAccount(tx, userIds.get(demoUsername(region.id, 'mediator'))!, { organizationId: committee.id, practitionerId: committee.mediators[0]!.id });
      await insertChunked(tx, cases, samples.cases);
      await insertChunked(tx, mediationDetails, samples.details);
      await insertChunked(tx, caseHistory, samples.history);
      await insertChunked(tx, caseClocks, samples.deadlines);
      await insertChunked(tx, mediationSessions, samples.sessions);
      await insertChunked(tx, mediationSessionMediators, samples.sessionMediators);
    }
    // Declared case modules (ADR 0016): the region's first organization of the module's type handles the samples,
    // the first of its staff roles acts on them. Their own generator, as for mediation.
    const declaredRandom = new Random((options.seed ?? DEFAULT_SEED) + 2);
    for (const definition of DECLARED_CASE_MODULES) {
      for (const region of regions) {
        const organization = orgs.filter((o) => o.regionId === region.id && o.type === definition.organizationType).sort((a, b) => a.id.localeCompare(b.id))[0];
        if (!organization || !region.modules[definition.id]?.enabled) continue;
        const samples = sampleDeclaredCases(
          declaredRandom,
          definition,
          {
            id: region.id,
            ...(region.divisionCode ? { divisionCode: region.divisionCode } : {}),
            deadlines: deadlineRulesFor(definition, region.modules[definition.id]?.config?.['deadlines']),
          },
          organization.id,
          userIds.get(demoUsername(region.id, 'citizen'))!,
          userIds.get(demoUsername(region.id, definition.staffRoles[0]!))!,
          options.today ?? REFERENCE_DATE,
        );
        await insertChunked(tx, cases, samples.cases);
        await insertChunked(tx, declaredCaseDetails, samples.details);
        await insertChunked(tx, caseHistory, samples.history);
        await insertChunked(tx, caseClocks, samples.deadlines);
      }
    }
  });
  // PGlite runs no autovacuum: set the visibility map and planner statistics now, so that searches can
  // use index-only scans and good plans from the first request.
  await handle.execute('VACUUM ANALYZE');
  return { skipped: false, organizations: orgs.length, practitioners: practitionerCount, users: accounts.length };
}
