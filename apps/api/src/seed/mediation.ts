/**
 * Sample people's mediation cases (示例调解案件) per region that offers mediation, so that a mediator has a
 * queue and a calendar, a bureau has statistics and a citizen has an agreement to download and rate. Each
 * sample is replayed through the real workflow (`mediationWorkflow.apply`) from its filing, so its status,
 * history, clocks and `dueAt` are what the server would have stored. Parties are synthetic; times are
 * relative to the `today` passed in, never the clock.
 */
import type { MediationDisputeType } from '@fawang/contract';
import {
  JUDICIAL_CONFIRMATION_WINDOW_DAYS,
  mediationCase,
  mediationWorkflow,
  type MediationAction,
  type MediationDeadlineRules,
  type MediationState,
} from '@fawang/workflow/mediation';
import type { mediationDetails, mediationSessionMediators, mediationSessions } from '../db/schema.js';
import { referenceNumber } from '../cases/reference.js';
import { applied, SampleClocks, type CaseInsert, type DeadlineRow, type HistoryRow } from './sample-cases.js';
import type { ClockChange } from '../cases/clocks.js';
import { syntheticResidentId } from './applications.js';
import { REFERENCE_DATE, type Random } from './random.js';

type DetailsRow = typeof mediationDetails.$inferInsert;
type SessionRow = typeof mediationSessions.$inferInsert & { id: string };
type SessionMediatorRow = typeof mediationSessionMediators.$inferInsert;

/** A committee of the region with its active mediators, as the seed planned them. */
export interface SeedCommittee {
  id: string;
  divisionCode: string;
  mediators: readonly { id: string; name: string }[];
}

interface Step {
  action: MediationAction;
  /** Days after filing. */
  day: number;
  reason?: string;
  /** For schedule: the session's day after filing and its hour (Asia/Shanghai). */
  session?: { day: number; hour: number };
  terms?: string[];
}

interface Sample {
  disputeType: MediationDisputeType;
  summary: string;
  respondent: string;
  /** Days before `today` it was filed. */
  daysAgo: number;
  steps: Step[];
}

const DAY_MS = 86_400_000;

const SAMPLES: readonly Sample[] = [
  { disputeType: 'neighbour', summary: '【示例数据】邻居在公共楼道堆放杂物，影响通行和消防安全，多次沟通未果，申请调解。', respondent: '周某某', daysAgo: 1, steps: [] },
  {
    disputeType: 'property',
    summary: '【示例数据】借给同村村民三万元，约定一年归还，逾期半年未还，申请调解。',
    respondent: '孙某某',
    daysAgo: 4,
    steps: [
      { action: 'accept', day: 1 },
      { action: 'assign', day: 1 },
      { action: 'schedule', day: 2, session: { day: 6, hour: 9 } },
    ],
  },
  {
    disputeType: 'neighbour',
    summary: '【示例数据】楼上住户装修漏水，损坏我家天花板和木地板，双方对赔偿金额有争议，申请调解。',
    respondent: '钱某某',
    daysAgo: 20,
    steps: [
      { action: 'accept', day: 1 },
      { action: 'assign', day: 1 },
      { action: 'schedule', day: 2, session: { day: 5, hour: 14 } },
      { action: 'record_agreement', day: 5, terms: ['被申请人于十五日内修复申请人家中天花板和木地板。', '被申请人赔偿申请人财产损失人民币四千元，于签订本协议之日起七日内一次付清。'] },
    ],
  },
  {
    disputeType: 'marriage_family',
    summary: '【示例数据】兄弟三人对父母赡养费分担和老宅使用有分歧，申请调解。',
    respondent: '李某某',
    daysAgo: 30,
    steps: [
      { action: 'accept', day: 2 },
      { action: 'assign', day: 2 },
      { action: 'schedule', day: 3, session: { day: 8, hour: 9 } },
      { action: 'record_failure', day: 8, reason: '当事人对老宅使用分歧过大，告知其可以向人民法院起诉' },
    ],
  },
];

/** How many sample cases each region with a staffed committee gets. */
export const MEDIATION_SAMPLES_PER_REGION = SAMPLES.length;


