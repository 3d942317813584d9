import { describe, expect, it } from 'vitest';
import { defineModule } from '../../define-module.js';
import { moduleSummary } from '../summary.js';

const lawyers = defineModule({
  id: 'lawyers',
  title: 'title',
  icon: 'scale',
  routes: [{ path: '', component: { render: () => null } }],
  nav: [{ id: 'firms', label: 'nav.firms', to: '' }],
  homeCards: [{ id: 'find', title: 'home.find.title', description: 'home.find.body', to: '', mode: 'online', order: 2 }],
  messages: {
    'zh-CN': { title: '律师服务', nav: { firms: '律师事务所', other: '不在摘要里' }, home: { find: { title: '找律师', body: '查询律师事务所' } }, directory: { title: '名录' } },
    en: { title: 'Lawyers', nav: { firms: 'Law firms' }, home: { find: { title: 'Find a lawyer' } } },
  },
});

describe('moduleSummary', () => {
  it('keeps the name, nav and cards with only their words, per locale, at the same keys', () => {
    expect(moduleSummary(lawyers)).toEqual({
      id: 'lawyers',
      title: 'title',
      icon: 'scale',
      nav: lawyers.nav,
      homeCards: lawyers.homeCards,
      messages: {
        'zh-CN': { title: '律师服务', nav: { firms: '律师事务所' }, home: { find: { title: '找律师', body: '查询律师事务所' } } },
        // A word a locale lacks stays missing (vue-i18n falls back to zh-CN, as for the loaded module).
        en: { title: 'Lawyers', nav: { firms: 'Law firms' }, home: { find: { title: 'Find a lawyer' } } },
      },
    });
  });

  it('is plain data: it survives JSON as it is', () => {
    const summary = moduleSummary(lawyers);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
