/**
 * Migrations that move data, run from the state before them: 0007/0008 move legal aid's documents into the
 * shared `case_documents` (ADR 0011) and must lose neither a held nor an unattached upload; 0010/0011 move
 * both modules' cases into the kernel's tables (ADR 0014) and must keep every case, its details, history,
 * clocks, documents and sessions under the same ids; 0012 moves the assigned practitioners onto the case.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../migrate.js';

interface Journal {
  entries: { tag: string }[];
}

/** A copy of the migrations folder whose journal stops before `tag`: the database as an older release left it. */
async function migrationsBefore(tag: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'fawang-migrations-'));
  await cp(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(index).toBeGreaterThan(0);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return folder;
}

describe('0007/0008: legal-aid documents into case_documents', () => {
  let client: PGlite;
  let older: string;
  /** Up to 0009: the later kernel migrations move these documents on again (tested below). */
  let after: string;
  beforeAll(async () => {
    client = new PGlite();
    older = await migrationsBefore('0007_case_documents');
    after = await migrationsBefore('0010_case_kernel');
  });
  afterAll(async () => {
    await client?.close();
    for (const folder of [older, after]) if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('keeps every document, its bytes and the application holding it, and drops the old table', async () => {
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: older });
    const { rows: users } = await client.query<{ id: string }>(
      `insert into users (username, password_hash, display_name, role, region_id) values ('m', 'x', '迁移', 'citizen', 'leshan') returning id`,
    );
    const owner = users[0]!.id;
    const { rows: applications } = await client.query<{ id: string }>(
      `insert into legal_aid_applications (reference, region_id, owner_id, status, matter_type, applicant, categories, household, case_summary, pledge_signed)
       values ('FY-1', 'leshan', $1, 'submitted', 'labour_remuneration', '{}', '{}', '{}', '讨薪', true) returning id`,
      [owner],
    );
    const application = applications[0]!.id;
    const pdf = Buffer.from('%PDF-1.4 held');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    await client.query(
      `insert into legal_aid_documents (id, owner_id, application_id, name, kind, media_type, size, sha256, content, created_at) values
       ('00000000-0000-4000-8000-000000000d01', $1, $2, '欠条.pdf', 'case_material', 'application/pdf', $3, 'a', $4, '2026-11-01T00:00:00Z'),
       ('00000000-0000-4000-8000-000000000d02', $1, null, '身份证.png', 'id_card', 'image/png', $5, 'b', $6, '2026-11-02T00:00:00Z')`,
      [owner, application, pdf.length, pdf, png.length, png],
    );

    await migrate(db, { migrationsFolder: after });

    const { rows } = await client.query<Record<string, unknown>>(
      `select id, owner_id, legal_aid_application_id, mediation_case_id, name, kind, media_type, size, content, created_at from case_documents order by id`,
    );
    expect(rows).toEqual([
      { id: '00000000-0000-4000-8000-000000000d01', owner_id: owner, legal_aid_application_id: application, mediation_case_id: null, name: '欠条.pdf', kind: 'case_material', media_type: 'application/pdf', size: pdf.length, content: new Uint8Array(pdf), created_at: new Date('2026-11-01T00:00:00Z') },
      { id: '00000000-0000-4000-8000-000000000d02', owner_id: owner, legal_aid_application_id: null, mediation_case_id: null, name: '身份证.png', kind: 'id_card', media_type: 'image/png', size: png.length, content: new Uint8Array(png), created_at: new Date('2026-11-02T00:00:00Z') },
    ]);
    const { rows: old } = await client.query<{ table: string | null }>(`select to_regclass('legal_aid_documents')::text as table`);
    expect(old).toEqual([{ table: null }]);
  });
});

