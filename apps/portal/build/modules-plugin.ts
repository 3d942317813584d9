/**
 * `virtual:fawang/modules`: the modules bundled with the host, found at build time. Every workspace
 * package under apps/ whose package.json says `"fawang": { "module": "<id>" }` is included, each behind a
 * dynamic import (its own chunk), so adding a module — `pnpm create-module` — needs no change to the
 * host's code. Order: the six built-in services as the plans list them, then others by id.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:fawang/modules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const BUILT_IN_ORDER = ['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration'];

export interface DiscoveredModule {
  id: string;
  packageName: string;
  dir: string;
}

export function discoverModules(appsDir: string): DiscoveredModule[] {
  const found: DiscoveredModule[] = [];
  for (const entry of readdirSync(appsDir, { withFileTypes: true })) {
    const manifest = join(appsDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; fawang?: { module?: string } };
    if (pkg.fawang?.module) found.push({ id: pkg.fawang.module, packageName: pkg.name, dir: join(appsDir, entry.name) });
  }
  const rank = (id: string) => (BUILT_IN_ORDER.includes(id) ? BUILT_IN_ORDER.indexOf(id) : BUILT_IN_ORDER.length);
  return found.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

export function fawangModules(appsDir: string): Plugin {
  const root = resolve(appsDir);
  return {
    name: 'fawang-modules',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const modules = discoverModules(root);
      for (const m of modules) this.addWatchFile(join(m.dir, 'package.json'));
      const entries = modules.map((m) => `  ${JSON.stringify(m.id)}: () => import(${JSON.stringify(join(m.dir, 'src/index.ts'))}),`);
      return `export const bundledModules = {\n${entries.join('\n')}\n};\n`;
    },
  };
}
