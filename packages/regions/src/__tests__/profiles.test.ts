import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSettings, RegionProfileError, RegionRegistry, resolveProfiles } from '../index.js';
import { builtInProfilesDir, loadBuiltInRegions, loadRegionProfiles } from '../node.js';
import { runCli } from '../cli.js';

const allModules = (enabled: boolean) =>
  Object.fromEntries(['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration'].map((id) => [id, { enabled }]));

const root = {
  id: 'province-a',
  name: '甲省',
  level: 'province',
  divisionCode: '510000',
  locales: ['zh-CN', 'en'],
  modules: allModules(true),
  channels: { hotlines: [{ name: '公共法律服务热线', number: '12348' }] },
  legalAid: { deadlines: { decideWithinDays: 7, dayCounting: 'working' } },
  theme: {},
};

function errorOf(fn: () => unknown): RegionProfileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RegionProfileError) return error;
    throw error;
  }
  throw new Error('expected a RegionProfileError');
}

describe('mergeSettings', () => {
  it('merges objects key by key and replaces arrays and scalars', () => {
    expect(mergeSettings({ a: { x: 1, y: 2 }, list: [1, 2], n: 1 }, { a: { y: 3 }, list: [9] })).toEqual({
      a: { x: 1, y: 3 },
      list: [9],
      n: 1,
    });
  });
});

describe('resolveProfiles', () => {
  it('lets a city inherit everything from its parent and change one module', () => {
    const [, city] = resolveProfiles([
      { source: 'a.json', data: root },
      { source: 'b.json', data: { id: 'city-b', name: '乙市', level: 'city', parent: 'province-a', modules: { arbitration: { enabled: false } } } },
    ]);
    expect(city!.modules.arbitration.enabled).toBe(false);
    expect(city!.modules.notary.enabled).toBe(true);
    expect(city!.channels.hotlines).toEqual(root.channels.hotlines);
    expect(city!.legalAid.deadlines).toEqual({ decideWithinDays: 7, dayCounting: 'working' });
    // Identity is never inherited.
    expect(city!.divisionCode).toBeUndefined();
    expect(city!.name).toBe('乙市');
  });

  it('follows `extends` over `parent` for settings', () => {
    const other = { ...root, id: 'template', name: '模板', legalAid: { deadlines: { decideWithinDays: 5, dayCounting: 'calendar' } } };
    const profiles = resolveProfiles([
      { source: 'a.json', data: root },
      { source: 't.json', data: other },
      { source: 'c.json', data: { id: 'city-c', name: '丙市', level: 'city', parent: 'province-a', extends: 'template' } },
    ]);
    expect(profiles.find((p) => p.id === 'city-c')!.legalAid.deadlines.decideWithinDays).toBe(5);
  });

  it('names the file and the path of a bad value', () => {
    const error = errorOf(() => resolveProfiles([{ source: 'bad.json', data: { ...root, legalAid: { deadlines: { decideWithinDays: 0, dayCounting: 'working' } } } }]));
    expect(error.source).toBe('bad.json');
    expect(error.issues[0]!.path).toBe('legalAid.deadlines.decideWithinDays');
    expect(error.message).toContain('bad.json: legalAid.deadlines.decideWithinDays');
  });

  it('rejects unknown keys and unknown modules', () => {
    expect(errorOf(() => resolveProfiles([{ source: 'x.json', data: { ...root, colour: 'red' } }])).message).toMatch(/colour/);
    const error = errorOf(() =>
      resolveProfiles([
        { source: 'a.json', data: root },
        { source: 'y.json', data: { id: 'city-y', name: '丁市', level: 'city', parent: 'province-a', modules: { tax: { enabled: true } } } },
      ]),
    );
    expect(error.source).toBe('y.json');
    expect(error.message).toMatch(/modules/);
  });

  it('reports a root profile that leaves settings out', () => {
    const { modules: _modules, ...incomplete } = root;
    const error = errorOf(() => resolveProfiles([{ source: 'root.json', data: incomplete }]));
    expect(error.issues.map((i) => i.path)).toContain('modules');
  });

  it('reports a missing base and an inheritance cycle', () => {
    const missing = errorOf(() => resolveProfiles([{ source: 'm.json', data: { id: 'city-m', name: '戊市', level: 'city', extends: 'nowhere' } }]));
    expect(missing.issues[0]).toEqual({ path: 'extends', message: 'no profile has the id "nowhere"' });
    const cycle = errorOf(() =>
      resolveProfiles([
        { source: 'p.json', data: { id: 'loop-p', name: 'P', level: 'city', extends: 'loop-q' } },
        { source: 'q.json', data: { id: 'loop-q', name: 'Q', level: 'city', extends: 'loop-p' } },
      ]),
    );
    expect(cycle.message).toMatch(/inheritance cycle loop-p → loop-q → loop-p/);
  });
});

