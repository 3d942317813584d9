/**
 * Sample legal-aid applications (示例申请) per region, so that a workbench has a queue, a statistics page has
 * figures and a citizen has a closed case to rate. Each sample is replayed through the real workflow
 * (`legalAidWorkflow.apply`) from its submission, so its status, history, statutory clocks, `dueAt` and
 * assignee are exactly what the server would have stored. Applicants, ID numbers and phone numbers are
 * synthetic (valid checksums, invented people); times are relative to the `today` passed in (REFERENCE_DATE
 * unless the server seeds at start), never the clock.
 */
import type { ApplicantCategory, MatterType, Schemas } from '@fawang/contract';
import { residentIdCheckChar } from '@fawang/validators/ids';
import { legalAidCase, legalAidWorkflow, type LegalAidAction, type LegalAidDeadlineRules, type LegalAidState } from '@fawang/workflow/legal-aid';
import type { legalAidDetails } from '../db/schema.js';
import { referenceNumber } from '../cases/reference.js';
import type { ClockChange } from '../cases/clocks.js';
import type { SeedRegion } from './accounts.js';
import { REFERENCE_DATE, type Random } from './random.js';
import { applied, SampleClocks, type CaseInsert, type DeadlineRow, type HistoryRow } from './sample-cases.js';

type DetailsRow = typeof legalAidDetails.$inferInsert;

/** A practitioner who may be assigned (an active lawyer of the region or below), as the roster stores it. */
export interface RosterEntry {
  practitionerId: string;
  name: string;
  organizationName: string;
}

interface Step {
  action: LegalAidAction;
  /** Days after submission. */
  day: number;
  reason?: string;
  outcome?: string;
}

interface Sample {
  matterType: MatterType;
  categories: ApplicantCategory[];
  caseSummary: string;
  opposingParty: string;
  household: { size: number; monthlyIncome: number };
  /** Days before REFERENCE_DATE it was submitted. */
  daysAgo: number;
  steps: Step[];
}

const SAMPLES: readonly Sample[] = [
  {
    matterType: 'civil',
    categories: ['migrant_worker_wages'],
    caseSummary: '【示例数据】在建筑工地务工十个月，劳务公司拖欠工资一万八千元，多次催要未果，申请法律援助追索劳动报酬。',
    opposingParty: '某建筑劳务有限公司',
    household: { size: 4, monthlyIncome: 2600 },
    daysAgo: 1,
    steps: [],
  },
  {
    matterType: 'civil',
    categories: ['abuse_or_domestic_violence'],
    caseSummary: '【示例数据】长期遭受家庭暴力，已申请人身安全保护令，现拟起诉离婚并主张抚养权，申请法律援助。',
    opposingParty: '配偶（示例）',
    household: { size: 2, monthlyIncome: 1500 },
    daysAgo: 4,
    steps: [{ action: 'start_review', day: 1 }],
  },
  {
    // Left in review well past the decision deadline: the overdue item of the queue.
    matterType: 'administrative',
    categories: ['subsistence_allowance'],
    caseSummary: '【示例数据】低保资格被取消，认为认定事实错误，拟对民政部门的决定申请行政复议，申请法律援助。',
    opposingParty: '某区民政局（示例）',
    household: { size: 3, monthlyIncome: 1200 },
    daysAgo: 21,
    steps: [{ action: 'start_review', day: 2 }],
  },
  {
    matterType: 'civil',
    categories: ['elderly_no_income'],
    caseSummary: '【示例数据】年逾七旬，子女拒绝履行赡养义务，无固定生活来源，申请法律援助提起赡养费纠纷诉讼。',
    opposingParty: '子女（示例）',
    household: { size: 1, monthlyIncome: 800 },
    daysAgo: 12,
    steps: [
      { action: 'start_review', day: 1 },
      { action: 'approve', day: 3 },
    ],
  },
  {
    matterType: 'civil',
    categories: ['disabled_no_income'],
    caseSummary: '【示例数据】工伤致残后用人单位拒不支付一次性伤残补助金，申请法律援助申请劳动仲裁。',
    opposingParty: '某机械加工厂（示例）',
    household: { size: 3, monthlyIncome: 1800 },
    daysAgo: 30,
    steps: [
      { action: 'start_review', day: 1 },
      { action: 'refuse', day: 5, reason: '【示例数据】家庭人均收入高于当地经济困难标准' },
    ],
  },
  {
    matterType: 'criminal',
    categories: ['minor'],
    caseSummary: '【示例数据】未成年人涉嫌盗窃被刑事拘留，监护人经济困难，申请法律援助为其提供辩护。',
    opposingParty: '（刑事案件，无对方当事人）',
    household: { size: 5, monthlyIncome: 3000 },
    daysAgo: 25,
    steps: [
      { action: 'start_review', day: 1 },
      { action: 'approve', day: 2 },
      { action: 'assign', day: 3 },
      { action: 'start', day: 4 },
    ],
  },
  {
    // Closed and not yet rated: the demo citizen can rate it (好差评), which moves it to `evaluated`.
    matterType: 'civil',
    categories: ['migrant_worker_wages'],
    caseSummary: '【示例数据】在餐馆务工半年未签劳动合同，被辞退后拖欠工资九千元，申请法律援助主张二倍工资及欠薪。',
    opposingParty: '某餐饮管理有限公司',
    household: { size: 3, monthlyIncome: 2200 },
    daysAgo: 60,
    steps: [
      { action: 'start_review', day: 1 },
      { action: 'approve', day: 4 },
      { action: 'assign', day: 5 },
      { action: 'start', day: 6 },
      { action: 'close', day: 45, outcome: '【示例数据】经劳动仲裁调解，用人单位支付拖欠工资及经济补偿共计一万五千元。' },
    ],
  },
];

