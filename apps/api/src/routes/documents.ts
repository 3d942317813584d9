/**
 * Documents (申请材料) of every module's cases: a citizen uploads the file's bytes, the type is decided by
 * the content, which must read as a PDF, JPEG or PNG (`domain/document-content.ts`), and the document
 * stays the uploader's until a case of any module takes it (`case_documents.case_id`). The staff who handle
 * the holding case (cases/access.ts) can download it; that read is audited. ADR 0011.
 */
import { createHash } from 'node:crypto';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { caseDocuments, cases, users } from '../db/schema.js';
import { assignedTo, handlesCase } from '../cases/access.js';
import { caseModule } from '../cases/registry.js';
import { problems } from '../http/problem.js';
import type { SessionUser } from '../http/auth.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { contentDisposition } from '../domain/content-disposition.js';
import { documentContentType } from '../domain/document-content.js';
import type { AppServices } from '../services.js';

type DocumentHandlers = Pick<Handlers, 'uploadDocument' | 'getDocument' | 'deleteDocument'>;
/** Either the database or a transaction: both run the same queries. */
type Queryable = Pick<Database, 'select' | 'update'>;

/** No case holds the document yet: it is still its uploader's to attach or delete. */
const unattached = () => isNull(caseDocuments.caseId);

/** Uploads waiting for a case; bounds what one account can park in the database. */
export const MAX_UNATTACHED_DOCUMENTS = 30;

/** Every column but the bytes: what lists and JSON answers read. */
export const documentColumns = {
  id: caseDocuments.id,
  name: caseDocuments.name,
  kind: caseDocuments.kind,
  mediaType: caseDocuments.mediaType,
  size: caseDocuments.size,
  sha256: caseDocuments.sha256,
  createdAt: caseDocuments.createdAt,
};

type DocumentRow = { [K in keyof typeof documentColumns]: (typeof caseDocuments.$inferSelect)[K] };

/** A document's JSON form; never the bytes. */
export function documentView(row: DocumentRow): Schemas['StoredDocument'] {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Checks that every id names a document the user uploaded and no case holds yet; otherwise 400 on
 * `field`. Someone else's document is reported like a missing one so ids cannot be probed.
 */
export async function requireUnattachedDocuments(db: Queryable, ownerId: string, ids: readonly string[], field: string): Promise<void> {
  if (!ids.length) return;
  const found = await db
    .select({ id: caseDocuments.id })
    .from(caseDocuments)
    .where(and(inArray(caseDocuments.id, [...ids]), eq(caseDocuments.ownerId, ownerId), unattached()));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw problems.field(field, 'unknown_document', `${missing.join(', ')}: not a document of yours that no case holds yet`);
  }
}

/** Hands the user's unattached documents to a case; 400 on `field` if one was taken meanwhile. */
export async function attachDocuments(tx: Queryable, ownerId: string, caseId: string, ids: readonly string[], field: string): Promise<void> {
  if (!ids.length) return;
  const attached = await tx
    .update(caseDocuments)
    .set({ caseId })
    .where(and(inArray(caseDocuments.id, [...ids]), eq(caseDocuments.ownerId, ownerId), unattached()))
    .returning({ id: caseDocuments.id });
  if (attached.length !== ids.length) {
    throw problems.field(field, 'unknown_document', 'a document is no longer yours to attach; reload and try again');
  }
}

/** The documents a case holds, in upload order (for its detail). */
export async function heldDocuments(db: Queryable, caseId: string): Promise<Schemas['StoredDocument'][]> {
  const rows = await db.select(documentColumns).from(caseDocuments).where(eq(caseDocuments.caseId, caseId)).orderBy(caseDocuments.createdAt, caseDocuments.id);
  return rows.map(documentView);
}

/** Deletes those of the owner's documents with these ids that no case holds (a discarded draft's uploads). */
export async function deleteUnattachedDocuments(tx: Pick<Database, 'delete'>, ownerId: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await tx.delete(caseDocuments).where(and(inArray(caseDocuments.id, [...ids]), eq(caseDocuments.ownerId, ownerId), unattached()));
}

