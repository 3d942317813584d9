/** Bad input is refused with an EligibilityInputError that names the field, never assessed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessEligibility, EligibilityInputError } from '../index.js';
import { application, rulesOf } from './support.js';

const national = rulesOf('national');

function errorOf(input: unknown): EligibilityInputError {
  try {
    assessEligibility(national, input as never);
  } catch (error) {
    if (error instanceof EligibilityInputError) return error;
    throw error;
  }
  throw new Error('expected an EligibilityInputError');
}

describe('bad input', () => {
  it.each([
    ['a date in another format', { date: '2025/06/01' }, 'date', 'a date is written YYYY-MM-DD'],
    ['a date not in the calendar', { date: '2025-02-29' }, 'date', 'not a calendar date'],
    ['an unknown matter type', { matterType: 'tax' }, 'matterType', 'Invalid option'],
    ['an empty household', { householdSize: 0 }, 'householdSize', 'at least 1 (the applicant)'],
    ['a fractional household', { householdSize: 2.5 }, 'householdSize', 'must be a whole number'],
    ['a negative income', { monthlyHouseholdIncomeYuan: -1 }, 'monthlyHouseholdIncomeYuan', 'must not be negative'],
    ['an income that is not a number', { monthlyHouseholdIncomeYuan: '1500' }, 'monthlyHouseholdIncomeYuan', 'expected number'],
    ['negative assets', { householdAssetsYuan: -0.01 }, 'householdAssetsYuan', 'must not be negative'],
    ['an empty category id', { categories: ['art41-pledge', ''] }, 'categories.1', 'must not be empty'],
    ['a category the region does not list', { categories: ['art41-pledge', 'veterans'] }, 'categories.1', '"veterans" is not a category of this region'],
  ])('refuses %s, naming the field', (_, overrides, field, message) => {
    const error = errorOf({ ...application(), ...overrides });
    expect(error.name).toBe('EligibilityInputError');
    expect(error.field).toBe(field);
    expect(error.issues[0]!.message).toContain(message);
    expect(error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
  });

  it('names a missing field, a misspelt one, and every bad field at once', () => {
    const { monthlyHouseholdIncomeYuan: _income, ...withoutIncome } = application();
    expect(errorOf(withoutIncome).field).toBe('monthlyHouseholdIncomeYuan');
    expect(errorOf({ ...application(), income: 1_000 }).issues).toEqual([{ field: 'income', message: 'not a field of an application' }]);
    expect(errorOf({ ...application(), date: '1.1.2025', householdSize: -2 }).issues.map((issue) => issue.field)).toEqual(['date', 'householdSize']);
  });

  it('refuses what is not an application at all', () => {
    expect(errorOf(null).field).toBe('input');
    expect(errorOf([]).field).toBe('input');
  });

  it('refuses any negative or non-finite amount, naming it', () => {
    const badAmount = fc.oneof(fc.double({ max: -Number.MIN_VALUE, noNaN: true }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY));
    fc.assert(
      fc.property(fc.constantFrom('monthlyHouseholdIncomeYuan', 'householdAssetsYuan'), badAmount, (field, amount) => {
        expect(errorOf({ ...application(), [field]: amount }).field).toBe(field);
      }),
    );
  });
});
