/**
 * Documents (申请材料) for 法律援助 legal aid: a citizen uploads the file's bytes, the type is decided by
 * the content (PDF, JPEG, PNG), and the document stays the uploader's until an application or provided
 * material takes it. Staff who may see the holding application can download it; that read is audited.
 */
import { createHash } from 'node:crypto';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Schemas } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { legalAidApplications, legalAidDocuments, users } from '../db/schema.js';
import { HttpProblem, problems } from '../http/problem.js';
import type { SessionUser } from '../http/auth.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { contentDisposition } from '../domain/content-disposition.js';
import { regionScope, type AppServices } from '../services.js';

type DocumentHandlers = Pick<Handlers, 'uploadLegalAidDocument' | 'getLegalAidDocument' | 'deleteLegalAidDocument'>;
type MediaType = Schemas['LegalAidDocument']['mediaType'];
/** Either the database or a transaction: both run the same queries. */
type Queryable = Pick<Database, 'select' | 'update'>;

const ACCEPTED: readonly MediaType[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** Uploads waiting for an application; bounds what one account can park in the database. */
export const MAX_UNATTACHED_DOCUMENTS = 30;
const STAFF_ROLES: readonly string[] = ['legal_aid_officer', 'bureau_admin'];

/** Every column but the bytes: what lists and JSON answers read. */
export const documentColumns = {
  id: legalAidDocuments.id,
  name: legalAidDocuments.name,
  kind: legalAidDocuments.kind,
  mediaType: legalAidDocuments.mediaType,
  size: legalAidDocuments.size,
  sha256: legalAidDocuments.sha256,
  createdAt: legalAidDocuments.createdAt,
};

type DocumentRow = { [K in keyof typeof documentColumns]: (typeof legalAidDocuments.$inferSelect)[K] };

/** A document's JSON form; never the bytes. */
export function documentView(row: DocumentRow): Schemas['LegalAidDocument'] {
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
 * Checks that every id names a document the user uploaded and no application holds yet; otherwise 400
 * on `field`. Someone else's document is reported like a missing one so ids cannot be probed.
 */
export async function requireUnattachedDocuments(db: Queryable, ownerId: string, ids: readonly string[], field: string): Promise<void> {
  if (!ids.length) return;
  const found = await db
    .select({ id: legalAidDocuments.id })
    .from(legalAidDocuments)
    .where(and(inArray(legalAidDocuments.id, [...ids]), eq(legalAidDocuments.ownerId, ownerId), isNull(legalAidDocuments.applicationId)));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw problems.field(field, 'unknown_document', `${missing.join(', ')}: not a document of yours that no application holds yet`);
  }
}

/** Hands the user's unattached documents to an application; 400 on `field` if one was taken meanwhile. */
export async function attachDocuments(tx: Queryable, ownerId: string, applicationId: string, ids: readonly string[], field: string): Promise<void> {
  if (!ids.length) return;
  const attached = await tx
    .update(legalAidDocuments)
    .set({ applicationId })
    .where(and(inArray(legalAidDocuments.id, [...ids]), eq(legalAidDocuments.ownerId, ownerId), isNull(legalAidDocuments.applicationId)))
    .returning({ id: legalAidDocuments.id });
  if (attached.length !== ids.length) {
    throw problems.field(field, 'unknown_document', 'a document is no longer yours to attach; reload and try again');
  }
}

/** The documents an application holds, in upload order (for its detail). */
export async function applicationDocuments(db: Queryable, applicationId: string): Promise<Schemas['LegalAidDocument'][]> {
  const rows = await db
    .select(documentColumns)
    .from(legalAidDocuments)
    .where(eq(legalAidDocuments.applicationId, applicationId))
    .orderBy(legalAidDocuments.createdAt, legalAidDocuments.id);
  return rows.map(documentView);
}

/** The uploaded name for display only: no directories (a browser may send `C:\fakepath\…`) and no control or bidi characters. */
export function displayName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  return base.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').trim();
}