/** How many sample applications each region gets. */
export const SAMPLES_PER_REGION = SAMPLES.length;

/** An 18-digit resident ID with a valid GB 11643 check character, registered in `divisionCode`. */
export function syntheticResidentId(random: Random, divisionCode: string, birthDate: string): string {
  const first17 = `${divisionCode.slice(0, 6)}${birthDate.replace(/-/g, '')}${random.digits(3)}`;
  return first17 + residentIdCheckChar(first17);
}


export function sampleApplications(
  random: Random,
  region: SeedRegion & { address: string; deadlines: LegalAidDeadlineRules },
  citizenId: string,
  officerId: string,
  roster: readonly RosterEntry[],
  today: Date = REFERENCE_DATE,
): { applications: CaseInsert[]; details: DetailsRow[]; history: HistoryRow[]; deadlines: DeadlineRow[] } {
  const applications: CaseInsert[] = [];
  const details: DetailsRow[] = [];
  const history: HistoryRow[] = [];
  const deadlines: DeadlineRow[] = [];
  SAMPLES.forEach((sample, index) => {
    const submittedAt = new Date(today.getTime() - sample.daysAgo * 86_400_000);
    const id = random.uuid();
    const birth = random.dateBetween('1950-01-01', '2000-12-31');
    const code = region.divisionCode ?? '110101';
    const clocks = new SampleClocks(id);
    let decisionDueAt: Date | null = null;
    let assignee: Schemas['Assignee'] | null = null;
    let outcome: string | null = null;
    let concludedAt: Date | null = null;

    const record = (result: ClockChange, at: Date) => {
      clocks.record(result, at);
      decisionDueAt = result.deadlinesStarted.find((clock) => clock.kind === 'decision')?.dueAt ?? decisionDueAt;
    };

    const submitted = applied(legalAidWorkflow.apply('draft', 'submit', 'applicant', {}, submittedAt, region.deadlines), 'submit');
    record(submitted, submittedAt);
    history.push({ caseId: id, at: submittedAt, status: submitted.to, actorId: citizenId, note: null });
    let state: LegalAidState = submitted.to;
    let updatedAt = submittedAt;
    for (const step of sample.steps) {
      const at = new Date(submittedAt.getTime() + step.day * 86_400_000);
      const entry = step.action === 'assign' && roster.length ? roster[index % roster.length]! : undefined;
      const input = {
        ...(step.reason ? { reason: step.reason } : {}),
        ...(step.outcome ? { outcome: step.outcome } : {}),
        ...(entry ? { assignee: { kind: 'lawyer', practitionerId: entry.practitionerId } } : {}),
      };
      const result = applied(legalAidWorkflow.apply(state, step.action, 'officer', input, at, region.deadlines), step.action);
      record(result, at);
      if (entry) assignee = { kind: 'lawyer', practitionerId: entry.practitionerId, name: entry.name, organizationName: entry.organizationName };
      if (step.outcome) outcome = step.outcome;
      if (!concludedAt && (legalAidCase.concluded as readonly string[]).includes(result.to)) concludedAt = at;
      history.push({
        caseId: id,
        at,
        status: result.to,
        actorId: officerId,
        action: step.action,
        note: step.reason ?? entry?.name ?? step.outcome ?? null,
      });
      state = result.to;
      updatedAt = at;
    }

    applications.push({
      id,
      module: legalAidCase.id,
      reference: referenceNumber(legalAidCase.referencePrefix, region.divisionCode ?? '000000', submittedAt, random.hex(8)),
      regionId: region.id,
      ownerId: citizenId,
      practitionerIds: assignee ? [(assignee as Schemas['Assignee']).practitionerId] : [],
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
      matterType: sample.matterType,
      applicant: {
        name: random.faker.person.fullName().replace(/\s/g, ''),
        idNumber: syntheticResidentId(random, code, birth),
        phone: random.mobile(),
        address: region.address,
      },
      categories: sample.categories,
      household: sample.household,
      caseSummary: sample.caseSummary,
      opposingParty: sample.opposingParty,
      pledgeSigned: true,
      decisionDueAt,
      assignee,
      outcome,
    });
    deadlines.push(...clocks.rows);
  });
  return { applications, details, history, deadlines };
}
