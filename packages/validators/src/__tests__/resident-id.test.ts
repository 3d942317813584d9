import { describe, expect, it } from 'vitest';
import { isValidResidentId, parseResidentId, residentIdCheckChar } from '../resident-id.js';

const TODAY = new Date(Date.UTC(2026, 10, 24));

describe('parseResidentId (GB 11643-1999)', () => {
  // Both examples are printed in GB 11643-1999 itself.
  it.each([
    ['11010519491231002X', '110105', '1949-12-31', 'female'],
    ['440524188001010014', '440524', '1880-01-01', 'male'],
  ])('accepts the standard example %s', (id) => {
    // The 1880 example predates our 1900 lower bound, so only the check digit is verified for it.
    if (id.startsWith('4405241880')) {
      expect(residentIdCheckChar(id)).toBe(id[17]);
      return;
    }
    const result = parseResidentId(id, TODAY);
    expect(result).toEqual({
      valid: true,
      info: { normalized: id, divisionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('normalises a lower-case x and surrounding spaces', () => {
    const result = parseResidentId(' 11010519491231002x ', TODAY);
    expect(result.valid && result.info.normalized).toBe('11010519491231002X');
  });

  it('derives sex from the parity of the 17th digit', () => {
    const male = '51110219850612001'; // 1 is odd
    const id = male + residentIdCheckChar(male);
    const result = parseResidentId(id, TODAY);
    expect(result.valid && result.info.sex).toBe('male');
    expect(result.valid && result.info.divisionCode).toBe('511102');
  });

  it.each([
    ['', 'format'],
    ['1101051949123100', 'format'],
    ['11010519491231002XX', 'format'],
    ['1101051949123100X2', 'format'],
    ['11010519491231002Y', 'format'],
    ["110105194912310'2X", 'format'],
    ['000105194912310020', 'region'],
    ['990105194912310020', 'region'],
  ] as const)('rejects %j as %s', (id, error) => {
    expect(parseResidentId(id, TODAY)).toEqual({ valid: false, error });
  });

  it('rejects a wrong check digit', () => {
    expect(parseResidentId('110105194912310021', TODAY)).toEqual({ valid: false, error: 'checksum' });
    expect(parseResidentId('440524188001010015', TODAY).valid).toBe(false);
  });

  it.each(['19490230', '19491301', '19490000', '18991231', '20270101'])('rejects the birth date %s', (date) => {
    const first17 = `110105${date}002`;
    const id = first17 + residentIdCheckChar(first17);
    expect(parseResidentId(id, TODAY)).toEqual({ valid: false, error: 'birthDate' });
  });

  it('accepts 29 February in a leap year and rejects it otherwise', () => {
    const leap = '11010520000229002';
    const plain = '11010519990229002';
    expect(isValidResidentId(leap + residentIdCheckChar(leap), TODAY)).toBe(true);
    expect(isValidResidentId(plain + residentIdCheckChar(plain), TODAY)).toBe(false);
  });

  it('accepts someone born today but not tomorrow', () => {
    const todayId = '51110220261124001';
    const tomorrowId = '51110220261125001';
    expect(isValidResidentId(todayId + residentIdCheckChar(todayId), TODAY)).toBe(true);
    expect(isValidResidentId(tomorrowId + residentIdCheckChar(tomorrowId), TODAY)).toBe(false);
  });
});
