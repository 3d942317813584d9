import { describe, expect, it } from 'vitest';
import { unevenMessageKeys } from '../messages.js';

describe('unevenMessageKeys', () => {
  it('names the keys a locale lacks or adds compared with zh-CN', () => {
    const messages = { 'zh-CN': { a: '甲', b: { c: '丙', d: '丁' } }, en: { a: 'A', b: { c: 'C' }, e: 'E' } };
    expect(unevenMessageKeys(messages)).toEqual(['en:missing:b.d', 'en:extra:e']);
  });

  it('is empty when the locales have the same keys', () => {
    expect(unevenMessageKeys({ 'zh-CN': { a: { b: '乙' } }, en: { a: { b: 'B' } } })).toEqual([]);
  });
});
