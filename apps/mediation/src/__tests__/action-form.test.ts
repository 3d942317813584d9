import { describe, expect, it } from 'vitest';
import { ApiError } from '@fawang/sdk';
import { caseActionError } from '@fawang/module-kit/casework';
import { actionField, actionInput, actionRules, emptyActionModel, FIELD_CONFLICTS, needsDialog, requiredFields } from '../workbench/action-form.js';
import { intakeField } from '../citizen/intake.js';

describe('mediator action bodies and error fields', () => {
  it('asks for what the workflow requires: accept goes at once, transfer takes a committee and a reason', () => {
    expect(needsDialog('accept')).toBe(false);
    expect(requiredFields('transfer')).toEqual(['committeeId', 'reason']);
    expect(Object.keys(actionRules('transfer', emptyActionModel(), (key) => key)).sort()).toEqual(['committeeId', 'reason']);
    const model = { ...emptyActionModel(), committeeId: 'c2', reason: ' 本委员会暂无在职调解员 ', mediatorIds: ['m'] };
    expect(actionInput('transfer', model)).toEqual({ committeeId: 'c2', reason: '本委员会暂无在职调解员' });
    expect(actionInput('assign', model)).toEqual({ mediatorIds: ['m'] });
  });

  it('sends the agreement terms trimmed, with the performance date when one is given', () => {
    const model = { ...emptyActionModel(), terms: [' 李四赔偿王小明 500 元。 '], performBy: '2026-12-10' };
    expect(actionInput('record_agreement', model)).toEqual({ agreement: { terms: ['李四赔偿王小明 500 元。'], performBy: '2026-12-10' } });
    expect(actionInput('record_agreement', { ...model, performBy: '' })).toEqual({ agreement: { terms: ['李四赔偿王小明 500 元。'] } });
  });

  it('sends an online session with its link and no location, and no empty participants', () => {
    const model = { ...emptyActionModel(), mode: 'online' as const, onlineUrl: 'https://meet.example.cn/1', location: '调解室', startsAt: '2026-12-01T09:00', endsAt: '2026-12-01T10:00', attending: ['m'], participants: '\n  \n' };
    expect(actionInput('schedule', model)).toEqual({
      session: { mode: 'online', onlineUrl: 'https://meet.example.cn/1', startsAt: new Date('2026-12-01T09:00').toISOString(), endsAt: new Date('2026-12-01T10:00').toISOString(), mediatorIds: ['m'] },
    });
  });

  it('puts a calendar conflict beside both session times, fields the dialog has', () => {
    const clash = new ApiError(409, 'calendar_conflict', { type: 'about:blank', title: 'Conflict', status: 409, code: 'calendar_conflict', detail: '赵调解已有调解安排' });
    const refusal = caseActionError(clash, FIELD_CONFLICTS);
    expect(refusal.kind === 'fields' && refusal.fields.map((error) => [error.field, error.message])).toEqual([
      ['startsAt', '赵调解已有调解安排'],
      ['endsAt', '赵调解已有调解安排'],
    ]);
    expect(Object.keys(actionRules('schedule', emptyActionModel(), (key) => key))).toEqual(expect.arrayContaining([...FIELD_CONFLICTS.calendar_conflict]));
  });

  it('maps the API field paths to the dialog and intake fields', () => {
    expect(actionField('session.startsAt')).toBe('startsAt');
    expect(actionField('session.mediatorIds')).toBe('attending');
    expect(actionField('agreement.terms.1')).toBe('terms.1');
    expect(actionField('agreement.terms')).toBe('terms.0');
    expect(actionField('version')).toBeUndefined();
    expect(intakeField('place.divisionCode')).toBe('divisionCode');
    expect(intakeField('parties.2.idNumber')).toBe('parties.2.idNumber');
    expect(intakeField('regionId')).toBeUndefined();
  });
});
