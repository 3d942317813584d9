import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInProfilesDir, loadRegionProfiles } from '@fawang/regions/node';
import { watchRegionProfiles } from '../regions-watch.js';

const city = (modules: Record<string, unknown> = {}) => ({ id: 'testcity', name: '测试市', level: 'city', parent: 'sichuan', divisionCode: '511100', modules });
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'fawang-watch-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'testcity.json'), JSON.stringify(city()));
  const registry = await loadRegionProfiles([builtInProfilesDir, dir]);
  const log = { info: vi.fn(), error: vi.fn() };
  const watcher = watchRegionProfiles({ dirs: [dir], registry, requiredRegion: 'national', log, debounceMs: 20 });
  cleanup.push(() => watcher.close());
  return { dir, registry, log };
}

describe('watchRegionProfiles', () => {
  it('applies an edited profile without a restart and tells the registry listeners', async () => {
    const { dir, registry } = await setup();
    const changed = vi.fn();
    registry.onChange(changed);
    expect(registry.get('testcity')!.modules.notary.enabled).toBe(true);
    await writeFile(join(dir, 'testcity.json'), JSON.stringify(city({ notary: { enabled: false } })));
    await vi.waitFor(() => expect(registry.get('testcity')!.modules.notary.enabled).toBe(false), { timeout: 5000 });
    expect(changed).toHaveBeenCalled();
  });

  it('adds a new region from a new file', async () => {
    const { dir, registry } = await setup();
    await writeFile(join(dir, 'newtown.json'), JSON.stringify({ ...city(), id: 'newtown', name: '新城市' }));
    await vi.waitFor(() => expect(registry.get('newtown')?.name).toBe('新城市'), { timeout: 5000 });
  });

  it('keeps the previous profiles in service when an edit has a mistake, and logs where it is', async () => {
    const { dir, registry, log } = await setup();
    await writeFile(join(dir, 'testcity.json'), JSON.stringify(city({ notary: { enabled: 'no' } })));
    await vi.waitFor(() => expect(log.error).toHaveBeenCalled(), { timeout: 5000 });
    expect(String(log.error.mock.calls[0]![0])).toMatch(/testcity\.json: modules\.notary\.enabled/);
    expect(registry.get('testcity')!.modules.notary.enabled).toBe(true);
  });
});
