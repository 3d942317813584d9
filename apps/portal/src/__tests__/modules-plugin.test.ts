// @vitest-environment node
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverModules } from '../../build/modules-plugin.js';

describe('discoverModules', () => {
  it('finds the six built-in modules in the order the plans list them', () => {
    const ids = discoverModules(fileURLToPath(new URL('../../..', import.meta.url))).map((m) => m.id);
    expect(ids.slice(0, 6)).toEqual(['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration']);
  });

  it('adds any package that declares itself a module, after the built-in ones, and ignores the rest', async () => {
    const apps = await mkdtemp(join(tmpdir(), 'fawang-apps-'));
    const pkg = async (dir: string, manifest: object) => {
      await mkdir(join(apps, dir));
      await writeFile(join(apps, dir, 'package.json'), JSON.stringify(manifest));
    };
    await pkg('consult', { name: '@x/consult', fawang: { module: 'consult' } });
    await pkg('api', { name: '@x/api' });
    await pkg('lawyers', { name: '@x/lawyers', fawang: { module: 'lawyers' } });
    await mkdir(join(apps, 'empty'));
    expect(discoverModules(apps).map((m) => [m.id, m.packageName])).toEqual([
      ['lawyers', '@x/lawyers'],
      ['consult', '@x/consult'],
    ]);
  });
});
