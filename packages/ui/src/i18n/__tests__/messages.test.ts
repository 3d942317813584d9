import { describe, expect, it } from 'vitest';
import { createFwI18n, createFwReferenceI18n, fwMessages, loadFwLocale, registerFwLocale } from '../index.js';
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

  it('gives an app zh-CN alone, and another shipped language when it asks for it', async () => {
    const i18n = createFwReferenceI18n();
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('fw.common.close')).toBe('关闭'); // not loaded yet: the zh-CN fallback
    await loadFwLocale(i18n, 'en');
    expect(i18n.global.t('fw.common.close')).toBe('Close');
    await loadFwLocale(i18n, 'bo'); // a language the kit does not ship adds nothing
    i18n.global.locale.value = 'bo';
    expect(i18n.global.t('fw.common.close')).toBe('关闭');
  });
});
