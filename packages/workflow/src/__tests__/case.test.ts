import { NOTICE_KINDS, ROLES } from '@fawang/contract';
import { describe, expect, it } from 'vitest';
import { defineCase, isCaseStaff, isRateable, noticeKind, type AnyCaseDefinition, type CaseDefinition } from '../case.js';
import { legalAidCase } from '../legal-aid.js';
import { mediationCase } from '../mediation.js';

const CASES: readonly AnyCaseDefinition[] = [legalAidCase, mediationCase];

describe.each(CASES.map((definition) => [definition.id, definition] as const))('the %s case definition', (_id, definition) => {
  const { states, final } = definition.workflow.spec;

  it('names only its workflow states: rateable and rated ⊆ concluded ⊆ final ⊆ states', () => {
    for (const state of definition.concluded) expect(final).toContain(state);
    for (const state of [...definition.rateable, definition.rated]) expect(definition.concluded).toContain(state);
    for (const state of final) expect(states).toContain(state);
  });

  it('lets the applicant rate only where the case is concluded and not rated yet', () => {
    expect(definition.rateable.length).toBeGreaterThan(0);
    expect(isRateable(definition, definition.rated)).toBe(false);
    for (const state of states) expect(isRateable(definition, state)).toBe(definition.rateable.includes(state));
  });

  it('tells the applicant of every staff action: a listed kind, or a status change', () => {
    for (const action of Object.keys(definition.workflow.spec.actions)) {
      expect(NOTICE_KINDS).toContain(noticeKind(definition, action));
    }
  });

  it('is handled by contract roles, never by citizens', () => {
    for (const role of definition.staffRoles) expect(ROLES).toContain(role);
    expect(isCaseStaff(definition, 'citizen')).toBe(false);
    expect(isCaseStaff(definition, 'bureau_admin')).toBe(true);
  });
});

describe('the case definitions together', () => {
  it('give each module its own id and reference prefix', () => {
    expect(new Set(CASES.map((definition) => definition.id)).size).toBe(CASES.length);
    expect(new Set(CASES.map((definition) => definition.referencePrefix)).size).toBe(CASES.length);
  });

  it('ask for material and announce sessions with their own notices', () => {
    expect(noticeKind(legalAidCase, 'request_material')).toBe('material_requested');
    expect(noticeKind(legalAidCase, 'approve')).toBe('status_changed');
    expect(noticeKind(mediationCase, 'schedule')).toBe('session_scheduled');
  });

  it('keep the behaviour the server had: legal aid rated once closed, mediation after an agreement or a failure', () => {
    expect(legalAidCase.rateable).toEqual(['closed']);
    expect(mediationCase.rateable).toEqual(['agreed', 'failed']);
    expect([legalAidCase.referencePrefix, mediationCase.referencePrefix]).toEqual(['FY', 'TJ']);
    expect(isCaseStaff(legalAidCase, 'mediator')).toBe(false);
    expect(isCaseStaff(mediationCase, 'legal_aid_officer')).toBe(false);
  });
});

describe('defineCase', () => {
  const valid: CaseDefinition<string, typeof legalAidCase.workflow.spec> = { ...legalAidCase };

  it('returns a consistent definition unchanged', () => {
    expect(defineCase(valid)).toBe(valid);
  });

  it.each([
    ['a prefix that is not two capital letters', { referencePrefix: 'fy1' }, /reference prefix fy1/],
    ['no staff role', { staffRoles: [] }, /no staff role/],
    ['a role the contract does not know', { staffRoles: ['clerk'] }, /staff role clerk is not a contract role/],
    ['a concluded state that is not final', { concluded: ['approved', 'closed', 'evaluated'] }, /concluded state approved is not a final state/],
    ['a rateable state that does not conclude the case', { rateable: ['withdrawn'], concluded: ['closed', 'evaluated'] }, /rating state withdrawn does not conclude/],
    ['a rated state that is rateable again', { rateable: ['closed', 'evaluated'] }, /rated state evaluated cannot be rateable/],
    ['a notice for an action the workflow lacks', { notices: { summon: 'status_changed' } }, /notice for summon, which is not an action/],
    ['a notice kind the contract does not know', { notices: { approve: 'sms_blast' } }, /notice kind sms_blast is not a contract notice kind/],
  ])('rejects %s', (_name, change, message) => {
    // Cast: each change breaks a rule the types catch at compile time, to prove the run-time check too.
    expect(() => defineCase({ ...valid, ...change } as typeof valid)).toThrow(message);
  });
});
