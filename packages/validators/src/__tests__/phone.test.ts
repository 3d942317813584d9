import { describe, expect, it } from 'vitest';
import { isValidPhone, normalizePhone, parsePhone } from '../phone.js';

describe('parsePhone', () => {
  it.each([
    ['13812345678', 'mobile', '13812345678'],
    ['+86 138-1234-5678', 'mobile', '13812345678'],
    ['0086 19912345678', 'mobile', '19912345678'],
    ['010-12345678', 'landline', '01012345678'],
    ['(0833) 2123456', 'landline', '08332123456'],
    ['0760-88123456', 'landline', '076088123456'],
  ])('accepts %s as %s', (input, kind, normalized) => {
    expect(parsePhone(input)).toEqual({ kind, normalized });
  });

  it.each(['12812345678', '1381234567', '138123456789', '12348', '010-1234', 'abc13812345678', '', '0833-12345'])(
    'rejects %s',
    (input) => {
      expect(parsePhone(input)).toBeNull();
    },
  );
});

describe('isValidPhone', () => {
  it('restricts to the kinds asked for', () => {
    expect(isValidPhone('010-12345678', ['mobile'])).toBe(false);
    expect(isValidPhone('13812345678', ['mobile'])).toBe(true);
  });
});

describe('normalizePhone', () => {
  it('returns null when letters remain', () => {
    expect(normalizePhone('138x2345678')).toBeNull();
  });
});
