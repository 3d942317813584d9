/**
 * 案件质量评查 quality review of a closed legal-aid case: an officer of the region (or above) records the file
 * check, the follow-up with the aided person (回访) and a grade. It may be recorded again to correct it;
 * every recording is a history entry (the status does not change) and an audit-log update.
 */
import { eq, sql } from 'drizzle-orm';
import { maskName } from '@fawang/validators/masking';
import type { Schemas } from '@fawang/contract';
import type { FieldError } from '@fawang/contract/validation';
import { caseHistory, cases, legalAidDetails, users, type QualityReviewRow } from '../db/schema.js';
import { handlesCase } from '../cases/access.js';
import { legalAidCases } from '../cases/registry.js';
import type { ApplicationRow } from './applications.js';
import type { SessionUser } from '../http/auth.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import type { AppServices } from '../services.js';

type Row = ApplicationRow;
type QualityHandlers = Pick<Handlers, 'reviewLegalAidQuality'>;

/** What the legal-aid handlers share with this one: loading an application the caller may see, and its full form. */
export interface ApplicationAccess {
  visible(id: string, user: SessionUser): Promise<Row>;
  detail(row: Row, user: SessionUser, reveal: boolean): Promise<Schemas['LegalAidApplication']>;
}

const REVIEWABLE: readonly string[] = ['closed', 'evaluated'];
const GRADE_ZH: Readonly<Record<Schemas['QualityReviewInput']['grade'], string>> = { excellent: '优秀', pass: '合格', fail: '不合格' };

function blank(text: string | undefined): boolean {
  return !text || text.trim().length === 0;
}

/** The stored review as the contract shows it: the reviewer's display name, masked unless it is the caller. */
export async function qualityReviewView(
  db: AppServices['db'],
  stored: QualityReviewRow | null,
  user: SessionUser,
): Promise<Schemas['QualityReview'] | undefined> {
  if (!stored) return undefined;
  const [reviewer] = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, stored.reviewerId)).limit(1);
  const name = reviewer?.displayName ?? '';
  const { reviewerId, ...review } = stored;
  return { ...review, reviewer: reviewerId === user.id ? name : maskName(name) };
}

export function qualityHandlers({ db, regions }: AppServices, access: ApplicationAccess): QualityHandlers {
  return {
    async reviewLegalAidQuality({ params, body, auth, request }) {
      const user = auth.requireUser();
      const row = await access.visible(params.id, user);
      const officer = handlesCase(regions, legalAidCases, user, row);
      if (!officer) throw problems.forbidden('Only a legal-aid officer of the region records the quality review (案件质量评查)');

      const errors: FieldError[] = [];
      if (body.followUpDone && blank(body.followUpNote)) {
        errors.push({ field: 'body.followUpNote', code: 'required', message: 'say what the aided person said in the follow-up (回访情况)' });
      }
      if (body.grade === 'fail' && blank(body.notes)) {
        errors.push({ field: 'body.notes', code: 'required', message: 'a failing grade (不合格) needs the findings' });
      }
      if (errors.length) throw problems.validation(errors);
      if (!REVIEWABLE.includes(row.status)) {
        throw problems.conflict('invalid_state', `An application in status ${row.status} cannot be reviewed yet; close it first`);
      }

      const now = new Date();
      const review: QualityReviewRow = {
        fileChecked: body.fileChecked,
        followUpDone: body.followUpDone,
        ...(blank(body.followUpNote) ? {} : { followUpNote: body.followUpNote!.trim() }),
        grade: body.grade,
        ...(blank(body.notes) ? {} : { notes: body.notes!.trim() }),
        reviewedAt: now.toISOString(),
        reviewerId: user.id,
      };
      const updated = await db.transaction(async (tx) => {
        const [next] = await tx
          .update(cases)
          .set({ version: sql`${cases.version} + 1`, updatedAt: now })
          .where(eq(cases.id, row.id))
          .returning();
        const [details] = await tx.update(legalAidDetails).set({ qualityReview: review }).where(eq(legalAidDetails.caseId, row.id)).returning();
        await tx.insert(caseHistory).values({
          caseId: row.id,
          at: now,
          status: next!.status,
          actorId: user.id,
          action: null,
          note: `质量评查：${GRADE_ZH[body.grade]}`,
        });
        return { ...next!, details: details! };
      });
      await audit(db, request, user, { action: 'update', subjectType: legalAidCases.subject, subjectId: row.id, regionId: row.regionId });
      return { status: 200, body: await access.detail(updated, user, false) };
    },
  };
}
