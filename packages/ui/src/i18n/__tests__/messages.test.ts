import { describe, expect, it } from 'vitest';
import { createFwI18n, fwMessages, registerFwLocale } from '../index.js';
import type { MessageTree } from '../types.js';

function keys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('kit messages', () => {
  it('English covers every zh-CN string and nothing else', () => {
    expect(keys(fwMessages.en).sort()).toEqual(keys(fwMessages['zh-CN']).sort());
  });

  it('has no empty strings', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const tree = fwMessages[locale];
      for (const key of keys(tree)) {
        const value = key.split('.').reduce<MessageTree | string>((node, part) => (node as MessageTree)[part]!, tree);
        expect(value, `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('lets a region add a language pack that falls back to zh-CN', () => {
    const i18n = createFwI18n('bo');
    registerFwLocale(i18n, 'bo', { common: { close: 'ཁ་རྒྱག' } });
    expect(i18n.global.t('fw.common.close')).toBe('ཁ་རྒྱག');
    expect(i18n.global.t('fw.common.cancel')).toBe('取消');
  });
});
