import { describe, expect, it } from 'vitest';
import { checkCaseFields, deadlineRulesFor, declareCaseModule, isPersonalField, type CaseField } from '../declared.js';
import { DECLARED_CASE_MODULES } from '../declared-modules.js';
import { consultCase, consultWorkflow } from '../consult.js';
import { defineWorkflow } from '../workflow.js';

const fields: CaseField[] = [
  { key: 'subject', kind: 'text', required: true, maxLength: 10, sample: '咨询' },
  { key: 'channel', kind: 'choice', required: true, options: ['phone', 'online'], sample: 'phone' },
  { key: 'phone', kind: 'phone', sample: '13800138000' },
  { key: 'preferredDate', kind: 'date', sample: '2026-12-15' },
];

describe('checkCaseFields', () => {
  it('trims values, drops blanks and keeps valid ones', () => {
    expect(checkCaseFields(fields, { subject: ' 咨询 ', channel: 'online', phone: '', preferredDate: '2026-02-28' })).toEqual({
      values: { subject: '咨询', channel: 'online', preferredDate: '2026-02-28' },
      problems: [],
    });
  });

  it('names every problem by field key', () => {
    const { problems } = checkCaseFields(fields, { subject: '一二三四五六七八九十十一', channel: 'fax', phone: '12345', preferredDate: '2026-02-30', extra: 'x' });
    expect(problems.map((p) => [p.key, p.code])).toEqual([
      ['extra', 'unknown_field'],
      ['subject', 'too_long'],
      ['channel', 'not_an_option'],
      ['phone', 'not_a_phone'],
      ['preferredDate', 'not_a_date'],
    ]);
    expect(checkCaseFields(fields, {}).problems.map((p) => [p.key, p.code])).toEqual([
      ['subject', 'required'],
      ['channel', 'required'],
    ]);
  });

  it('accepts landlines with an area code', () => {
    expect(checkCaseFields(fields, { subject: 'a', channel: 'phone', phone: '010-12345678' }).problems).toEqual([]);
  });

  it('treats phones and fields marked personal as personal data', () => {
    expect(fields.filter(isPersonalField).map((f) => f.key)).toEqual(['phone']);
    expect(isPersonalField({ key: 'address', kind: 'text', personal: true, sample: 'x' })).toBe(true);
  });
});

describe('declareCaseModule', () => {
  const base = {
    id: 'sample',
    workflow: consultWorkflow,
    referencePrefix: 'SA',
    organizationType: 'service_centre' as const,
    staffRoles: ['bureau_admin' as const],
    staffActor: 'staff' as const,
    concluded: ['declined', 'concluded', 'withdrawn', 'evaluated'] as const,
    rateable: ['concluded'] as const,
    rated: 'evaluated' as const,
    deadlines: { dayCounting: 'working' as const, answerWithinDays: 3, concludeWithinDays: 15 },
    fields,
  };

  it('accepts the scaffold’s definition, which the registry lists', () => {
    expect(declareCaseModule(base).id).toBe('sample');
    expect(DECLARED_CASE_MODULES.map((d) => d.id)).toContain(consultCase.id);
  });

  it('refuses fields, clocks and actions the kernel cannot serve', () => {
    const needsMore = defineWorkflow({
      states: ['draft', 'submitted', 'done'],
      final: ['done'],
      actions: {
        submit: { from: ['draft'], to: 'submitted', actors: ['applicant'], starts: [{ kind: 'answer', days: 'answerWithinDays' }] },
        finish: { from: ['submitted'], to: 'done', actors: ['clerk'], requires: ['assignee'] },
      },
    });
    expect(() =>
      declareCaseModule({
        ...base,
        workflow: needsMore,
        staffActor: 'staff' as never,
        concluded: ['done'],
        rateable: [],
        rated: 'done',
        deadlines: { dayCounting: 'working' } as never,
        fields: [
          { key: 'Subject', kind: 'text', sample: 'x' },
          { key: 'kind', kind: 'choice', options: [], sample: 'x' },
          { key: 'when', kind: 'date', sample: 'tomorrow' },
        ],
      }),
    ).toThrow(
      /no deadline default for answerWithinDays.*actor clerk is neither the applicant nor staff.*requires assignee.*field key Subject is not camelCase.*choice field kind needs lower_snake_case options.*field when: the sample is not a date/,
    );
  });
});

describe('deadlineRulesFor', () => {
  it('applies a region’s override over the definition’s defaults', () => {
    expect(deadlineRulesFor(consultCase)).toEqual({ dayCounting: 'working', answerWithinDays: 3, concludeWithinDays: 15 });
    expect(deadlineRulesFor(consultCase, { answerWithinDays: 5, dayCounting: 'calendar' })).toEqual({ dayCounting: 'calendar', answerWithinDays: 5, concludeWithinDays: 15 });
  });

  it('names every key it refuses', () => {
    expect(() => deadlineRulesFor(consultCase, { answerWithinDays: 0, concludeWithinDays: 2.5, dayCounting: 'lunar', decideWithinDays: 3 })).toThrow(
      'modules.consult.config.deadlines: answerWithinDays: expected a whole number of days from 1 to 365; concludeWithinDays: expected a whole number of days from 1 to 365; dayCounting: expected working or calendar; decideWithinDays: not a time limit of this module (answerWithinDays, concludeWithinDays)',
    );
    expect(() => deadlineRulesFor(consultCase, [3])).toThrow('expected an object of time limits');
  });
});
