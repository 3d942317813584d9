/**
 * How a mediation case is shown: the list summary and the full case. The applicant sees the parties in
 * full; staff see ID numbers and phones masked; everyone but the applicant sees the applicant's name masked.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import type { MediationClock } from '@fawang/workflow/mediation';
import { maskName, maskPhone, maskResidentId } from '@fawang/validators/masking';
import type { Database } from '../db/client.js';
import { mediationSessionMediators, mediationSessions, organizations, practitioners } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import { caseClocksView, caseHistoryView } from '../cases/record.js';
import { heldDocuments } from '../routes/documents.js';
import type { CaseRow } from './access.js';
import { committeeRef } from './committees.js';

export type { CaseRow } from './access.js';
type Party = Schemas['MediationPartyView'];

export function applicantOf(row: CaseRow): Party {
  const applicant = row.parties.find((p) => p.role === 'applicant');
  // Filing accepts exactly one applicant, so a case without one is corrupt data, not a client mistake.
  if (!applicant) throw new Error(`mediation case ${row.id} has no applicant`);
  return applicant;
}

/** A party as the caller may see it: the applicant's own case in full, staff with ID numbers and phones masked. */
export function partyView(party: Party, owner: boolean): Party {
  if (owner) return party;
  return {
    ...party,
    ...(party.idNumber ? { idNumber: maskResidentId(party.idNumber) } : {}),
    ...(party.phone ? { phone: maskPhone(party.phone) } : {}),
  };
}

/** The committees of some cases by id, read at once (a page of a list names up to 100). */
export async function committeeRefs(db: Database, ids: readonly string[]): Promise<Map<string, Schemas['CommitteeRef']>> {
  const rows = ids.length
    ? await db
        .select({ id: organizations.id, name: organizations.name, divisionCode: organizations.divisionCode, mediation: organizations.mediation })
        .from(organizations)
        .where(inArray(organizations.id, [...new Set(ids)]))
    : [];
  // Every case's committee_id references a committee, which always states its kind (migration 0005).
  return new Map(rows.map((row) => [row.id, committeeRef({ ...row, kind: row.mediation?.kind ?? 'township' })]));
}

export async function mediatorRefs(db: Database, ids: readonly string[]): Promise<Schemas['MediatorRef'][]> {
  if (!ids.length) return [];
  const rows = await db.select({ id: practitioners.id, name: practitioners.name }).from(practitioners).where(inArray(practitioners.id, [...ids]));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => ({ practitionerId: id, name: names.get(id) ?? '' }));
}

export function summaryView(row: CaseRow, committee: Schemas['CommitteeRef'], user: SessionUser, now = new Date()): Schemas['MediationCaseSummary'] {
  const applicant = applicantOf(row);
  return {
    id: row.id,
    reference: row.reference,
    regionId: row.regionId,
    status: row.status,
    disputeType: row.disputeType,
    committee,
    applicantName: row.ownerId === user.id ? applicant.name : maskName(applicant.name),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.submittedAt ? { submittedAt: row.submittedAt.toISOString() } : {}),
    ...(row.dueAt ? { dueAt: row.dueAt.toISOString() } : {}),
    overdue: row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
  };
}

async function sessionsOf(db: Database, caseId: string): Promise<Schemas['MediationSession'][]> {
  const sessions = await db.select().from(mediationSessions).where(eq(mediationSessions.caseId, caseId)).orderBy(mediationSessions.startsAt, mediationSessions.id);
  if (!sessions.length) return [];
  const attending = await db
    .select({ sessionId: mediationSessionMediators.sessionId, practitionerId: practitioners.id, name: practitioners.name })
    .from(mediationSessionMediators)
    .innerJoin(practitioners, eq(practitioners.id, mediationSessionMediators.practitionerId))
    .where(inArray(mediationSessionMediators.sessionId, sessions.map((s) => s.id)))
    .orderBy(practitioners.name, practitioners.id);
  return sessions.map((s) => ({
    id: s.id,
    mode: s.mode,
    ...(s.location ? { location: s.location } : {}),
    ...(s.onlineUrl ? { onlineUrl: s.onlineUrl } : {}),
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    mediators: attending.filter((m) => m.sessionId === s.id).map((m) => ({ practitionerId: m.practitionerId, name: m.name })),
    participants: s.participants,
  }));
}

export async function detailView(db: Database, row: CaseRow, user: SessionUser): Promise<Schemas['MediationCase']> {
  const owner = row.ownerId === user.id;
  const [committees, history, deadlines, mediators, sessions, documents] = await Promise.all([
    committeeRefs(db, [row.committeeId]),
    caseHistoryView<Schemas['MediationCaseStatus'], Schemas['MediationAction']>(db, row.id, user.id),
    caseClocksView<MediationClock>(db, row.id),
    mediatorRefs(db, row.mediatorIds),
    sessionsOf(db, row.id),
    heldDocuments(db, row.id),
  ]);
  const committee = committees.get(row.committeeId);
  if (!committee) throw new Error(`mediation committee ${row.committeeId} is missing`);
  return {
    ...summaryView(row, committee, user),
    place: row.place,
    summary: row.summary,
    parties: row.parties.map((party) => partyView(party, owner)),
    documents,
    mediators,
    sessions,
    ...(row.agreement ? { agreement: row.agreement } : {}),
    ...(row.outcomeReason ? { outcomeReason: row.outcomeReason } : {}),
    history,
    deadlines,
    version: row.version,
  };
}
