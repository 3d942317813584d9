import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRegionCli } from '../cli.js';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
};

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'fawang-region-cli-'));
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

describe('pnpm region validate', () => {
  it('accepts the built-in profiles with every module config checked', async () => {
    const { out, err, io } = capture();
    expect(await runRegionCli(['validate'], io, process.cwd())).toBe(0);
    expect(err).toEqual([]);
    expect(out).toContain('ok  leshan       乐山市  modules: legal-aid, lawyers, notary, mediation, forensic, arbitration, consult');
  });

  it('rejects a directory page size the lawyers module does not offer, naming the file and the path', async () => {
    const dir = await tempDir();
    await writeJson(join(dir, 'meishan.json'), { id: 'meishan', name: '眉山市', level: 'city', parent: 'sichuan', modules: { lawyers: { config: { directoryPageSize: 7 } } } });
    const { err, io } = capture();
    expect(await runRegionCli(['validate', 'meishan.json'], io, dir)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(join(dir, 'meishan.json'));
    expect(err[0]).toContain('modules.lawyers.config.directoryPageSize');
  });

  it('rejects a declared case module’s time limit the API would refuse (the consult module’s schema)', async () => {
    const dir = await tempDir();
    await writeJson(join(dir, 'meishan.json'), { id: 'meishan', name: '眉山市', level: 'city', parent: 'sichuan', modules: { consult: { config: { deadlines: { answerWithinDays: 0 } } } } });
    const { err, io } = capture();
    expect(await runRegionCli(['validate', 'meishan.json'], io, dir)).toBe(1);
    expect(err[0]).toContain('modules.consult.config.deadlines.answerWithinDays');
    expect(err[0]).toContain('expected a whole number of days from 1 to 365');
  });
});

describe('modules of the workspace beyond the six', () => {
  /** A workspace with one scaffolded module whose config takes an optional `greeting` string. */
  async function workspaceWithConsult(): Promise<string> {
    const apps = join(await tempDir(), 'apps');
    await mkdir(join(apps, 'consult', 'src'), { recursive: true });
    await writeJson(join(apps, 'consult', 'package.json'), { name: '@fawang/module-consult', fawang: { module: 'consult' } });
    // Hand-written rather than zod: the temp folder cannot resolve packages.
    await writeFile(
      join(apps, 'consult', 'src', 'config.ts'),
      `export const configSchema = {
  safeParse: (value: { greeting?: unknown }) =>
    value.greeting === undefined || typeof value.greeting === 'string'
      ? { success: true as const }
      : { success: false as const, error: { issues: [{ path: ['greeting'], message: 'expected a string' }] } },
};
`,
    );
    // A folder without the package marker is not a module.
    await mkdir(join(apps, 'site-docs'));
    return apps;
  }

  it('checks the config of a module found under apps/', async () => {
    const apps = await workspaceWithConsult();
    const dir = await tempDir();
    await writeJson(join(dir, 'meishan.json'), { id: 'meishan', name: '眉山市', level: 'city', parent: 'sichuan', modules: { consult: { enabled: true, config: { greeting: 12 } } } });
    const { err, io } = capture();
    expect(await runRegionCli(['validate', dir], io, process.cwd(), apps)).toBe(1);
    expect(err).toEqual([`${join(dir, 'meishan.json')}: modules.consult.config.greeting: expected a string`]);
  });

  it('accepts a region that enables it with a valid config', async () => {
    const apps = await workspaceWithConsult();
    const dir = await tempDir();
    await writeJson(join(dir, 'meishan.json'), { id: 'meishan', name: '眉山市', level: 'city', parent: 'sichuan', modules: { consult: { enabled: true, config: { greeting: '您好' } } } });
    const { out, io } = capture();
    expect(await runRegionCli(['validate', dir], io, process.cwd(), apps)).toBe(0);
    expect(out.some((line) => line.startsWith('ok  meishan'))).toBe(true);
  });
});