describe('RegionRegistry', () => {
  it('orders parents first, national first, and answers isWithin', async () => {
    const regions = await loadBuiltInRegions();
    expect(regions.list().map((r) => r.id)).toEqual(['national', 'beijing', 'guangdong', 'zhongshan', 'sichuan', 'leshan']);
    expect(regions.isWithin('leshan', 'sichuan')).toBe(true);
    expect(regions.isWithin('sichuan', 'sichuan')).toBe(false);
    expect(regions.isWithin('sichuan', 'leshan')).toBe(false);
    expect(regions.isWithin('zhongshan', 'sichuan')).toBe(false);
    expect(regions.children('guangdong').map((r) => r.id)).toEqual(['zhongshan']);
    expect(regions.lineage('leshan').map((r) => r.id)).toEqual(['leshan', 'sichuan', 'national']);
    // The national level supervises every province (ADR 0004).
    expect(regions.isWithin('zhongshan', 'national')).toBe(true);
  });

  it('rejects a parent that does not exist', () => {
    const [resolved] = resolveProfiles([{ source: 'a.json', data: root }]);
    expect(() => new RegionRegistry([{ ...resolved!, id: 'orphan', parent: 'ghost' }])).toThrow(/ghost/);
  });
});

describe('built-in profiles', () => {
  it('resolve completely, with the seeds’ division codes', async () => {
    const regions = await loadBuiltInRegions();
    expect(regions.get('leshan')).toMatchObject({ divisionCode: '511100', parent: 'sichuan', level: 'city' });
    expect(regions.get('zhongshan')).toMatchObject({ divisionCode: '442000', parent: 'guangdong' });
    // Leshan inherits Sichuan's settings it does not restate.
    expect(regions.get('leshan')!.theme).toEqual(regions.get('sichuan')!.theme);
    expect(regions.get('leshan')!.channels.hotlines[0]!.number).toBe('12345');
  });

  it('lets a deployment folder override a built-in profile by id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fawang-regions-'));
    await writeFile(join(dir, 'leshan.json'), JSON.stringify({ id: 'leshan', name: '乐山市', level: 'city', parent: 'sichuan', modules: { arbitration: { enabled: false } } }));
    const regions = await loadRegionProfiles([builtInProfilesDir, dir]);
    expect(regions.get('leshan')!.modules.arbitration.enabled).toBe(false);
    expect(regions.get('sichuan')!.modules.arbitration.enabled).toBe(true);
  });

  it('names a file that is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fawang-regions-'));
    await writeFile(join(dir, 'broken.json'), '{ "id": ');
    await expect(loadRegionProfiles([dir])).rejects.toThrow(/broken\.json: not valid JSON/);
  });
});

describe('fawang-regions CLI', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
  };

  it('validates the built-in profiles', async () => {
    const { out, io } = capture();
    expect(await runCli(['validate'], io)).toBe(0);
    expect(out.some((l) => l.startsWith('ok  leshan'))).toBe(true);
  });

  it('shows a resolved profile and fails with the file name on a bad one', async () => {
    const shown = capture();
    expect(await runCli(['show', 'zhongshan'], shown.io)).toBe(0);
    expect(JSON.parse(shown.out.join('\n'))).toMatchObject({ id: 'zhongshan', modules: { 'legal-aid': { enabled: true } } });

    const dir = await mkdtemp(join(tmpdir(), 'fawang-regions-'));
    await writeFile(join(dir, 'city.json'), JSON.stringify({ id: 'city-z', name: '己市', level: 'town', parent: 'sichuan' }));
    const bad = capture();
    expect(await runCli(['validate', dir], bad.io)).toBe(1);
    expect(bad.err[0]).toMatch(/city\.json: level/);
    expect(await runCli(['frobnicate'], capture().io)).toBe(2);
  });
});
