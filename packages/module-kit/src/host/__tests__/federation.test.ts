import { beforeEach, describe, expect, it, vi } from 'vitest';
import { remoteName, type SharedLibrary } from '../federation.js';

/** The federation runtime instance the loader creates; each test inspects what it was asked. */
const federation = vi.hoisted(() => ({ registerRemotes: vi.fn(), loadRemote: vi.fn() }));
vi.mock('@module-federation/runtime', () => ({ createInstance: vi.fn(() => federation) }));

const definition = { id: 'legal-aid', title: 'title', icon: 'scale', routes: [], messages: { 'zh-CN': {} } };
const vueModule = { createApp: () => undefined };

/** A loader with a fresh runtime cache (the runtime is created once per page). */
async function freshLoader(libraries: Record<string, SharedLibrary> = { vue: { version: '3.5.45', module: vueModule } }) {
  vi.resetModules();
  const sharedLibraries = vi.fn(async () => libraries);
  const { federatedLoader } = await import('../federation.js');
  const createInstance = vi.mocked((await import('@module-federation/runtime')).createInstance);
  createInstance.mockClear();
  return { load: federatedLoader(sharedLibraries), sharedLibraries, createInstance };
}

beforeEach(() => {
  federation.registerRemotes.mockReset();
  federation.loadRemote.mockReset().mockResolvedValue({ default: definition });
});

describe('federation', () => {
  it('names the remote container fawang_<id> with "-" as "_"', () => {
    expect(remoteName('legal-aid')).toBe('fawang_legal_aid');
    expect(remoteName('lawyers')).toBe('fawang_lawyers');
  });

  it('registers the remote against the page address and loads its ./module', async () => {
    const { load } = await freshLoader();
    expect(await load('legal-aid', '/remotes/legal-aid/mf-manifest.json')).toBe(definition);
    const entry = new URL('/remotes/legal-aid/mf-manifest.json', location.href).href;
    expect(federation.registerRemotes).toHaveBeenCalledWith([{ name: 'fawang_legal_aid', entry }], { force: true });
    expect(federation.loadRemote).toHaveBeenCalledWith('fawang_legal_aid/module');
  });

  it('keeps an absolute entry as it is', async () => {
    const { load } = await freshLoader();
    await load('legal-aid', 'https://legal-aid.example.gov.cn/mf-manifest.json');
    expect(federation.registerRemotes).toHaveBeenCalledWith([{ name: 'fawang_legal_aid', entry: 'https://legal-aid.example.gov.cn/mf-manifest.json' }], { force: true });
  });

  it('starts the runtime once, sharing the host instances as singletons of at least the host version', async () => {
    const { load, sharedLibraries, createInstance } = await freshLoader();
    await load('legal-aid', '/remotes/legal-aid/mf-manifest.json');
    await load('lawyers', '/remotes/lawyers/mf-manifest.json');
    expect(sharedLibraries).toHaveBeenCalledTimes(1);
    expect(createInstance).toHaveBeenCalledTimes(1);
    const options = createInstance.mock.calls[0]![0] as unknown as { name: string; shared: Record<string, { version: string; lib: () => unknown; loaded: boolean; shareConfig: unknown }> };
    expect(options.name).toBe('fawang_portal');
    expect(options.shared.vue).toMatchObject({ version: '3.5.45', loaded: true, shareConfig: { singleton: true, requiredVersion: '^3.5.45' } });
    expect(options.shared.vue!.lib()).toBe(vueModule);
  });

  it('fails when the remote exposes no ./module', async () => {
    const { load } = await freshLoader();
    federation.loadRemote.mockResolvedValue(null);
    await expect(load('lawyers', '/remotes/lawyers/mf-manifest.json')).rejects.toThrow('remote /remotes/lawyers/mf-manifest.json exposes no ./module');
  });
});
