import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { defineModule } from '../../define-module.js';
import { directoryConfigSchema } from '../../directory/config.js';
import type { ModuleDefinition } from '../../types.js';
import { enabledModuleIds, loadModule, loadModules, ModuleLoadError, type FailedModule, type ModuleSources } from '../load.js';

type Settings = { enabled: boolean; remote?: { entry: string }; config?: Record<string, unknown> };

/** A resolved profile with only what the loader reads; the real schema lists all six modules. */
function profile(modules: Record<string, Settings>): ResolvedRegionProfile {
  return { id: 'leshan', modules } as unknown as ResolvedRegionProfile;
}

function sampleModule(id: string, configSchema: ModuleDefinition['configSchema'] = directoryConfigSchema): ModuleDefinition {
  return defineModule({ id, title: 'title', icon: 'scale', routes: [{ path: '', component: { render: () => null } }], configSchema, messages: { 'zh-CN': { title: id } } });
}

const lawyers = sampleModule('lawyers');
const bundled = (definitions: ModuleDefinition[]): ModuleSources['bundled'] =>
  Object.fromEntries(definitions.map((definition) => [definition.id, async () => ({ default: definition })]));

function failed(slot: Awaited<ReturnType<typeof loadModule>>): FailedModule {
  if (slot.status !== 'error') throw new Error(`expected ${slot.id} to fail, it is ready`);
  return slot;
}