describe('0010–0012: legal-aid and mediation cases into the case kernel', () => {
  let client: PGlite;
  let older: string;
  beforeAll(async () => {
    client = new PGlite();
    older = await migrationsBefore('0010_case_kernel');
  });
  afterAll(async () => {
    await client?.close();
    if (older) await rm(older, { recursive: true, force: true });
  });

  const APPLICATION = '00000000-0000-4000-8000-00000000a001';
  const MEDIATION = '00000000-0000-4000-8000-00000000b001';

  async function rows(query: string, params: unknown[] = []) {
    return (await client.query<Record<string, unknown>>(query, params)).rows;
  }

  it('keeps every case with its details, history, clocks, documents and sessions, and drops the old tables', async () => {
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: older });
    const [citizen, officer] = (
      await rows(
        `insert into users (username, password_hash, display_name, role, region_id) values
         ('c', 'x', '申请人', 'citizen', 'leshan'), ('o', 'x', '承办人', 'legal_aid_officer', 'leshan') returning id`,
      )
    ).map((r) => r.id as string);
    await client.query(`insert into divisions (code, name, level) values ('511102', '市中区', 'county')`);
    const [committee] = (
      await rows(`insert into organizations (type, name, region_id, division_code, address, phone) values
        ('mediation_committee', '调委会', 'leshan', '511102', '人民路 1 号', '0833-1234567') returning id`)
    ).map((r) => r.id as string);
    const [mediator] = (
      await rows(
        `insert into practitioners (type, name, gender, licence_number, organization_id, region_id, division_code, specialties, years_of_practice, status, languages)
         values ('mediator', '调解员', 'female', 'M-1', $1, 'leshan', '511102', '{}', 3, 'active', '{zh}') returning id`,
        [committee],
      )
    ).map((r) => r.id as string);
    await client.query(
      `insert into legal_aid_applications (id, reference, region_id, owner_id, status, matter_type, applicant, categories, household, case_summary,
         opposing_party, pledge_signed, version, created_at, updated_at, submitted_at, decision_due_at, due_at, assignee, outcome, quality_review)
       values ($1, 'FY-511100-20261101-00000001', 'leshan', $2, 'closed', 'labour_remuneration',
         '{"name":"申请人","idNumber":"11010519491231002X","phone":"13800000000","address":"人民路"}', '{low_income}',
         '{"size":2,"monthlyIncome":1200}', '讨薪', '某公司', true, 7, '2026-11-01T01:00:00Z', '2026-11-20T01:00:00Z',
         '2026-11-01T01:00:00Z', '2026-11-08T01:00:00Z', null, '{"kind":"lawyer","practitionerId":"00000000-0000-4000-8000-0000000000c1","name":"律师"}',
         '胜诉', '{"grade":"pass","fileChecked":true,"followUpDone":false,"reviewedAt":"2026-11-21T00:00:00Z","reviewerId":"x"}')`,
      [APPLICATION, citizen],
    );
    await client.query(
      `insert into legal_aid_history (id, application_id, at, status, actor_id, action, note) values
       ('00000000-0000-4000-8000-00000000a101', $1, '2026-11-01T01:00:00Z', 'submitted', $2, null, null),
       ('00000000-0000-4000-8000-00000000a102', $1, '2026-11-19T01:00:00Z', 'closed', $3, 'close', '胜诉')`,
      [APPLICATION, citizen, officer],
    );
    await client.query(
      `insert into legal_aid_deadlines (id, application_id, kind, started_at, due_at, stopped_at) values
       ('00000000-0000-4000-8000-00000000a201', $1, 'decision', '2026-11-01T01:00:00Z', '2026-11-08T01:00:00Z', '2026-11-03T01:00:00Z')`,
      [APPLICATION],
    );
    await client.query(
      `insert into mediation_cases (id, reference, region_id, owner_id, status, dispute_type, place, summary, parties, committee_id, mediator_ids,
         agreement, outcome_reason, version, created_at, updated_at, submitted_at, concluded_at, due_at)
       values ($1, 'TJ-511102-20261102-00000002', 'leshan', $2, 'in_mediation', 'neighbourhood', '{"divisionCode":"511102"}', '邻里纠纷',
         '[{"role":"applicant","name":"申请人"},{"role":"respondent","name":"邻居"}]', $3, ARRAY[$4]::uuid[], null, null, 4,
         '2026-11-02T01:00:00Z', '2026-11-05T01:00:00Z', '2026-11-02T01:00:00Z', null, '2026-12-05T01:00:00Z')`,
      [MEDIATION, citizen, committee, mediator],
    );
    await client.query(
      `insert into mediation_history (id, case_id, at, status, actor_id, action, note) values
       ('00000000-0000-4000-8000-00000000b101', $1, '2026-11-02T01:00:00Z', 'submitted', $2, null, null)`,
      [MEDIATION, citizen],
    );
    await client.query(
      `insert into mediation_deadlines (id, case_id, kind, started_at, due_at, stopped_at) values
       ('00000000-0000-4000-8000-00000000b201', $1, 'conclusion', '2026-11-03T01:00:00Z', '2026-12-05T01:00:00Z', null)`,
      [MEDIATION],
    );
    await client.query(
      `insert into mediation_sessions (id, case_id, mode, location, starts_at, ends_at, participants) values
       ('00000000-0000-4000-8000-00000000b301', $1, 'onsite', '调解室', '2026-11-06T01:00:00Z', '2026-11-06T03:00:00Z', '{申请人,邻居}')`,
      [MEDIATION],
    );
    const pdf = Buffer.from('%PDF-1.4 kernel');
    await client.query(
      `insert into case_documents (id, owner_id, legal_aid_application_id, mediation_case_id, name, kind, media_type, size, sha256, content) values
       ('00000000-0000-4000-8000-00000000d001', $1, $2, null, '欠条.pdf', 'case_material', 'application/pdf', $4, 'a', $5),
       ('00000000-0000-4000-8000-00000000d002', $1, null, $3, '照片.pdf', 'evidence', 'application/pdf', $4, 'b', $5),
       ('00000000-0000-4000-8000-00000000d003', $1, null, null, '待用.pdf', 'id_card', 'application/pdf', $4, 'c', $5)`,
      [citizen, APPLICATION, MEDIATION, pdf.length, pdf],
    );

    await migrate(db, { migrationsFolder });

    expect(await rows(`select id, module, reference, region_id, owner_id, organization_id, status, version, created_at, updated_at, submitted_at, concluded_at, due_at from cases order by reference`)).toEqual([
      {
        id: APPLICATION, module: 'legal-aid', reference: 'FY-511100-20261101-00000001', region_id: 'leshan', owner_id: citizen, organization_id: null,
        status: 'closed', version: 7, created_at: new Date('2026-11-01T01:00:00Z'), updated_at: new Date('2026-11-20T01:00:00Z'),
        submitted_at: new Date('2026-11-01T01:00:00Z'), concluded_at: new Date('2026-11-19T01:00:00Z'), due_at: null,
      },
      {
        id: MEDIATION, module: 'mediation', reference: 'TJ-511102-20261102-00000002', region_id: 'leshan', owner_id: citizen, organization_id: committee,
        status: 'in_mediation', version: 4, created_at: new Date('2026-11-02T01:00:00Z'), updated_at: new Date('2026-11-05T01:00:00Z'),
        submitted_at: new Date('2026-11-02T01:00:00Z'), concluded_at: null, due_at: new Date('2026-12-05T01:00:00Z'),
      },
    ]);
    // 0012: the assigned practitioners are the case's — the mediation case's mediators, the application's lawyer.
    expect(await rows(`select id, practitioner_ids from cases order by reference`)).toEqual([
      { id: APPLICATION, practitioner_ids: ['00000000-0000-4000-8000-0000000000c1'] },
      { id: MEDIATION, practitioner_ids: [mediator] },
    ]);
    expect(await rows(`select * from legal_aid_details`)).toEqual([
      {
        case_id: APPLICATION, matter_type: 'labour_remuneration',
        applicant: { name: '申请人', idNumber: '11010519491231002X', phone: '13800000000', address: '人民路' },
        categories: ['low_income'], household: { size: 2, monthlyIncome: 1200 }, case_summary: '讨薪', opposing_party: '某公司', pledge_signed: true,
        decision_due_at: new Date('2026-11-08T01:00:00Z'),
        assignee: { kind: 'lawyer', practitionerId: '00000000-0000-4000-8000-0000000000c1', name: '律师' }, outcome: '胜诉',
        quality_review: { grade: 'pass', fileChecked: true, followUpDone: false, reviewedAt: '2026-11-21T00:00:00Z', reviewerId: 'x' },
      },
    ]);
    expect(await rows(`select * from mediation_details`)).toEqual([
      {
        case_id: MEDIATION, dispute_type: 'neighbourhood', place: { divisionCode: '511102' }, summary: '邻里纠纷',
        parties: [{ role: 'applicant', name: '申请人' }, { role: 'respondent', name: '邻居' }], agreement: null, outcome_reason: null,
      },
    ]);
    expect(await rows(`select id, case_id, status, actor_id, action, note from case_history order by at`)).toEqual([
      { id: '00000000-0000-4000-8000-00000000a101', case_id: APPLICATION, status: 'submitted', actor_id: citizen, action: null, note: null },
      { id: '00000000-0000-4000-8000-00000000b101', case_id: MEDIATION, status: 'submitted', actor_id: citizen, action: null, note: null },
      { id: '00000000-0000-4000-8000-00000000a102', case_id: APPLICATION, status: 'closed', actor_id: officer, action: 'close', note: '胜诉' },
    ]);
    expect(await rows(`select id, case_id, kind, started_at, due_at, stopped_at from case_clocks order by id`)).toEqual([
      { id: '00000000-0000-4000-8000-00000000a201', case_id: APPLICATION, kind: 'decision', started_at: new Date('2026-11-01T01:00:00Z'), due_at: new Date('2026-11-08T01:00:00Z'), stopped_at: new Date('2026-11-03T01:00:00Z') },
      { id: '00000000-0000-4000-8000-00000000b201', case_id: MEDIATION, kind: 'conclusion', started_at: new Date('2026-11-03T01:00:00Z'), due_at: new Date('2026-12-05T01:00:00Z'), stopped_at: null },
    ]);
    expect(await rows(`select id, case_id, name, content from case_documents order by id`)).toEqual([
      { id: '00000000-0000-4000-8000-00000000d001', case_id: APPLICATION, name: '欠条.pdf', content: new Uint8Array(pdf) },
      { id: '00000000-0000-4000-8000-00000000d002', case_id: MEDIATION, name: '照片.pdf', content: new Uint8Array(pdf) },
      { id: '00000000-0000-4000-8000-00000000d003', case_id: null, name: '待用.pdf', content: new Uint8Array(pdf) },
    ]);
    expect(await rows(`select id, case_id from mediation_sessions`)).toEqual([{ id: '00000000-0000-4000-8000-00000000b301', case_id: MEDIATION }]);
    // Deleting a case now deletes what hangs off it through the kernel's keys.
    await client.query(`delete from cases where id = $1`, [MEDIATION]);
    expect(await rows(`select count(*)::int as n from mediation_sessions`)).toEqual([{ n: 0 }]);
    expect(await rows(`select count(*)::int as n from case_documents where id = '00000000-0000-4000-8000-00000000d002'`)).toEqual([{ n: 0 }]);
    const old = await rows(
      `select name from unnest(array['legal_aid_applications', 'legal_aid_history', 'legal_aid_deadlines', 'mediation_cases', 'mediation_history', 'mediation_deadlines']) as name
       where to_regclass(name) is not null`,
    );
    expect(old).toEqual([]);
  });
});
