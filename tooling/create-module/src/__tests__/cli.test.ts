import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreateModule } from '../cli.js';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
};

async function tempRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fawang-create-module-cli-'));
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
  await mkdir(join(root, 'docs'));
  return root;
}

describe('pnpm create-module', () => {
  it('writes into apps/ of the monorepo the working folder is in', async () => {
    const root = await tempRoot();
    const { out, io } = capture();
    expect(await runCreateModule(['--id', 'consult', '--name', '法律咨询', '--name-en', 'Legal consultation'], io, join(root, 'docs'))).toBe(0);
    expect(JSON.parse(await readFile(join(root, 'apps', 'consult', 'package.json'), 'utf8'))).toMatchObject({ name: '@fawang/module-consult', fawang: { module: 'consult' } });
    expect(out[0]).toBe(`wrote ${join(root, 'apps', 'consult')} (@fawang/module-consult):`);
    expect(out).toContain('then enable it in a region profile: "modules": { "consult": { "enabled": true } }');
  });

  it('writes into the --root it is given', async () => {
    const root = await tempRoot();
    expect(await runCreateModule(['--id', 'consult', '--root', root], capture().io, tmpdir())).toBe(0);
    expect(await readFile(join(root, 'apps', 'consult', 'src', 'index.ts'), 'utf8')).toContain("id: 'consult',");
  });

  it('exits 1 with the reason, 2 on bad usage', async () => {
    const root = await tempRoot();
    const bad = capture();
    expect(await runCreateModule(['--id', 'consult', '--org-type', 'court', '--root', root], bad.io, root)).toBe(1);
    expect(bad.err[0]).toMatch(/^--org-type "court"/);
    const usage = capture();
    expect(await runCreateModule(['--name', '法律咨询'], usage.io, root)).toBe(2);
    expect(usage.err[0]).toBe('missing --id');
    expect(await runCreateModule(['--id', 'consult', 'extra'], capture().io, root)).toBe(2);
    // --case needs the monorepo's case definitions: exit 1 naming the missing list, nothing written.
    const notMonorepo = capture();
    expect(await runCreateModule(['--id', 'visits', '--case', '--reference-prefix', 'SM', '--root', root], notMonorepo.io, root)).toBe(1);
    expect(notMonorepo.err[0]).toMatch(/declared-modules\.ts is missing/);
  });
});