/** The uploaded name for display only: no directories (a browser may send `C:\fakepath\…`) and no control or bidi characters. */
export function displayName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  return base.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').trim();
}

export function documentHandlers({ db, regions }: AppServices): DocumentHandlers {
  /**
   * The document if the user may read it: its uploader, or whoever the kernel lets see the holding case
   * besides its applicant (`caseRegion` is then the case's region, for the audit log).
   */
  async function readable(id: string, user: SessionUser) {
    const [row] = await db
      .select({
        document: caseDocuments,
        holder: { module: cases.module, status: cases.status, regionId: cases.regionId, organizationId: cases.organizationId, practitionerIds: cases.practitionerIds },
      })
      .from(caseDocuments)
      .leftJoin(cases, eq(cases.id, caseDocuments.caseId))
      .where(eq(caseDocuments.id, id))
      .limit(1);
    if (!row) return null;
    if (row.document.ownerId === user.id) return { document: row.document, staffRead: false, caseRegion: null };
    // An unattached document is its uploader's alone.
    const module = row.holder ? caseModule(row.holder.module) : undefined;
    if (!row.holder || !module || !(handlesCase(regions, module, user, row.holder) || assignedTo(user, row.holder))) return null;
    return { document: row.document, staffRead: true, caseRegion: row.holder.regionId };
  }

  return {
    async uploadDocument({ query, body, auth }) {
      const user = auth.requireRole('citizen');
      const name = displayName(query.name);
      if (!name) throw problems.field('query.name', 'invalid', 'must contain a file name, not only separators or control characters');
      const mediaType = await documentContentType(body);
      const sha256 = createHash('sha256').update(body).digest('hex');
      const row = await db.transaction(async (tx) => {
        // Locking the uploader's row makes the count and the insert one step, so parallel uploads cannot pass the limit together.
        await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
        const [pending] = await tx
          .select({ n: count() })
          .from(caseDocuments)
          .where(and(eq(caseDocuments.ownerId, user.id), unattached()));
        if ((pending?.n ?? 0) >= MAX_UNATTACHED_DOCUMENTS) {
          throw problems.conflict(
            'too_many_documents',
            `You already have ${MAX_UNATTACHED_DOCUMENTS} documents that no case holds; submit or delete some first`,
          );
        }
        const [inserted] = await tx
          .insert(caseDocuments)
          .values({ ownerId: user.id, name, kind: query.kind, mediaType, size: body.length, sha256, content: body, createdAt: new Date() })
          .returning(documentColumns);
        return inserted!;
      });
      return { status: 201, body: documentView(row) };
    },

    async getDocument({ params, auth, request }) {
      const user = auth.requireUser();
      const found = await readable(params.id, user);
      if (!found) throw problems.notFound('Document');
      const { document } = found;
      if (found.staffRead) {
        await audit(db, request, user, { action: 'read', subjectType: 'case_document', subjectId: document.id, regionId: found.caseRegion });
      }
      return {
        status: 200,
        body: document.content,
        headers: {
          'content-type': document.mediaType,
          'content-disposition': contentDisposition(document.name),
          'cache-control': 'private, no-store',
        },
      };
    },

    async deleteDocument({ params, auth }) {
      const user = auth.requireUser();
      const deleted = await db
        .delete(caseDocuments)
        .where(and(eq(caseDocuments.id, params.id), eq(caseDocuments.ownerId, user.id), unattached()))
        .returning({ id: caseDocuments.id });
      if (deleted.length) return { status: 204 };
      const [existing] = await db
        .select({ id: caseDocuments.id })
        .from(caseDocuments)
        .where(and(eq(caseDocuments.id, params.id), eq(caseDocuments.ownerId, user.id)))
        .limit(1);
      if (existing) throw problems.conflict('document_attached', 'A case holds this document; it can no longer be deleted');
      throw problems.notFound('Document');
    },
  };
}
