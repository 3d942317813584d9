import { describe, expect, it } from 'vitest';
import { actionField, actionInput, emptyActionModel } from '../workbench/action-form.js';
import { intakeField } from '../citizen/intake.js';

describe('mediator action bodies and error fields', () => {
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