/** The instant of `hour` o'clock Asia/Shanghai on the day `days` after `from`. */
function shanghaiHour(from: Date, days: number, hour: number): Date {
  const day = new Date(from.getTime() + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
}

export function sampleMediationCases(
  random: Random,
  region: { id: string; divisionCode: string; deadlines: MediationDeadlineRules },
  committee: SeedCommittee,
  citizenId: string,
  mediatorUserId: string,
  today: Date = REFERENCE_DATE,
) {
  const cases: CaseInsert[] = [];
  const details: DetailsRow[] = [];
  const history: HistoryRow[] = [];
  const deadlines: DeadlineRow[] = [];
  const sessions: SessionRow[] = [];
  const sessionMediators: SessionMediatorRow[] = [];
  SAMPLES.forEach((sample) => {
    const id = random.uuid();
    const applicant = random.faker.person.fullName().replace(/\s/g, '');
    const submittedAt = new Date(today.getTime() - sample.daysAgo * DAY_MS);
    const clocks = new SampleClocks(id);
    const record = (result: ClockChange, at: Date) => clocks.record(result, at);
    const submitted = applied(mediationWorkflow.apply('draft', 'submit', 'applicant', {}, submittedAt, region.deadlines), 'submit');
    record(submitted, submittedAt);
    history.push({ caseId: id, at: submittedAt, status: submitted.to, actorId: citizenId, note: null });
    let state: MediationState = submitted.to;
    let updatedAt = submittedAt;
    let concludedAt: Date | null = null;
    let outcomeReason: string | null = null;
    let agreement: DetailsRow['agreement'] = null;
    const mediators = committee.mediators.slice(0, 2);
    for (const step of sample.steps) {
      const at = new Date(submittedAt.getTime() + step.day * DAY_MS);
      const input = {
        ...(step.reason ? { reason: step.reason } : {}),
        ...(step.action === 'assign' ? { mediatorIds: mediators.map((m) => m.id) } : {}),
        ...(step.session ? { session: step.session } : {}),
        ...(step.terms ? { agreement: { terms: step.terms } } : {}),
      };
      const result = applied(mediationWorkflow.apply(state, step.action, 'mediator', input, at, region.deadlines), step.action);
      record(result, at);
      let note = step.reason ?? null;
      if (step.action === 'assign') note = mediators.map((m) => m.name).join('、');
      if (step.session) {
        const startsAt = shanghaiHour(submittedAt, step.session.day, step.session.hour);
        const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
        const sessionId = random.uuid();
        sessions.push({ id: sessionId, caseId: id, mode: 'onsite', location: '人民调解室', onlineUrl: null, startsAt, endsAt, participants: [applicant, sample.respondent], createdAt: at });
        sessionMediators.push(...mediators.slice(0, 1).map((m) => ({ sessionId, practitionerId: m.id, startsAt, endsAt })));
      }
      if (step.terms) {
        agreement = {
          terms: step.terms,
          signedAt: at.toISOString(),
          judicialConfirmationBy: new Date(at.getTime() + 8 * 3_600_000 + JUDICIAL_CONFIRMATION_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10),
        };
      }
      if (step.action === 'record_failure') outcomeReason = step.reason ?? null;
      if (result.to === 'agreed' || result.to === 'failed') concludedAt = at;
      history.push({ caseId: id, at, status: result.to, actorId: mediatorUserId, action: step.action, note });
      state = result.to;
      updatedAt = at;
    }
    const birth = random.dateBetween('1950-01-01', '2000-12-31');
    cases.push({
      id,
      module: mediationCase.id,
      reference: referenceNumber(mediationCase.referencePrefix, committee.divisionCode.slice(0, 6), submittedAt, random.hex(8)),
      regionId: region.id,
      ownerId: citizenId,
      organizationId: committee.id,
      practitionerIds: state === 'submitted' ? [] : mediators.map((m) => m.id),
      status: state,
      version: sample.steps.length + 1,
      createdAt: submittedAt,
      updatedAt,
      submittedAt,
      concludedAt,
      dueAt: clocks.runningDue(),
    });
    details.push({
      caseId: id,
      disputeType: sample.disputeType,
      place: { divisionCode: committee.divisionCode },
      summary: sample.summary,
      parties: [
        { role: 'applicant', name: applicant, idNumber: syntheticResidentId(random, region.divisionCode, birth), phone: random.mobile() },
        { role: 'respondent', name: sample.respondent },
      ],
      agreement,
      outcomeReason,
    });
    deadlines.push(...clocks.rows);
  });
  return { cases, details, history, deadlines, sessions, sessionMediators };
}
