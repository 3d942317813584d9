import { describe, expect, it } from 'vitest';
import { maskEmail, maskName, maskPhone, maskResidentId } from '../masking.js';

describe('masking', () => {
  it('keeps the first 3 and last 4 characters of a resident ID', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110***********002X');
  });
  it('masks mobile and landline numbers', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('028-86123456')).toBe('028-******56');
    expect(maskPhone('12348')).toBe('12*48');
  });
  it('keeps only the family-name character of a Chinese name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('')).toBe('');
  });
  it('masks the local part of an e-mail address', () => {
    expect(maskEmail('zhang.san@example.org')).toBe('z********@example.org');
  });
});