describe('loadModule', () => {
  it('loads a bundled module and applies its config defaults', async () => {
    const slot = await loadModule(profile({ lawyers: { enabled: true } }), 'lawyers', { bundled: bundled([lawyers]) });
    expect(slot).toEqual({ id: 'lawyers', source: 'bundled', status: 'ready', definition: lawyers, config: { directoryPageSize: 10 } });
  });

  it('accepts a loader that returns the definition itself rather than a module namespace', async () => {
    const slot = await loadModule(profile({ lawyers: { enabled: true, config: { directoryPageSize: 20 } } }), 'lawyers', { bundled: { lawyers: async () => lawyers } });
    expect(slot).toMatchObject({ status: 'ready', config: { directoryPageSize: 20 } });
  });

  it('loads a module from its remote when the profile gives one, not from the bundle', async () => {
    const entry = '/remotes/lawyers/mf-manifest.json';
    const loadRemote = vi.fn(async () => lawyers);
    const bundledLoader = vi.fn(async () => lawyers);
    const slot = await loadModule(profile({ lawyers: { enabled: true, remote: { entry } } }), 'lawyers', { bundled: { lawyers: bundledLoader }, loadRemote });
    expect(slot).toMatchObject({ id: 'lawyers', source: 'remote', status: 'ready', definition: lawyers });
    expect(loadRemote).toHaveBeenCalledWith('lawyers', entry);
    expect(bundledLoader).not.toHaveBeenCalled();
  });

  it('gives up on a remote that does not answer in time (reason load)', async () => {
    const never = () => new Promise<ModuleDefinition>(() => undefined);
    const slot = failed(await loadModule(profile({ lawyers: { enabled: true, remote: { entry: 'https://lawyers.example/mf-manifest.json' } } }), 'lawyers', { bundled: {}, loadRemote: never, timeoutMs: 20 }));
    expect(slot).toMatchObject({ source: 'remote', reason: 'load' });
    expect(slot.error).toBeInstanceOf(ModuleLoadError);
    expect(slot.error.message).toBe('remote https://lawyers.example/mf-manifest.json did not load within 20 ms');
  });

  it('reports a remote that fails to load (reason load)', async () => {
    const network = new TypeError('Failed to fetch');
    const slot = failed(await loadModule(profile({ lawyers: { enabled: true, remote: { entry: '/remotes/lawyers/mf-manifest.json' } } }), 'lawyers', { bundled: {}, loadRemote: async () => Promise.reject(network) }));
    expect(slot).toMatchObject({ reason: 'load', error: network });
  });

  it('fails a remote module when the host was built without federation (reason load)', async () => {
    const slot = failed(await loadModule(profile({ lawyers: { enabled: true, remote: { entry: '/remotes/lawyers/mf-manifest.json' } } }), 'lawyers', { bundled: bundled([lawyers]) }));
    expect(slot.reason).toBe('load');
    expect(slot.error.message).toMatch(/built without federation/);
  });

  it('refuses code that defines another module (reason load)', async () => {
    const slot = failed(await loadModule(profile({ lawyers: { enabled: true } }), 'lawyers', { bundled: { lawyers: async () => sampleModule('notary') } }));
    expect(slot.reason).toBe('load');
    expect(slot.error.message).toBe('the profile enables "lawyers" but the code defines "notary"');
  });

  it('refuses code that exports no module definition (reason load)', async () => {
    const slot = failed(await loadModule(profile({ lawyers: { enabled: true } }), 'lawyers', { bundled: { lawyers: async () => ({ default: {} }) as never } }));
    expect(slot.reason).toBe('load');
    expect(slot.error.message).toMatch(/did not export a module definition/);
  });

  it('names the profile path of a config the module rejects (reason config)', async () => {
    const slot = failed(await loadModule(profile({ lawyers: { enabled: true, config: { directoryPageSize: 7 } } }), 'lawyers', { bundled: bundled([lawyers]) }));
    expect(slot.reason).toBe('config');
    expect(slot.error.message).toMatch(/^region leshan: modules\.lawyers\.config\.directoryPageSize: /);
  });

  it('joins nested config paths with dots', async () => {
    const notary = sampleModule('notary', z.object({ hotline: z.object({ number: z.string().regex(/^\d+$/, 'digits only') }) }));
    const slot = failed(await loadModule(profile({ notary: { enabled: true, config: { hotline: { number: '12348-1' } } } }), 'notary', { bundled: bundled([notary]) }));
    expect(slot.error.message).toBe('region leshan: modules.notary.config.hotline.number: digits only');
  });

  it('passes the config through when the module has no schema', async () => {
    const plain = defineModule({ id: 'lawyers', title: 'title', icon: 'scale', routes: lawyers.routes, messages: lawyers.messages });
    const slot = await loadModule(profile({ lawyers: { enabled: true, config: { anything: 1 } } }), 'lawyers', { bundled: bundled([plain]) });
    expect(slot).toMatchObject({ status: 'ready', config: { anything: 1 } });
  });

  it('reports a module that is neither bundled nor remote (reason missing)', async () => {
    const slot = failed(await loadModule(profile({ mediation: { enabled: true } }), 'mediation', { bundled: bundled([lawyers]) }));
    expect(slot).toMatchObject({ id: 'mediation', source: 'bundled', reason: 'missing' });
  });
});

describe('loadModules', () => {
  it('loads only enabled modules, each on its own: one failure leaves the others ready', async () => {
    const notaryLoader = vi.fn(async () => ({ default: sampleModule('notary') }));
    const sources: ModuleSources = {
      bundled: {
        lawyers: async () => ({ default: lawyers }),
        notary: notaryLoader,
        mediation: async () => Promise.reject(new Error('chunk failed')),
      },
    };
    const slots = await loadModules(profile({ lawyers: { enabled: true }, notary: { enabled: false }, mediation: { enabled: true } }), sources);
    expect(slots.map((slot) => [slot.id, slot.status])).toEqual([
      ['lawyers', 'ready'],
      ['mediation', 'error'],
    ]);
    expect(notaryLoader).not.toHaveBeenCalled();
  });
});

describe('enabledModuleIds', () => {
  it('lists the host order first, then other enabled modules in the profile order', () => {
    const settings = profile({
      arbitration: { enabled: true },
      notary: { enabled: true },
      mediation: { enabled: false },
      forensic: { enabled: true },
      lawyers: { enabled: true },
      'legal-aid': { enabled: false },
    });
    expect(enabledModuleIds(settings, ['legal-aid', 'lawyers', 'notary'])).toEqual(['lawyers', 'notary', 'arbitration', 'forensic']);
  });
});
