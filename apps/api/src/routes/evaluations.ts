/** 好差评: five-level ratings, one per user and service (一事一评); bad ratings are followed up. */
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { BAD_EVALUATION_LEVELS, EVALUATION_LEVELS, type Schemas } from '@fawang/contract';
import { isRateable, type AnyCaseDefinition } from '@fawang/workflow';
import { cases, evaluations, organizations, practitioners } from '../db/schema.js';
import { markRated } from '../cases/lifecycle.js';
import { caseModule, type CaseModule } from '../cases/registry.js';
import { pageWindow } from '../http/pagination.js';
import { HttpProblem, problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import type { AppServices } from '../services.js';

type EvaluationHandlers = Pick<Handlers, 'createEvaluation' | 'listMyEvaluations' | 'getEvaluationSummary'>;
type Level = Schemas['EvaluationLevel'];
/**
 * Whether the applicant may rate a case in `status`: a rateable state of its module, or the rated one, so
 * that rating it again reaches the insert and gets the one-per-subject 409 rather than a state conflict.
 */
function ratingReaches(definition: AnyCaseDefinition, status: string): boolean {
  return isRateable(definition, status) || status === definition.rated;
}

function isBad(level: Level): boolean {
  return (BAD_EVALUATION_LEVELS as readonly Level[]).includes(level);
}

function toEvaluation(row: typeof evaluations.$inferSelect): Schemas['Evaluation'] {
  return {
    id: row.id,
    module: row.module as Schemas['Evaluation']['module'],
    subjectType: row.subjectType as Schemas['Evaluation']['subjectType'],
    subjectId: row.subjectId,
    level: row.level as Level,
    ...(row.comment ? { comment: row.comment } : {}),
    ...(row.details ? { details: row.details } : {}),
    followUpConsent: row.followUpConsent,
    followUpStatus: row.followUpStatus as Schemas['Evaluation']['followUpStatus'],
    regionId: row.regionId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function evaluationHandlers({ db }: AppServices): EvaluationHandlers {
  /**
   * The region the rated subject belongs to, and the case module whose case the rating moves to its rated
   * state (a closed legal-aid application, an agreed or failed mediation case); 404 when it does not exist
   * or is not the caller's to rate.
   */
  async function ratedSubject(body: Schemas['EvaluationInput'], userId: string): Promise<{ regionId: string; closes: CaseModule | null }> {
    if (body.subjectType === 'application') {
      const module = caseModule(body.module);
      const [row] = module
        ? await db
            .select({ regionId: cases.regionId, status: cases.status, ownerId: cases.ownerId })
            .from(cases)
            .where(and(eq(cases.id, body.subjectId), eq(cases.module, body.module)))
            .limit(1)
        : [];
      if (!module || !row || row.ownerId !== userId) throw problems.notFound(module?.noun ?? 'Application');
      if (!ratingReaches(module.definition, row.status)) {
        const when = module.definition.rateable.join(' or ');
        throw problems.conflict('invalid_state', `A ${module.noun.toLowerCase()} can be rated once it is ${when}`);
      }
      return { regionId: row.regionId, closes: isRateable(module.definition, row.status) ? module : null };
    }
    const table = body.subjectType === 'organization' ? organizations : practitioners;
    const [row] = await db.select({ regionId: table.regionId }).from(table).where(eq(table.id, body.subjectId)).limit(1);
    if (!row) throw problems.notFound(body.subjectType === 'organization' ? 'Organization' : 'Practitioner');
    return { regionId: row.regionId, closes: null };
  }

  return {
    async createEvaluation({ body, auth }) {
      const user = auth.requireUser();
      if (isBad(body.level)) {
        const errors = [];
        if (!body.details || body.details.trim().length < 5) {
          errors.push({ field: 'body.details', code: 'required', message: 'a bad review needs details of what went wrong (at least 5 characters)' });
        }
        if (body.followUpConsent === undefined) {
          errors.push({ field: 'body.followUpConsent', code: 'required', message: 'say whether we may contact you about a bad review' });
        }
        if (errors.length) throw problems.validation(errors);
      }
      const { regionId, closes } = await ratedSubject(body, user.id);
      // The rating and the case's move to `evaluated` (已评价) happen together or not at all.
      const row = await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(evaluations)
          .values({
            userId: user.id,
            module: body.module,
            subjectType: body.subjectType,
            subjectId: body.subjectId,
            level: body.level,
            comment: body.comment ?? null,
            details: body.details ?? null,
            followUpConsent: body.followUpConsent ?? false,
            // Every bad review is followed up (差评整改); consent only decides whether the person is contacted.
            followUpStatus: isBad(body.level) ? 'pending' : 'not_required',
            regionId,
            createdAt: new Date(),
          })
          .onConflictDoNothing()
          .returning();
        if (inserted && closes) await markRated(tx, closes, inserted.subjectId, inserted.userId, inserted.level, inserted.createdAt);
        return inserted;
      });
      if (!row) throw new HttpProblem(409, 'already_rated', 'You have already rated this service (一事一评)');
      return { status: 201, body: toEvaluation(row) };
    },

    async listMyEvaluations({ query, auth }) {
      const user = auth.requireUser();
      const { page, pageSize, limit, offset } = pageWindow(query);
      const where = eq(evaluations.userId, user.id);
      const [rows, [total]] = await Promise.all([
        db.select().from(evaluations).where(where).orderBy(desc(evaluations.createdAt), desc(evaluations.id)).limit(limit).offset(offset),
        db.select({ n: count() }).from(evaluations).where(where),
      ]);
      return { status: 200, body: { items: rows.map(toEvaluation), page, pageSize, total: total?.n ?? 0 } };
    },

    async getEvaluationSummary({ query }) {
      const filters: (SQL | undefined)[] = [
        query.module ? eq(evaluations.module, query.module) : undefined,
        query.subjectType ? eq(evaluations.subjectType, query.subjectType) : undefined,
        query.subjectId ? eq(evaluations.subjectId, query.subjectId) : undefined,
        query.regionId ? eq(evaluations.regionId, query.regionId) : undefined,
      ];
      const rows = await db
        .select({ level: evaluations.level, n: sql<number>`count(*)::int` })
        .from(evaluations)
        .where(and(...filters))
        .groupBy(evaluations.level);
      const counts = Object.fromEntries(EVALUATION_LEVELS.map((level) => [level, 0])) as Record<Level, number>;
      for (const row of rows) counts[row.level as Level] = row.n;
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const bad = BAD_EVALUATION_LEVELS.reduce((sum, level) => sum + counts[level], 0);
      return { status: 200, body: { total, counts, satisfactionRate: total ? (total - bad) / total : 0 } };
    },
  };
}
