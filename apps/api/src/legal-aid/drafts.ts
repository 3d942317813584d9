/**
 * The application wizard's draft (申请草稿) for 法律援助 legal aid, one per citizen and region, so that
 * answers survive a reload, another device and a new sign-in. Saves carry the version they were based
 * on: a draft saved meanwhile in another tab is a 409, never silently overwritten.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { RegionRegistry } from '@fawang/regions';
import type { Schemas } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { caseDocuments, legalAidDrafts } from '../db/schema.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import type { AppServices } from '../services.js';
import { deleteUnattachedDocuments, documentColumns, documentView, requireUnattachedDocuments } from '../routes/documents.js';

type DraftHandlers = Pick<Handlers, 'getLegalAidDraft' | 'saveLegalAidDraft' | 'deleteLegalAidDraft'>;
type DraftRow = typeof legalAidDrafts.$inferSelect;

/** Drafts exist only where the region offers legal aid online, as applications do; 400 on `field` otherwise. */
function requireLegalAidRegion(regions: RegionRegistry, regionId: string, field: string): void {
  const profile = regions.get(regionId);
  if (!profile) throw problems.field(field, 'unknown_region', `region ${regionId} does not exist`);
  if (!profile.modules?.['legal-aid']?.enabled) {
    throw problems.field(field, 'module_disabled', `legal aid is not offered online in ${profile.name}`);
  }
}

function versionConflict(): never {
  throw problems.conflict('version_conflict', 'The draft was saved meanwhile (another tab or device); reload it and try again');
}

/**
 * Deletes the caller's draft for a region and the documents it named that no application holds: a
 * document already submitted (attached earlier in the same transaction) stays with its application, one
 * left out of the submission would otherwise linger unseen and count against the upload limit.
 */
export async function discardDraft(tx: Pick<Database, 'delete'>, ownerId: string, regionId: string): Promise<void> {
  const [removed] = await tx
    .delete(legalAidDrafts)
    .where(and(eq(legalAidDrafts.ownerId, ownerId), eq(legalAidDrafts.regionId, regionId)))
    .returning();
  await deleteUnattachedDocuments(tx, ownerId, removed?.data.documentIds ?? []);
}

export function legalAidDraftHandlers({ db, regions }: AppServices): DraftHandlers {
  /** The draft as answered: with the documents its `documentIds` name that still exist, in that order. */
  async function view(row: DraftRow, ownerId: string): Promise<Schemas['LegalAidDraft']> {
    const ids = row.data.documentIds ?? [];
    const documents = ids.length
      ? await db
          .select(documentColumns)
          .from(caseDocuments)
          .where(and(inArray(caseDocuments.id, ids), eq(caseDocuments.ownerId, ownerId)))
      : [];
    return {
      regionId: row.regionId,
      data: row.data,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
      documents: ids.flatMap((id) => documents.filter((d) => d.id === id).map(documentView)),
    };
  }

  function ofOwner(ownerId: string, regionId: string) {
    return and(eq(legalAidDrafts.ownerId, ownerId), eq(legalAidDrafts.regionId, regionId));
  }

  return {
    async getLegalAidDraft({ query, auth }) {
      const user = auth.requireRole('citizen');
      requireLegalAidRegion(regions, query.regionId, 'query.regionId');
      const [row] = await db.select().from(legalAidDrafts).where(ofOwner(user.id, query.regionId)).limit(1);
      if (!row) throw problems.notFound('Draft');
      return { status: 200, body: await view(row, user.id) };
    },

    async saveLegalAidDraft({ body, auth }) {
      const user = auth.requireRole('citizen');
      requireLegalAidRegion(regions, body.regionId, 'body.regionId');
      await requireUnattachedDocuments(db, user.id, body.data.documentIds ?? [], 'body.data.documentIds');
      const now = new Date();
      let saved: DraftRow | undefined;
      if (body.version === undefined) {
        // A first save: if another tab created the draft meanwhile, this one must not replace it.
        [saved] = await db
          .insert(legalAidDrafts)
          .values({ ownerId: user.id, regionId: body.regionId, data: body.data, version: 1, updatedAt: now })
          .onConflictDoNothing()
          .returning();
      } else {
        [saved] = await db
          .update(legalAidDrafts)
          .set({ data: body.data, version: body.version + 1, updatedAt: now })
          .where(and(ofOwner(user.id, body.regionId), eq(legalAidDrafts.version, body.version)))
          .returning();
      }
      if (!saved) versionConflict();
      return { status: 200, body: await view(saved, user.id) };
    },

    async deleteLegalAidDraft({ query, auth }) {
      const user = auth.requireRole('citizen');
      requireLegalAidRegion(regions, query.regionId, 'query.regionId');
      await db.transaction((tx) => discardDraft(tx, user.id, query.regionId));
      return { status: 204 };
    },
  };
}
