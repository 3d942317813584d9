/**
 * Sample cases of each declared case module (ADR 0016) per region that offers it, so that its staff have a
 * queue and a citizen a case to follow and rate: one just filed, one the staff took up, one concluded in a
 * state the applicant may rate. The steps are found in the module's own workflow (the shortest path of its
 * staff's actions from the filing to a rateable state) and replayed through it, so status, history, clocks
 * and `dueAt` are what the server would have stored; the fields are the definition's samples.
 */
import { fieldMaxLength, type AnyDeclaredCaseDefinition, type DeadlineRules } from '@fawang/workflow';
import type { declaredCaseDetails } from '../db/schema.js';
import { referenceNumber } from '../cases/reference.js';
import { applied, SampleClocks, type CaseInsert, type DeadlineRow, type HistoryRow } from './sample-cases.js';
import { REFERENCE_DATE, type Random } from './random.js';

type DetailsRow = typeof declaredCaseDetails.$inferInsert;

const DAY_MS = 86_400_000;
const SAMPLE_MARK = '【示例数据】';
const SAMPLE_REASON = `${SAMPLE_MARK}已按申请事项办理完毕，并告知申请人办理结果。`;

/** The shortest run of the staff's actions from `submitted` to a rateable state, or [] when there is none. */
export function pathToRateable(definition: AnyDeclaredCaseDefinition): string[] {
  const { spec } = definition.workflow;
  const queue: { state: string; path: string[] }[] = [{ state: 'submitted', path: [] }];
  const seen = new Set(['submitted']);
  while (queue.length) {
    const { state, path } = queue.shift()!;
    if ((definition.rateable as readonly string[]).includes(state)) return path;
    for (const [name, action] of Object.entries(spec.actions)) {
      if (!action.from.includes(state) || !action.actors.includes(definition.staffActor) || seen.has(action.to)) continue;
      seen.add(action.to);
      queue.push({ state: action.to, path: [...path, name] });
    }
  }
  return [];
}

/** The definition's sample values, text ones marked as sample data where the mark fits. */
function sampleFields(definition: AnyDeclaredCaseDefinition): Record<string, string> {
  return Object.fromEntries(
    definition.fields.map((field) => {
      const marked = `${SAMPLE_MARK}${field.sample}`;
      const fits = (field.kind === 'text' || field.kind === 'longtext') && marked.length <= fieldMaxLength(field);
      return [field.key, fits ? marked : field.sample];
    }),
  );
}

export function sampleDeclaredCases(
  random: Random,
  definition: AnyDeclaredCaseDefinition,
  /** The region, with the module's time limits there (`deadlineRulesFor`). */
  region: { id: string; divisionCode?: string; deadlines: DeadlineRules<string> },
  organizationId: string,
  citizenId: string,
  staffUserId: string,
  today: Date = REFERENCE_DATE,
) {
  const cases: CaseInsert[] = [];
  const details: DetailsRow[] = [];
  const history: HistoryRow[] = [];
  const deadlines: DeadlineRow[] = [];
  const path = pathToRateable(definition);
  // Filed yesterday and untouched; taken up (the path's first step) a few days ago; concluded last month.
  const samples = [
    { daysAgo: 1, steps: [] },
    ...(path.length > 1 ? [{ daysAgo: 3, steps: path.slice(0, 1) }] : []),
    ...(path.length ? [{ daysAgo: 20, steps: path }] : []),
  ];
  for (const sample of samples) {
    const id = random.uuid();
    const submittedAt = new Date(today.getTime() - sample.daysAgo * DAY_MS);
    const clocks = new SampleClocks(id);
    const submitted = applied(definition.workflow.apply('draft', 'submit', 'applicant', {}, submittedAt, region.deadlines), `${definition.id} submit`);
    clocks.record(submitted, submittedAt);
    history.push({ caseId: id, at: submittedAt, status: submitted.to, actorId: citizenId, note: null });
    let state: string = submitted.to;
    let updatedAt = submittedAt;
    let outcomeReason: string | null = null;
    sample.steps.forEach((action, index) => {
      const at = new Date(submittedAt.getTime() + (index + 1) * DAY_MS);
      const reason = definition.workflow.spec.actions[action]?.requires?.includes('reason') ? SAMPLE_REASON : undefined;
      const result = applied(definition.workflow.apply(state, action, definition.staffActor, reason ? { reason } : {}, at, region.deadlines), `${definition.id} ${action}`);
      clocks.record(result, at);
      history.push({ caseId: id, at, status: result.to, actorId: staffUserId, action, note: reason ?? null });
      if (reason && (definition.workflow.spec.final as readonly string[]).includes(result.to)) outcomeReason = reason;
      state = result.to;
      updatedAt = at;
    });
    cases.push({
      id,
      module: definition.id,
      reference: referenceNumber(definition.referencePrefix, region.divisionCode ?? '000000', submittedAt, random.hex(8)),
      regionId: region.id,
      ownerId: citizenId,
      organizationId,
      status: state,
      version: sample.steps.length + 1,
      createdAt: submittedAt,
      updatedAt,
      submittedAt,
      concludedAt: (definition.concluded as readonly string[]).includes(state) ? updatedAt : null,
      dueAt: clocks.runningDue(),
    });
    details.push({ caseId: id, fields: sampleFields(definition), outcomeReason });
    deadlines.push(...clocks.rows);
  }
  return { cases, details, history, deadlines };
}
