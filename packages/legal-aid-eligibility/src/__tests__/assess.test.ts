/** The order of the rules and what each decides (法律援助法 §32, §34, §41, §42), on the national rules. */
import { describe, expect, it } from 'vitest';
import type { LegalAidRules } from '@fawang/regions';
import { assessEligibility } from '../index.js';
import { application, rulesOf } from './support.js';

const national = rulesOf('national');
/** Far above every figure: only an exemption makes this household eligible. */
const wellOff = { householdSize: 1, monthlyHouseholdIncomeYuan: 50_000, householdAssetsYuan: 10_000_000 };

describe('matter types', () => {
  it('refuses a matter type the region does not cover, before any exemption', () => {
    const civilOnly: LegalAidRules = { ...national, matterTypes: ['civil'] };
    const result = assessEligibility(civilOnly, application({ matterType: 'administrative', categories: ['art32-bravery', 'art42-migrant-workers'] }));
    expect(result).toEqual({ outcome: 'not_eligible', verification: 'none', reasons: ['matter_type.not_covered'], threshold: null });
    expect(assessEligibility(civilOnly, application({ matterType: 'civil' })).outcome).toBe('eligible');
  });
});

describe('§32: no hardship test', () => {
  it('makes an applicant of any means eligible without verification, naming the category', () => {
    const result = assessEligibility(national, application({ ...wellOff, categories: ['art32-hero-relatives'] }));
    expect(result).toEqual({ outcome: 'exempt_from_hardship_test', verification: 'none', reasons: ['hardship.exempt_category:art32-hero-relatives'], threshold: null });
  });

  it('outranks §42 and applies even before any threshold is in force', () => {
    const result = assessEligibility(national, application({ date: '2000-01-01', categories: ['art42-migrant-workers', 'art32-abuse-victims'] }));
    expect(result).toMatchObject({ outcome: 'exempt_from_hardship_test', reasons: ['hardship.exempt_category:art32-abuse-victims'] });
  });
});

describe('§42: hardship presumed, not verified', () => {
  it('makes a migrant worker claiming wages eligible whatever the declared income', () => {
    const result = assessEligibility(national, application({ ...wellOff, categories: ['art42-migrant-workers'] }));
    expect(result).toEqual({ outcome: 'exempt_from_verification', verification: 'none', reasons: ['verification.exempt_category:art42-migrant-workers'], threshold: null });
  });

  it('lists every §42 category claimed, in the profile\'s order whatever the order of the claim', () => {
    const categories = ['art42-migrant-workers', 'art42-no-fixed-income'];
    const forward = assessEligibility(national, application({ categories }));
    expect(forward.reasons).toEqual(['verification.exempt_category:art42-no-fixed-income', 'verification.exempt_category:art42-migrant-workers']);
    expect(assessEligibility(national, application({ categories: [...categories].reverse() }))).toEqual(forward);
  });
});

describe('the income test and how hardship is shown (§41)', () => {
  it('asks for documents when the applicant claims no pledge category and the region takes no pledge from all', () => {
    const result = assessEligibility(national, application({ monthlyHouseholdIncomeYuan: 1_000 }));
    expect(result).toMatchObject({ outcome: 'eligible', verification: 'documents' });
    expect(result.reasons).toEqual(['threshold.effective:2022-01-01', 'hardship.income_within_threshold', 'verification.documents']);
  });

  it('takes a pledge from an applicant who claims a pledge category', () => {
    const result = assessEligibility(national, application({ categories: ['art41-pledge'] }));
    expect(result).toMatchObject({ outcome: 'eligible', verification: 'pledge', reasons: expect.arrayContaining(['verification.pledge_category:art41-pledge']) });
  });

  it('takes a pledge from every applicant where a pledge category is open to all (Beijing\'s 告知承诺制)', () => {
    const result = assessEligibility(rulesOf('beijing'), application());
    expect(result).toMatchObject({ outcome: 'eligible', verification: 'pledge', reasons: expect.arrayContaining(['verification.pledge_for_all:notify-commit']) });
  });

  it('gives no verification to a refused applicant, even with a pledge, and names both failures', () => {
    const sichuan = rulesOf('sichuan');
    const result = assessEligibility(sichuan, application({ ...wellOff, categories: [] }));
    expect(result).toMatchObject({ outcome: 'not_eligible', verification: 'none', threshold: sichuan.hardship.thresholds[1] });
    expect(result.reasons).toEqual(['threshold.effective:2024-07-01', 'hardship.income_above_threshold', 'hardship.assets_above_limit']);
    expect(assessEligibility(national, application({ ...wellOff, categories: ['art41-pledge'] })).verification).toBe('none');
  });

  it('compares income per member without rounding: 4,800.01 for three at 1,600 is above the line', () => {
    const sichuan = rulesOf('sichuan');
    expect(assessEligibility(sichuan, application({ householdSize: 3, monthlyHouseholdIncomeYuan: 4_800 })).outcome).toBe('eligible');
    expect(assessEligibility(sichuan, application({ householdSize: 3, monthlyHouseholdIncomeYuan: 4_800.01 })).outcome).toBe('not_eligible');
  });
});
