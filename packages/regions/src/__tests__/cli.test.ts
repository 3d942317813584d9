import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};

async function writeProfile(name: string, profile: unknown): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'fawang-regions-'));
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(profile));
  return { dir, file };
}

describe('fawang-regions validate', () => {
  it('validates the built-in profiles and lists their enabled modules', async () => {
    const { out, io } = capture();
    expect(await runCli(['validate'], io)).toBe(0);
    expect(out).toContain('ok  leshan       乐山市  modules: legal-aid, lawyers, notary, mediation, forensic, arbitration, consult');
  });

  it('accepts a single file that extends a built-in, relative to the working folder', async () => {
    const { dir } = await writeProfile('meishan.json', { id: 'meishan', name: '眉山市', level: 'city', parent: 'sichuan', modules: { forensic: { enabled: false } } });
    const { out, io } = capture();
    expect(await runCli(['validate', 'meishan.json'], io, dir)).toBe(0);
    expect(out).toContain('ok  meishan      眉山市  modules: legal-aid, lawyers, notary, mediation, arbitration, consult');
  });

  it('fails with exit 1 and names the file, the path and the expectation', async () => {
    const { file } = await writeProfile('city.json', { id: 'city-z', name: '己市', level: 'town', parent: 'sichuan' });
    const { err, io } = capture();
    expect(await runCli(['validate', file], io)).toBe(1);
    expect(err).toEqual([`${file}: level: Invalid option: expected one of "national"|"province"|"city"|"county"`]);
  });

  it('passes module config schemas through', async () => {
    const { file } = await writeProfile('city.json', { id: 'city-y', name: '庚市', level: 'city', parent: 'sichuan', modules: { lawyers: { config: { x: 'ten' } } } });
    const { err, io } = capture();
    expect(await runCli(['validate', file], io, process.cwd(), { moduleConfig: { lawyers: z.object({ x: z.number().optional() }) } })).toBe(1);
    expect(err[0]).toBe(`${file}: modules.lawyers.config.x: Invalid input: expected number, received string`);
  });
});

describe('fawang-regions show', () => {
  it('prints the resolved profile as JSON', async () => {
    const { out, io } = capture();
    expect(await runCli(['show', 'zhongshan'], io)).toBe(0);
    const profile = JSON.parse(out.join('\n'));
    expect(profile).toMatchObject({ id: 'zhongshan', extends: 'guangdong', modules: { 'legal-aid': { enabled: true } } });
    expect(profile.indicators).toHaveLength(57);
  });

  it('exits 1 on an unknown id and 2 on bad usage', async () => {
    const unknown = capture();
    expect(await runCli(['show', 'atlantis'], unknown.io)).toBe(1);
    expect(unknown.err).toEqual(['no profile has the id "atlantis"']);
    for (const args of [[], ['frobnicate'], ['show']]) {
      const usage = capture();
      expect(await runCli(args, usage.io)).toBe(2);
      expect(usage.err[0]).toMatch(/^usage: fawang-regions validate/);
    }
  });
});
