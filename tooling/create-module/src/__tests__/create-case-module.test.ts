import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModule, findWorkspaceRoot } from '../create-module.js';

/**
 * `--case`: a declared case module. `apps/consult` and `packages/workflow/src/consult.ts` in the repo are
 * exactly what the scaffold writes for consult, so what CI builds, tests and drives in the browser is the
 * scaffold's output: the first test renders them again and compares every file.
 */
const repoRoot = findWorkspaceRoot(import.meta.dirname);
const workflowSrc = join(repoRoot, 'packages', 'workflow', 'src');
const CONSULT = { id: 'consult', name: '法律咨询', nameEn: 'Legal consultation', case: true, referencePrefix: 'FZ' } as const;

/** The module's lines in the declared list, as the scaffold adds them. */
const consultLines = ["import { consultCase } from './consult.js';\n", '  anyDeclared(consultCase),\n'];

/** A stand-in monorepo with the repo's case definitions and declared list, without consult. */
async function tempRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fawang-create-case-module-'));
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n  - packages/*\n');
  await mkdir(join(root, 'apps'));
  const src = join(root, 'packages', 'workflow', 'src');
  await cp(workflowSrc, src, { recursive: true, filter: (from) => !from.includes('__tests__') });
  await rm(join(src, 'consult.ts'));
  let list = await readFile(join(src, 'declared-modules.ts'), 'utf8');
  for (const line of consultLines) list = list.replace(line, '');
  await writeFile(join(src, 'declared-modules.ts'), list);
  return root;
}

/** Files of a module folder as a developer would commit them (no installs or builds). */
async function committedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !/^(node_modules|dist|\.turbo)\//.test(path))
    .sort();
}

describe('createModule --case', () => {
  it('writes exactly apps/consult, its definition and its line in the declared list', async () => {
    const root = await tempRoot();
    const created = await createModule({ ...CONSULT, root });
    expect(created.files).toEqual(await committedFiles(join(repoRoot, 'apps', 'consult')));
    for (const file of created.files) {
      expect(await readFile(join(created.dir, file), 'utf8'), `apps/consult/${file}: regenerate it with the scaffold`).toBe(await readFile(join(repoRoot, 'apps', 'consult', file), 'utf8'));
    }
    expect(created.shared).toEqual([join('packages', 'workflow', 'src', 'consult.ts'), join('packages', 'workflow', 'src', 'declared-modules.ts')]);
    for (const file of created.shared) expect(await readFile(join(root, file), 'utf8'), file).toBe(await readFile(join(repoRoot, file), 'utf8'));
  });

  it('gives an organization-bound type its staff role beside the bureau, and depends on the definitions', async () => {
    const root = await tempRoot();
    await createModule({ id: 'certificates', name: '公证申请', orgType: 'notary_office', case: true, root });
    const definition = await readFile(join(root, 'packages', 'workflow', 'src', 'certificates.ts'), 'utf8');
    expect(definition).toContain("staffRoles: ['notary', 'bureau_admin'],");
    expect(definition).toContain("referencePrefix: 'CE',");
    expect(definition).toContain("organizationType: 'notary_office',");
    expect(definition).toContain('export const certificatesCase = declareCaseModule({');
    const manifest = JSON.parse(await readFile(join(root, 'apps', 'certificates', 'package.json'), 'utf8')) as { description: string; dependencies: Record<string, string> };
    expect(manifest.description).toBe('公证申请 (Notary offices): a Fawang case module');
    expect(manifest.dependencies).toMatchObject({ '@fawang/workflow': 'workspace:*', '@fawang/contract': 'workspace:*' });
    const list = await readFile(join(root, 'packages', 'workflow', 'src', 'declared-modules.ts'), 'utf8');
    expect(list).toContain("import { certificatesCase } from './certificates.js';\n// create-module: imports");
    expect(list).toContain('  anyDeclared(certificatesCase),\n  // create-module: entries');
    // A second one lands below the first.
    await createModule({ id: 'home-visits', name: '上门服务', case: true, referencePrefix: 'SM', root });
    const again = await readFile(join(root, 'packages', 'workflow', 'src', 'declared-modules.ts'), 'utf8');
    expect(again).toContain("import { certificatesCase } from './certificates.js';\nimport { homeVisitsCase } from './home-visits.js';\n");
    expect(await readFile(join(root, 'apps', 'home-visits', 'src', 'index.ts'), 'utf8')).toContain("import { homeVisitsCase } from '@fawang/workflow/home-visits';");
  });

  it('refuses a reference prefix that is taken or malformed, and one without --case, writing nothing', async () => {
    const root = await tempRoot();
    await expect(createModule({ id: 'aid', case: true, referencePrefix: 'FY', root })).rejects.toThrow('--reference-prefix "FY": packages/workflow/src/legal-aid.ts uses it already');
    await expect(createModule({ id: 'aid', case: true, referencePrefix: 'F1', root })).rejects.toThrow('--reference-prefix "F1": two capital letters');
    await expect(createModule({ id: 'x1', case: true, root })).rejects.toThrow('--reference-prefix "X": two capital letters');
    await expect(createModule({ id: 'aid', referencePrefix: 'AB', root })).rejects.toThrow('only a case module (--case) has reference numbers');
    expect(await readdir(join(root, 'apps'))).toEqual([]);
  });

  it('needs the monorepo’s workflow package', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fawang-create-case-module-'));
    await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
    await expect(createModule({ id: 'aid', case: true, root })).rejects.toThrow('a case module needs the Fawang monorepo’s packages/workflow'.replace('’', "'"));
  });
});
