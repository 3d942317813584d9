import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreatePortal } from '../cli.js';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
};

describe('pnpm create-portal', () => {
  it('writes into ./profiles of the working folder by default and says how to serve it', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'fawang-create-portal-cli-'));
    const { out, io } = capture();
    expect(await runCreatePortal(['--id', 'meishan', '--extends', 'sichuan', '--name', '眉山', '--name-en', 'Meishan'], io, cwd)).toBe(0);
    const file = join(cwd, 'profiles', 'meishan.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ id: 'meishan', name: '眉山市', divisionCode: '511400' });
    expect(out[0]).toBe(`wrote ${file}: 眉山市, a city under sichuan, division 511400`);
    expect(out).toContain(`serve it, no rebuild:  REGION_PROFILES_DIR=${join(cwd, 'profiles')} pnpm start   then open http://127.0.0.1:8080/meishan/`);
  });

  it('writes into --dir, relative to the working folder', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'fawang-create-portal-cli-'));
    expect(await runCreatePortal(['--id', 'meishan', '--extends', 'sichuan', '--name', '眉山', '--dir', 'regions', '--division', '511400'], capture().io, cwd)).toBe(0);
    expect(JSON.parse(await readFile(join(cwd, 'regions', 'meishan.json'), 'utf8'))).toMatchObject({ divisionCode: '511400' });
  });

  it('exits 1 with the reason when it cannot write the profile', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'fawang-create-portal-cli-'));
    const { err, io } = capture();
    expect(await runCreatePortal(['--id', 'meishan', '--extends', 'nowhere', '--name', '眉山'], io, cwd)).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^--extends "nowhere": no profile has that id/)]);
  });

  it('exits 2 on missing or unknown options', async () => {
    const missing = capture();
    expect(await runCreatePortal(['--id', 'meishan'], missing.io, tmpdir())).toBe(2);
    expect(missing.err[0]).toBe('missing --extends, --name');
    const unknown = capture();
    expect(await runCreatePortal(['--id', 'meishan', '--extends', 'sichuan', '--name', '眉山', '--level', 'city'], unknown.io, tmpdir())).toBe(2);
    expect(unknown.err[0]).toMatch(/--level/);
  });
});
