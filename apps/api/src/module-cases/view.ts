/**
 * How a declared module's case is shown: the list summary and the full case. The applicant sees their
 * fields as filed; staff see the personal ones (phones, fields marked personal) masked; everyone but the
 * applicant sees the applicant's name masked.
 */
import { inArray } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import { isPersonalField, type CaseField } from '@fawang/workflow';
import { maskName, maskPhone } from '@fawang/validators/masking';
import type { Database } from '../db/client.js';
import type { declaredCaseDetails} from '../db/schema.js';
import { organizations, users } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import type { CaseRow } from '../cases/access.js';
import { caseClocksView, caseHistoryView } from '../cases/record.js';
import type { DeclaredCaseModule } from '../cases/registry.js';
import { heldDocuments } from '../routes/documents.js';

export type Details = typeof declaredCaseDetails.$inferSelect;

/** The names of the organizations and applicants of some cases, read at once (a page names up to 100). */
export interface Names {
  organizations: Map<string, string>;
  applicants: Map<string, string>;
}

export async function namesOf(db: Database, rows: readonly CaseRow[]): Promise<Names> {
  const organizationIds = [...new Set(rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
  const ownerIds = [...new Set(rows.map((r) => r.ownerId))];
  const [orgs, owners] = await Promise.all([
    organizationIds.length ? db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, organizationIds)) : [],
    ownerIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ownerIds)) : [],
  ]);
  return { organizations: new Map(orgs.map((o) => [o.id, o.name])), applicants: new Map(owners.map((o) => [o.id, o.name])) };
}

/** A personal value as staff see it: a phone as 139****2222, anything else with its middle hidden. */
function masked(field: CaseField, value: string): string {
  if (field.kind === 'phone') return maskPhone(value);
  const shown = Math.min(2, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}${'*'.repeat(Math.max(value.length - 2 * shown, 1))}${shown ? value.slice(-shown) : ''}`;
}

export function fieldsView(module: DeclaredCaseModule, fields: Readonly<Record<string, string>>, owner: boolean): Record<string, string> {
  if (owner) return { ...fields };
  const declared = new Map(module.definition.fields.map((f) => [f.key, f]));
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => {
      const field = declared.get(key);
      return [key, field && isPersonalField(field) ? masked(field, value) : value];
    }),
  );
}

export function summaryView(module: DeclaredCaseModule, row: CaseRow, names: Names, user: SessionUser, now = new Date()): Schemas['ModuleCaseSummary'] {
  // Filing always names the organization.
  if (!row.organizationId) throw new Error(`${module.definition.id} case ${row.id} has no organization`);
  const applicant = names.applicants.get(row.ownerId) ?? '';
  return {
    id: row.id,
    module: module.definition.id,
    reference: row.reference,
    regionId: row.regionId,
    status: row.status,
    organization: { id: row.organizationId, name: names.organizations.get(row.organizationId) ?? '' },
    applicantName: row.ownerId === user.id ? applicant : maskName(applicant),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.submittedAt ? { submittedAt: row.submittedAt.toISOString() } : {}),
    ...(row.dueAt ? { dueAt: row.dueAt.toISOString() } : {}),
    overdue: row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
  };
}

export async function detailView(db: Database, module: DeclaredCaseModule, row: CaseRow, details: Details, user: SessionUser): Promise<Schemas['ModuleCase']> {
  const [names, history, deadlines, documents] = await Promise.all([
    namesOf(db, [row]),
    caseHistoryView(db, row.id, user.id),
    caseClocksView(db, row.id),
    heldDocuments(db, row.id),
  ]);
  return {
    ...summaryView(module, row, names, user),
    fields: fieldsView(module, details.fields, row.ownerId === user.id),
    ...(details.outcomeReason ? { outcomeReason: details.outcomeReason } : {}),
    documents,
    history,
    deadlines,
    version: row.version,
  };
}
