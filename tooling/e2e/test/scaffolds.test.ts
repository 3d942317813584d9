import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../src/api-server.js';
import { launchChromium } from '../src/browser.js';
import { paths } from '../src/paths.js';
import { moduleIdsInNav, navLinks, openPortal } from '../src/portal.js';

/**
 * The two scaffolds, end to end. `pnpm create-portal` writes a profile a city bureau serves without a
 * rebuild; `pnpm create-module` writes a module that typechecks, passes its own tests and appears in a
 * host built from the unchanged host code. The module is generated into a scratch copy of apps/ (links to
 * the real modules plus the new one, which borrows lawyers' installed dependencies — it declares the same
 * ones), so the working tree is never touched.
 */
const run = promisify(execFile);
const node = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 });
/** A tool from lawyers' dependencies (the .bin entries are shell wrappers, run as programs). */
const tool = (name: string, args: string[], cwd: string) =>
  run(join(paths.apps, 'lawyers', 'node_modules', '.bin', name), args, { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 32 * 1024 * 1024 });

let scratch: string;
let api: ApiServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'fawang-scaffold-'));
  const apps = join(scratch, 'apps');
  await mkdir(apps);
  for (const entry of await readdir(paths.apps, { withFileTypes: true })) {
    if (entry.isDirectory()) await symlink(join(paths.apps, entry.name), join(apps, entry.name));
  }
  // The city bureau's new profile, in a folder of its own.
  const profiles = join(scratch, 'profiles');
  await node([paths.createPortalCli, '--id', 'meishan', '--extends', 'sichuan', '--name', '眉山', '--dir', profiles], scratch);
  // The developer's new module, then a host built with it, by the host's unchanged build.
  await node([paths.createModuleCli, '--id', 'guide', '--name', '办事指南', '--name-en', 'Service guide', '--root', scratch], scratch);
  await symlink(join(paths.apps, 'lawyers', 'node_modules'), join(apps, 'guide', 'node_modules'));
  await node([join(paths.portal, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', join(scratch, 'portal-dist'), '--emptyOutDir', '--logLevel', 'error'], paths.portal, {
    FAWANG_APPS_DIR: apps,
  });
  const meishan = JSON.parse(await readFile(join(profiles, 'meishan.json'), 'utf8')) as Record<string, unknown>;
  delete meishan.$schema; // a path relative to the folder it was written to
  api = await startApiServer({ portalDist: join(scratch, 'portal-dist'), profiles: { meishan: { ...meishan, modules: { guide: { enabled: true } } } } });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('pnpm create-module', () => {
  it('writes a module that typechecks and passes its own tests', async () => {
    const dir = join(scratch, 'apps', 'guide');
    await expect(tool('vue-tsc', ['-p', 'tsconfig.json', '--noEmit'], dir)).resolves.toBeDefined();
    const { stdout } = await tool('vitest', ['run', '--reporter=dot'], dir);
    expect(stdout).toMatch(/Tests\s+\d+ passed/);
  }, 180_000);

  it('writes a module that builds as a federated remote with the shared preset', async () => {
    const dir = join(scratch, 'apps', 'guide');
    // Its `build` script, run with lawyers' tools, as a shell would: vitest's NODE_ENV=test would make a
    // development build without the federation manifest.
    const { NODE_ENV: _mode, VITEST: _vitest, ...env } = process.env;
    await run(join(paths.apps, 'lawyers', 'node_modules', '.bin', 'vite'), ['build', '-c', 'vite.remote.config.ts', '--logLevel', 'error'], {
      cwd: dir,
      env: { ...env, NO_COLOR: '1' },
      maxBuffer: 32 * 1024 * 1024,
    });
    const manifest = JSON.parse(await readFile(join(dir, 'dist', 'mf-manifest.json'), 'utf8')) as {
      name: string;
      exposes: { name: string }[];
      shared: { name: string }[];
    };
    expect(manifest.name).toBe('fawang_guide');
    expect(manifest.exposes.map((e) => e.name)).toEqual(['module']);
    expect(manifest.shared.map((s) => s.name)).toEqual(expect.arrayContaining(['vue', 'pinia', '@fawang/sdk']));
  }, 180_000);

  it('appears in a host built from the unchanged host code, where a profile enables it', async () => {
    await openPortal(page, `${api.url}/meishan/`);
    expect(moduleIdsInNav(await navLinks(page), 'meishan')).toContain('guide');
    await openPortal(page, `${api.url}/meishan/guide/`);
    // Its landing page: the directory of its organization type (公共法律服务中心 by default), from the API.
    await expect(page.locator('main h1').textContent()).resolves.toContain('公共法律服务中心');
    await page.locator('main table').waitFor();
  });
});

describe('pnpm create-portal', () => {
  it('writes a profile that is served at /<id>/ with what it inherits, without a rebuild', async () => {
    await openPortal(page, `${api.url}/meishan/`);
    await expect(page.locator('header').textContent()).resolves.toContain('眉山市公共法律服务网');
    const nav = moduleIdsInNav(await navLinks(page), 'meishan');
    expect(nav).toEqual(expect.arrayContaining(['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration', 'consult', 'guide']));
    await expect(page.locator('footer').textContent()).resolves.toContain('眉山市司法局');
  });
});
