/**
 * Migrations that move data, run from the state before them: 0007/0008 move legal aid's documents into the
 * shared `case_documents` (ADR 0011) and must lose neither a held nor an unattached upload.
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
  beforeAll(async () => {
    client = new PGlite();
    older = await migrationsBefore('0007_case_documents');
  });
  afterAll(async () => {
    await client?.close();
    if (older) await rm(older, { recursive: true, force: true });
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

    await migrate(db, { migrationsFolder });

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
