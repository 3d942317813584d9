import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createModule, findWorkspaceRoot } from '../create-module.js';

/** The monorepo this package lives in: its lawyers module is the shape to copy. */
const repoRoot = findWorkspaceRoot(import.meta.dirname);

/** A stand-in monorepo root with one module already in it. */
async function tempRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fawang-create-module-'));
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
  await mkdir(join(root, 'apps', 'lawyers'), { recursive: true });
  await writeFile(join(root, 'apps', 'lawyers', 'package.json'), JSON.stringify({ name: '@fawang/module-lawyers', fawang: { module: 'lawyers' } }));
  return root;
}

const read = (root: string, path: string) => readFile(join(root, 'apps', 'consult', path), 'utf8');

interface PackageJson {
  name: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  exports: unknown;
  fawang: { module: string };
}

describe('createModule', () => {
  it('writes the module folder with every placeholder filled', async () => {
    const root = await tempRoot();
    const created = await createModule({ id: 'consult', name: '法律咨询', nameEn: 'Legal consultation', root });
    expect(created.dir).toBe(join(root, 'apps', 'consult'));
    expect(created.packageName).toBe('@fawang/module-consult');
    expect(created.files).toEqual([
      'README.md',
      'eslint.config.js',
      'package.json',
      'src/__tests__/module.test.ts',
      'src/config.ts',
      'src/index.ts',
      'src/messages/en.ts',
      'src/messages/index.ts',
      'src/messages/zh-CN.ts',
      'tsconfig.json',
      'turbo.json',
      'vite.remote.config.ts',
      'vitest.config.ts',
    ]);
    for (const file of created.files) expect(await read(root, file), file).not.toMatch(/\{\{|\}\}/);
    expect(await read(root, 'src/index.ts')).toContain(
      "routes: [{ path: '', name: 'consult:directory', component: directoryPage, props: { type: 'service_centre' } }],",
    );
    expect(await read(root, 'src/index.ts')).toContain("id: 'consult',");
    expect(await read(root, 'src/__tests__/module.test.ts')).toContain("describe('consult module (法律咨询)', () => {");
    expect(await read(root, 'README.md')).toContain('"modules": { "consult": { "enabled": true, "config": { "directoryPageSize": 20 } } }');
    expect(JSON.parse(await read(root, 'tsconfig.json'))).toMatchObject({ extends: '@fawang/tsconfig/vue.json' });
  });

  it('writes the remote build config and turbo settings of the built-in modules, for its own id', async () => {
    const root = await tempRoot();
    await createModule({ id: 'consult', root });
    const lawyers = (path: string) => readFile(join(repoRoot, 'apps', 'lawyers', path), 'utf8');
    expect(await read(root, 'vite.remote.config.ts')).toBe((await lawyers('vite.remote.config.ts')).replaceAll('lawyers', 'consult'));
    expect(await read(root, 'vite.remote.config.ts')).toContain("moduleRemoteConfig({ id: 'consult',");
    expect(JSON.parse(await read(root, 'turbo.json'))).toEqual(JSON.parse(await lawyers('turbo.json')));
  });

  it('writes a package.json like the lawyers module, remote build included, that the portal discovers', async () => {
    const root = await tempRoot();
    await createModule({ id: 'consult', root });
    const generated = JSON.parse(await read(root, 'package.json')) as PackageJson;
    const lawyers = JSON.parse(await readFile(join(repoRoot, 'apps', 'lawyers', 'package.json'), 'utf8')) as PackageJson;
    expect(generated.name).toBe('@fawang/module-consult');
    expect(generated.fawang).toEqual({ module: 'consult' });
    // The remote build (`vite build -c vite.remote.config.ts`, the shared preset) and its linted config included.
    expect(generated.scripts).toEqual(lawyers.scripts);
    expect(generated.scripts.build).toBe('vite build -c vite.remote.config.ts');
    expect(generated.devDependencies).toEqual(lawyers.devDependencies);
    expect(generated.devDependencies['@fawang/vite-config']).toBe('workspace:*');
    expect(generated.dependencies).toEqual(lawyers.dependencies);
    expect(generated.peerDependencies).toEqual(lawyers.peerDependencies);
    expect(generated.exports).toEqual(lawyers.exports);
  });

  it('writes messages with the shape of the built-in modules, in zh-CN and en', async () => {
    const root = await tempRoot();
    await createModule({ id: 'consult', name: '法律咨询', nameEn: 'Legal consultation', orgType: 'legal_aid_centre', root });
    // The files import only each other; loaded from a folder of their own, away from the module's tsconfig (whose
    // presets the temp root cannot resolve).
    const copy = await mkdtemp(join(tmpdir(), 'fawang-messages-'));
    for (const file of ['zh-CN.ts', 'en.ts', 'index.ts']) await copyFile(join(root, 'apps', 'consult', 'src', 'messages', file), join(copy, file));
    const { messages } = (await import(pathToFileURL(join(copy, 'index.ts')).href)) as { messages: Record<string, Record<string, unknown>> };
    const lawyers = (await import(pathToFileURL(join(repoRoot, 'apps', 'lawyers', 'src', 'messages', 'index.ts')).href)) as {
      messages: Record<string, Record<string, unknown>>;
    };
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)])) : typeof value;
    expect(shape(messages)).toEqual(shape(lawyers.messages));
    expect(messages['zh-CN']).toMatchObject({ title: '法律咨询', directory: { title: '法律援助机构名录' } });
    expect(messages.en).toMatchObject({ title: 'Legal consultation', directory: { title: 'Directory of legal aid centres' } });
  });

  it('names the module after its organization type when no name is given', async () => {
    const root = await tempRoot();
    await createModule({ id: 'stations', orgType: 'service_station', root });
    const index = await readFile(join(root, 'apps', 'stations', 'src', 'index.ts'), 'utf8');
    expect(index).toContain("props: { type: 'service_station' }");
    const messages = (locale: string) => readFile(join(root, 'apps', 'stations', 'src', 'messages', `${locale}.ts`), 'utf8');
    expect(await messages('zh-CN')).toContain("title: '公共法律服务工作站',");
    expect(await messages('en')).toContain("title: 'Public legal service stations',");
  });

  it('refuses an existing folder, an id another module has, and bad input', async () => {
    const root = await tempRoot();
    await mkdir(join(root, 'apps', 'consult'));
    await expect(createModule({ id: 'consult', root })).rejects.toThrow(`${join(root, 'apps', 'consult')} exists`);
    await mkdir(join(root, 'apps', 'lawyers-v2'));
    await writeFile(join(root, 'apps', 'lawyers-v2', 'package.json'), JSON.stringify({ fawang: { module: 'advice' } }));
    await expect(createModule({ id: 'advice', root })).rejects.toThrow(`--id "advice": ${join(root, 'apps', 'lawyers-v2')} is that module already`);
    await expect(createModule({ id: 'Consult', root })).rejects.toThrow('--id "Consult": a module id is 2–32 lower-case letters');
    await expect(createModule({ id: 'workbench', root })).rejects.toThrow('the portal has a page of its own at /<region-id>/workbench/');
    await expect(createModule({ id: 'advice2', orgType: 'court', root })).rejects.toThrow('--org-type "court": one of law_firm, notary_office');
    await expect(createModule({ id: 'advice2', name: "咨询'", root })).rejects.toThrow(`--name "咨询'": 1–40 characters`);
  });

  it('finds the monorepo root from a folder inside it', async () => {
    const root = await tempRoot();
    expect(findWorkspaceRoot(join(root, 'apps', 'lawyers'))).toBe(root);
    expect(() => findWorkspaceRoot(tmpdir())).toThrow('no pnpm-workspace.yaml');
  });
});
