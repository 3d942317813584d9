import { describe, expect, it } from 'vitest';
import { isValidUscc, parseUscc, usccCheckChar } from '../uscc.js';

describe('parseUscc (GB 32100-2015)', () => {
  // Codes published on the national enterprise credit information publicity system.
  it.each([
    ['914403001922038216', '440300'], // 华为技术有限公司
    ['9144030071526726XG', '440300'], // 深圳市腾讯计算机系统有限公司
  ])('accepts the published code %s', (code, division) => {
    expect(parseUscc(code)).toEqual({ valid: true, normalized: code, divisionCode: division });
  });

  it('accepts a 司法行政 (justice administration) code for a law firm', () => {
    const first17 = '31510000MD01234X'.padEnd(17, '5');
    const code = first17 + usccCheckChar(first17);
    expect(isValidUscc(code)).toBe(true);
  });

  it('normalises lower case', () => {
    expect(parseUscc('9144030071526726xg')).toMatchObject({ valid: true, normalized: '9144030071526726XG' });
  });

  it.each([
    ['', 'format'],
    ['91440300192203821', 'format'],
    ['9144030019220382166', 'format'],
    ['91440300I92203821O', 'format'], // I and O are not in the alphabet
    ['9144A3001922038216', 'format'], // the division code is digits
    ['Z14403001922038216', 'format'],
    ['944403001922038216', 'authority'], // 工商 issues types 1–3 only
    ['3844030019220382166'.slice(0, 18), 'authority'],
  ] as const)('rejects %j as %s', (code, error) => {
    expect(parseUscc(code)).toEqual({ valid: false, error });
  });

  it('rejects a wrong check character', () => {
    expect(parseUscc('914403001922038217')).toEqual({ valid: false, error: 'checksum' });
    expect(parseUscc('9144030071526726XH')).toEqual({ valid: false, error: 'checksum' });
  });

  it('returns undefined for characters outside the alphabet', () => {
    expect(usccCheckChar('9144030019220382I')).toBeUndefined();
  });
});
