import { describe, expect, it } from 'vitest';
import { createFwI18n } from '@fawang/ui';
import { addModuleKitMessages, addModuleMessages } from '../messages.js';

describe('addModuleMessages', () => {
  // Module ids contain "-" (legal-aid); vue-i18n must read them as one path segment.
  it('namespaces a module under module.<id>, including ids with "-"', () => {
    const i18n = createFwI18n('zh-CN');
    addModuleMessages(i18n, { id: 'legal-aid', messages: { 'zh-CN': { title: '法律援助', cards: { apply: '申请法律援助' } }, en: { title: 'Legal aid' } } });
    expect(i18n.global.t('module.legal-aid.title')).toBe('法律援助');
    expect(i18n.global.t('module.legal-aid.cards.apply')).toBe('申请法律援助');
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('module.legal-aid.title')).toBe('Legal aid');
  });

  it('falls back to zh-CN for a key another locale lacks', () => {
    const i18n = createFwI18n('en');
    addModuleMessages(i18n, { id: 'notary', messages: { 'zh-CN': { title: '公证服务', intro: '最多跑一次' }, en: { title: 'Notary' } } });
    expect(i18n.global.t('module.notary.intro')).toBe('最多跑一次');
  });

  it('keeps modules apart and leaves the design system strings in place', () => {
    const i18n = createFwI18n('zh-CN');
    addModuleKitMessages(i18n);
    addModuleMessages(i18n, { id: 'lawyers', messages: { 'zh-CN': { title: '律师服务' } } });
    addModuleMessages(i18n, { id: 'notary', messages: { 'zh-CN': { title: '公证服务' } } });
    expect([i18n.global.t('module.lawyers.title'), i18n.global.t('module.notary.title')]).toEqual(['律师服务', '公证服务']);
    expect(i18n.global.t('moduleKit.unavailable', { name: '律师服务' })).toBe('律师服务暂时无法使用');
    expect(i18n.global.t('fw.display.state.retry')).toBe('重试');
  });
});
