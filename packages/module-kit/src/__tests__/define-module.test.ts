import { describe, expect, it } from 'vitest';
import { defineModule } from '../define-module.js';
import type { ModuleDefinition } from '../types.js';

const page = { render: () => null };

/** A complete, valid definition; each test breaks one thing. */
function definition(overrides: Partial<ModuleDefinition> = {}): ModuleDefinition {
  return {
    id: 'family-law',
    title: 'title',
    icon: 'scale',
    routes: [{ path: '', component: page }],
    nav: [{ id: 'directory', label: 'nav.directory', to: '' }],
    homeCards: [{ id: 'directory', title: 'cards.title', description: 'cards.description', to: '' }],
    workbench: [{ id: 'queue', title: 'queue.title', path: '', permission: 'review', component: async () => page }],
    permissions: { review: ['legal_aid_officer'] },
    messages: { 'zh-CN': { title: '家事法律服务' } },
    ...overrides,
  };
}

describe('defineModule', () => {
  it('returns a valid definition unchanged', () => {
    const valid = definition();
    expect(defineModule(valid)).toBe(valid);
  });

  it.each(['Lawyers', 'x', 'legal_aid', '1notary', 'a'.repeat(33)])('rejects the id "%s"', (id) => {
    expect(() => defineModule(definition({ id }))).toThrow(/must be 2–32 lower-case letters/);
  });

  it('rejects a nav id used twice', () => {
    const nav = [
      { id: 'directory', label: 'nav.a', to: '' },
      { id: 'directory', label: 'nav.b', to: 'b' },
    ];
    expect(() => defineModule(definition({ nav }))).toThrow('nav: the id "directory" is used twice');
  });

  it('rejects a home card id used twice', () => {
    const card = { id: 'apply', title: 't', description: 'd', to: '' };
    expect(() => defineModule(definition({ homeCards: [card, card] }))).toThrow('homeCards: the id "apply" is used twice');
  });

  it('rejects a workbench view whose permission is not declared', () => {
    const workbench = [{ id: 'queue', title: 'queue.title', path: '', permission: 'approve', component: async () => page }];
    expect(() => defineModule(definition({ workbench }))).toThrow('workbench.queue: the permission "approve" is not declared in permissions');
  });

  it('accepts a case route that exists and takes the case id, and rejects one that does not', () => {
    const routes = [
      { path: '', component: page },
      { path: 'cases/:id', name: 'family-law:case', component: page },
      { path: 'apply', name: 'family-law:apply', component: page },
    ];
    expect(defineModule(definition({ routes, caseRoute: 'family-law:case' })).caseRoute).toBe('family-law:case');
    expect(() => defineModule(definition({ routes, caseRoute: 'family-law:missing' }))).toThrow(/caseRoute: no route is named "family-law:missing"/);
    expect(() => defineModule(definition({ routes, caseRoute: 'family-law:apply' }))).toThrow(/caseRoute: the route "family-law:apply" takes no :id/);
  });

  it('requires zh-CN messages', () => {
    expect(() => defineModule(definition({ messages: { en: { title: 'Family law' } } as unknown as ModuleDefinition['messages'] }))).toThrow('zh-CN messages are required');
  });

  it('reports every problem at once, naming the module', () => {
    const broken = definition({ routes: [], permissions: {} });
    expect(() => defineModule(broken)).toThrow(/^Module "family-law": routes: .*; workbench\.queue: /);
  });
});