export function legalAidDocumentHandlers({ db, regions }: AppServices): DocumentHandlers {
  /** The document if the user may read it: its uploader, or staff whose region covers the holding application. */
  async function readable(id: string, user: SessionUser) {
    const [row] = await db
      .select({ document: legalAidDocuments, applicationRegion: legalAidApplications.regionId })
      .from(legalAidDocuments)
      .leftJoin(legalAidApplications, eq(legalAidApplications.id, legalAidDocuments.applicationId))
      .where(eq(legalAidDocuments.id, id))
      .limit(1);
    if (!row) return null;
    if (row.document.ownerId === user.id) return { ...row, staffRead: false };
    const staffMayRead =
      STAFF_ROLES.includes(user.role) && row.applicationRegion !== null && regionScope(regions, user.regionId).includes(row.applicationRegion);
    return staffMayRead ? { ...row, staffRead: true } : null;
  }

  return {
    async uploadLegalAidDocument({ query, body, auth }) {
      const user = auth.requireRole('citizen');
      const name = displayName(query.name);
      if (!name) throw problems.field('query.name', 'invalid', 'must contain a file name, not only separators or control characters');
      const detected = await fileTypeFromBuffer(body);
      const mediaType = ACCEPTED.find((type) => type === detected?.mime);
      if (!mediaType) {
        const message = `must be a PDF, JPEG or PNG file (${ACCEPTED.join(', ')}); the content is ${detected?.mime ?? 'not a recognised file type'}`;
        throw new HttpProblem(415, 'unsupported_document_type', 'Only PDF, JPEG and PNG documents are accepted', [
          { field: 'body', code: 'unsupported_document_type', message },
        ]);
      }
      const sha256 = createHash('sha256').update(body).digest('hex');
      const row = await db.transaction(async (tx) => {
        // Locking the uploader's row makes the count and the insert one step, so parallel uploads cannot pass the limit together.
        await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
        const [pending] = await tx
          .select({ n: count() })
          .from(legalAidDocuments)
          .where(and(eq(legalAidDocuments.ownerId, user.id), isNull(legalAidDocuments.applicationId)));
        if ((pending?.n ?? 0) >= MAX_UNATTACHED_DOCUMENTS) {
          throw problems.conflict(
            'too_many_documents',
            `You already have ${MAX_UNATTACHED_DOCUMENTS} documents that no application holds; submit or delete some first`,
          );
        }
        const [inserted] = await tx
          .insert(legalAidDocuments)
          .values({ ownerId: user.id, name, kind: query.kind, mediaType, size: body.length, sha256, content: body, createdAt: new Date() })
          .returning(documentColumns);
        return inserted!;
      });
      return { status: 201, body: documentView(row) };
    },

    async getLegalAidDocument({ params, auth, request }) {
      const user = auth.requireUser();
      const found = await readable(params.id, user);
      if (!found) throw problems.notFound('Document');
      const { document } = found;
      if (found.staffRead) {
        await audit(db, request, user, { action: 'read', subjectType: 'legal_aid_document', subjectId: document.id, regionId: found.applicationRegion });
      }
      return {
        status: 200,
        body: document.content,
        headers: {
          'content-type': document.mediaType,
          'content-disposition': contentDisposition(document.name),
          // The stored type is what the content is; the browser must not guess another (an HTML "image").
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
        },
      };
    },

    async deleteLegalAidDocument({ params, auth }) {
      const user = auth.requireUser();
      const deleted = await db
        .delete(legalAidDocuments)
        .where(and(eq(legalAidDocuments.id, params.id), eq(legalAidDocuments.ownerId, user.id), isNull(legalAidDocuments.applicationId)))
        .returning({ id: legalAidDocuments.id });
      if (deleted.length) return { status: 204 };
      const [existing] = await db
        .select({ id: legalAidDocuments.id })
        .from(legalAidDocuments)
        .where(and(eq(legalAidDocuments.id, params.id), eq(legalAidDocuments.ownerId, user.id)))
        .limit(1);
      if (existing) throw problems.conflict('document_attached', 'An application holds this document; it can no longer be deleted');
      throw problems.notFound('Document');
    },
  };
}
