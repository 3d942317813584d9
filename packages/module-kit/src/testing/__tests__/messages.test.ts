import { describe, expect, it } from 'vitest';
import { defineModule } from '../../define-module.js';
import { definitionMessageKeys, missingMessageKeys } from '../messages.js';

const page = async () => ({ render: () => null });

const complete = defineModule({
  id: 'family-law',
  title: 'title',
  icon: 'scale',
  routes: [{ path: '', component: page }],
  nav: [{ id: 'directory', label: 'nav.directory', to: '' }],
  homeCards: [{ id: 'directory', title: 'cards.directory.title', description: 'cards.directory.description', to: '' }],
  workbench: [{ id: 'queue', title: 'workbench.queue.title', description: 'workbench.queue.description', path: '', permission: 'review', component: page }],
  account: [{ id: 'cases', title: 'account.cases', component: page }],
  permissions: { review: ['bureau_admin'] },
  messages: {
    'zh-CN': {
      title: '家事法律服务',
      nav: { directory: '家事律师' },
      cards: { directory: { title: '找家事律师', description: '婚姻、继承、抚养纠纷。' } },
      workbench: { queue: { title: '案件队列', description: '本地区的家事案件。' } },
      account: { cases: '我的家事案件' },
    },
    en: {
      title: 'Family law',
      nav: { directory: 'Family lawyers' },
      cards: { directory: { title: 'Find a family lawyer', description: 'Marriage, inheritance, custody.' } },
      workbench: { queue: { title: 'Case queue', description: 'Family cases in this region.' } },
      account: { cases: 'My family cases' },
    },
  },
});

describe('definitionMessageKeys', () => {
  it('lists every key the host reads from a definition, once', () => {
    expect(definitionMessageKeys(complete)).toEqual([
      'title',
      'nav.directory',
      'cards.directory.title',
      'cards.directory.description',
      'workbench.queue.title',
      'workbench.queue.description',
      'account.cases',
    ]);
  });
});

describe('missingMessageKeys', () => {
  it('finds nothing missing in a complete definition', () => {
    expect(missingMessageKeys(complete)).toEqual([]);
  });

  it('names each missing, empty or non-text key with its locale', () => {
    const en = { ...complete.messages.en, nav: {}, cards: { directory: { title: ' ', description: 'ok' } }, account: 'My cases' };
    expect(missingMessageKeys({ ...complete, messages: { ...complete.messages, en } })).toEqual(['en:nav.directory', 'en:cards.directory.title', 'en:account.cases']);
  });

  it('treats a locale the module does not ship as missing every key', () => {
    expect(missingMessageKeys(complete, ['zh-CN', 'ii'])).toHaveLength(7);
  });
});
