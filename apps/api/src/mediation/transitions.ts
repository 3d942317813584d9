/**
 * One action of the mediation workflow on a case: who may take it, the action's own rules (a committee that
 * takes the dispute for transfer, the committee's active mediators for assign, a bookable session for
 * schedule, the terms for an agreement), then the status under a version check (of two concurrent callers
 * with the same version exactly one updates the row), clocks, history and audit in one transaction.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import { JUDICIAL_CONFIRMATION_WINDOW_DAYS, mediationWorkflow, type MediationAction } from '@fawang/workflow/mediation';
import { mediationDetails, practitioners } from '../db/schema.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { activeMediatorOf } from './active-mediators.js';
import { commitTransition, decideTransition } from '../cases/lifecycle.js';
import { mediationCases } from '../cases/registry.js';
import { mediationDeadlineRules } from './clocks.js';
import { shanghaiDate, shanghaiMinute } from '../domain/shanghai-time.js';
import type { AppServices } from '../services.js';
import { checkAgreementRenders } from './agreement.js';
import { choices, proposal } from './committees.js';
import { actorKind, visibleCase, withDetails } from './access.js';
import { bookSession, checkSession } from './sessions.js';
import { detailView, mediatorRefs, type CaseRow } from './view.js';

type TransitionInput = Schemas['MediationTransitionInput'];

const DAY_MS = 86_400_000;
/** How many days before the judicial-confirmation deadline the applicant's reminder shows. */
const REMIND_DAYS_BEFORE = 7;

/** Actions whose `reason` is kept on the case as why it ended. */
const REASONED_OUTCOMES: readonly MediationAction[] = ['decline', 'record_failure', 'record_withdrawal', 'withdraw'];

export function mediationTransitionHandlers(services: AppServices): Pick<Handlers, 'transitionMediationCase'> {
  const { db, regions } = services;

  /**
   * transfer: another committee that takes the dispute for the case's place and type and can act on it (the
   * routing's choices, which hold only committees with an active mediator).
   */
  async function transferTarget(row: CaseRow, committeeId: string) {
    const routing = await proposal(db, services, row.regionId, { divisionCode: row.place.divisionCode, disputeType: row.disputeType }, 'body.committeeId');
    const target = choices(routing).find((c) => c.id === committeeId);
    if (!target || committeeId === row.committeeId) {
      throw problems.field('body.committeeId', 'not_competent', 'transfer to another committee that takes this dispute for its place and type');
    }
    return target;
  }

  /** assign: active people's mediators of the case's committee, named in the error when one is not. */
  async function checkMediators(row: CaseRow, ids: readonly string[]) {
    const rows = await db
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(and(inArray(practitioners.id, [...ids]), activeMediatorOf(row.committeeId)));
    const found = new Set(rows.map((r) => r.id));
    const stranger = ids.find((id) => !found.has(id));
    if (stranger) throw problems.field('body.mediatorIds', 'not_of_committee', `${stranger} is not an active mediator of the case's committee`);
  }

  return {
    async transitionMediationCase({ params, body, auth, request }) {
      const user = auth.requireUser();
      const row = await visibleCase(db, regions, params.id, user);
      const input: TransitionInput = body;
      const now = new Date();
      const result = await decideTransition(db, mediationCases, row, {
        workflow: mediationWorkflow,
        actor: actorKind(regions, row, user),
        input,
        rules: mediationDeadlineRules(regions.get(row.regionId)),
        now,
      });

      let note: string | null = input.reason?.trim() || null;
      let committeeId = row.committeeId;
      let mediatorIds = row.mediatorIds;
      let agreement: Schemas['MediationAgreement'] | null = row.agreement;
      if (result.action === 'transfer') {
        const target = await transferTarget(row, input.committeeId!);
        committeeId = target.id;
        // The new committee picks its own mediators: those the old one assigned (a transfer after
        // acceptance) are not its members, and kept here they could still be booked for its sessions.
        mediatorIds = [];
        note = `${target.name}：${input.reason}`;
      } else if (result.action === 'assign') {
        await checkMediators(row, input.mediatorIds!);
        mediatorIds = [...input.mediatorIds!];
        note = (await mediatorRefs(db, mediatorIds)).map((m) => m.name).join('、');
      } else if (result.action === 'schedule') {
        checkSession(input.session!, row.mediatorIds, now);
        note = `${shanghaiMinute(new Date(input.session!.startsAt))}–${shanghaiMinute(new Date(input.session!.endsAt)).slice(11)}`;
      } else if (result.action === 'record_agreement') {
        const terms = input.agreement!;
        const signed = shanghaiDate(now);
        if (terms.performBy && terms.performBy < signed) {
          throw problems.field('body.agreement.performBy', 'before_signing', 'the performance date cannot be before the signing date');
        }
        agreement = {
          terms: terms.terms,
          ...(terms.performBy ? { performBy: terms.performBy } : {}),
          signedAt: now.toISOString(),
          judicialConfirmationBy: shanghaiDate(now, JUDICIAL_CONFIRMATION_WINDOW_DAYS),
        };
        // The document must be printable before the agreement is recorded, so a download never fails later.
        await checkAgreementRenders(db, { ...row, mediatorIds, agreement });
        note = null;
      }

      const updated = await commitTransition(services, request, user, mediationCases, row, result, {
        note,
        ...(result.action === 'schedule' ? { startsAt: new Date(input.session!.startsAt) } : {}),
        // 司法确认: the parties have 30 days from the agreement to ask the court; the applicant is reminded a week before the last day.
        ...(result.action === 'record_agreement' && agreement
          ? { reminders: [{ kind: 'judicial_confirmation_due' as const, dueBy: agreement.judicialConfirmationBy, visibleAt: new Date(now.getTime() + (JUDICIAL_CONFIRMATION_WINDOW_DAYS - REMIND_DAYS_BEFORE) * DAY_MS) }] }
          : {}),
        ...(committeeId !== row.committeeId ? { organizationId: committeeId } : {}),
        ...(mediatorIds !== row.mediatorIds ? { practitionerIds: mediatorIds } : {}),
        async within(tx) {
          if (result.action === 'schedule') await bookSession(tx, row.id, input.session!);
          await tx
            .update(mediationDetails)
            .set({ agreement, ...(REASONED_OUTCOMES.includes(result.action) && note ? { outcomeReason: note } : {}) })
            .where(eq(mediationDetails.caseId, row.id));
        },
      }, now);
      return { status: 200, body: await detailView(db, await withDetails(db, updated), user) };
    },
  };
}
