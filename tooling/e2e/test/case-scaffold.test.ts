import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../src/paths.js';

/**
 * `pnpm create-module --case` for a module other than the consult reference (which the repo holds, and the
 * API suite and consult.test.ts drive end to end): a hyphenated id, an organization-bound type. It is written
 * into a scratch monorepo — the real modules linked into its apps/, a copy of packages/workflow for the new
 * definition — and must typecheck and pass its own tests, and its definition must load with the others. The
 * new module borrows consult's installed dependencies (it declares the same ones), with the workflow package
 * pointing at the scratch copy; the working tree is never touched.
 */
const run = promisify(execFile);
let scratch: string;
let moduleDir: string;
let workflowDir: string;

/** A tool from an installed package's .bin (shell wrappers, run as programs). */
const tool = (bin: string, args: string[], cwd: string) => run(join(bin, args[0]!), args.slice(1), { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 32 * 1024 * 1024 });

/** The module's node_modules: consult's, except the workflow package, which is the scratch copy. */
async function linkDependencies(from: string, to: string): Promise<void> {
  await mkdir(join(to, '@fawang'), { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry === '@fawang') continue;
    await symlink(resolve(from, await readlink(join(from, entry)).catch(() => entry)), join(to, entry));
  }
  for (const entry of await readdir(join(from, '@fawang'))) {
    const target = entry === 'workflow' ? workflowDir : resolve(join(from, '@fawang'), await readlink(join(from, '@fawang', entry)));
    await symlink(target, join(to, '@fawang', entry));
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'fawang-case-scaffold-'));
  await writeFile(join(scratch, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n  - packages/*\n');
  await mkdir(join(scratch, 'apps'));
  for (const entry of await readdir(paths.apps, { withFileTypes: true })) {
    if (entry.isDirectory()) await symlink(join(paths.apps, entry.name), join(scratch, 'apps', entry.name));
  }
  workflowDir = join(scratch, 'packages', 'workflow');
  await mkdir(workflowDir, { recursive: true });
  for (const name of ['src', 'package.json', 'tsconfig.json', 'vitest.config.ts']) await cp(join(paths.workflow, name), join(workflowDir, name), { recursive: true });
  await symlink(join(paths.workflow, 'node_modules'), join(workflowDir, 'node_modules'));
  await run(process.execPath, [paths.createModuleCli, '--id', 'home-visits', '--name', '上门公证', '--name-en', 'Notarial home visits', '--org-type', 'notary_office', '--case', '--reference-prefix', 'SM', '--root', scratch]);
  moduleDir = join(scratch, 'apps', 'home-visits');
  await linkDependencies(join(paths.apps, 'consult', 'node_modules'), join(moduleDir, 'node_modules'));
}, 120_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('pnpm create-module --case', () => {
  it('writes a definition handled by the organization’s own staff and the bureau, listed with the others', async () => {
    const definition = await readFile(join(workflowDir, 'src', 'home-visits.ts'), 'utf8');
    expect(definition).toContain("staffRoles: ['notary', 'bureau_admin'],");
    expect(await readFile(join(workflowDir, 'src', 'declared-modules.ts'), 'utf8')).toContain('anyDeclared(homeVisitsCase),');
    // The definitions' own tests load the list, so the new definition's checks (declareCaseModule) run too.
    const bin = join(workflowDir, 'node_modules', '.bin');
    await expect(tool(bin, ['tsc', '-p', 'tsconfig.json', '--noEmit'], workflowDir)).resolves.toBeDefined();
    const { stdout } = await tool(bin, ['vitest', 'run', '--reporter=dot'], workflowDir);
    expect(stdout).toMatch(/Tests\s+\d+ passed/);
  }, 180_000);

  it('writes a module that typechecks and passes its own tests', async () => {
    const bin = join(moduleDir, 'node_modules', '.bin');
    await expect(tool(bin, ['vue-tsc', '-p', 'tsconfig.json', '--noEmit'], moduleDir)).resolves.toBeDefined();
    const { stdout } = await tool(bin, ['vitest', 'run', '--reporter=dot'], moduleDir);
    expect(stdout).toMatch(/Tests\s+4 passed/);
  }, 180_000);
});
