import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { defineModule, type ModuleDefinition } from '@fawang/module-kit';
import { moduleSummary } from '@fawang/module-kit/host';
import { startModules } from '../boot/modules.js';

const Page = { render: () => null };

function sample(id: string): ModuleDefinition {
  return defineModule({
    id,
    title: 'title',
    icon: 'scale',
    routes: [{ path: '', name: `${id}-home`, component: Page }],
    nav: [{ id: 'home', label: 'title', to: '' }],
    messages: { 'zh-CN': { title: id } },
  });
}

const profile = { id: 'leshan', modules: { lawyers: { enabled: true }, notary: { enabled: true } } } as unknown as ResolvedRegionProfile;

function setup(summaries?: Record<string, ReturnType<typeof moduleSummary>>) {
  const loads: string[] = [];
  const bundled = Object.fromEntries(
    ['lawyers', 'notary'].map((id) => [
      id,
      async () => {
        loads.push(id);
        return { default: sample(id) };
      },
    ]),
  );
  const router = createRouter({
    history: createMemoryHistory('/leshan/'),
    routes: [
      { path: '/', component: Page },
      { path: '/my', component: Page, meta: { allModules: true } },
    ],
  });
  const messages: string[] = [];
  const registry = startModules(profile, { bundled, ...(summaries ? { summaries } : {}) }, router, (slot) => void messages.push(slot.id), () => undefined);
  return { loads, router, registry, messages };
}

describe('startModules', () => {
  it('loads every enabled module at start when the page was not rendered by the server', async () => {
    const { loads, registry } = setup();
    await registry.ready;
    expect(loads.sort()).toEqual(['lawyers', 'notary']);
    expect(registry.slots.map((slot) => slot.status)).toEqual(['ready', 'ready']);
  });

  it('keeps modules known by their summary unloaded until one of their pages is opened', async () => {
    const summaries = { lawyers: moduleSummary(sample('lawyers')), notary: moduleSummary(sample('notary')) };
    const { loads, router, registry, messages } = setup(summaries);
    await registry.ready;
    await router.push('/');
    expect(loads).toEqual([]);
    expect(registry.slots.map((slot) => slot.status)).toEqual(['summary', 'summary']);
    // The summaries' words are there for the navigation and the home page at once.
    expect(messages.sort()).toEqual(['lawyers', 'notary']);

    await router.push('/lawyers/');
    expect(loads).toEqual(['lawyers']);
    expect(router.currentRoute.value.name).toBe('lawyers-home');
    expect(registry.slots.map((slot) => slot.status)).toEqual(['ready', 'summary']);
  });

  it('loads them all before a page that lists every module', async () => {
    const summaries = { lawyers: moduleSummary(sample('lawyers')), notary: moduleSummary(sample('notary')) };
    const { loads, router, registry } = setup(summaries);
    await router.push('/my');
    expect(loads.sort()).toEqual(['lawyers', 'notary']);
    expect(router.currentRoute.value.path).toBe('/my');
    expect(registry.slots.every((slot) => slot.status === 'ready')).toBe(true);
  });
});
