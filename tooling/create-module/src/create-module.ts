/**
 * `createModule` writes apps/<id>/: a domain module with the shape of the six built-in ones (a module
 * definition, its config schema, zh-CN and en messages, a test in a minimal host). The portal bundles
 * every apps/ package marked `"fawang": { "module": "<id>" }`, so the host's code does not change.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';
import { ORG_TYPES, isOrgType } from './org-types.js';
import { renderTemplates } from './template.js';

export class CreateModuleError extends Error {
  override readonly name = 'CreateModuleError';
}

export interface CreateModuleOptions {
  id: string;
  /** 法律咨询; defaults to the organization type's name. */
  name?: string;
  nameEn?: string;
  /** The organization type its first page lists; defaults to service_centre (公共法律服务中心). */
  orgType?: string;
  /** The monorepo root (the folder with pnpm-workspace.yaml). */
  root: string;
}

export interface CreatedModule {
  dir: string;
  packageName: string;
  /** Relative to `dir`. */
  files: string[];
}

/** defineModule's rule for ids: they are URL segments and message namespaces. */
const MODULE_ID = /^[a-z][a-z0-9-]{1,31}$/;
/** The portal's own pages under /<region-id>/: a module there would shadow them. */
const RESERVED_IDS = new Set(['login', 'register', 'my', 'workbench', 'forbidden']);
/** Names land in JSON, TypeScript strings and Markdown; quotes, braces and line breaks would need escaping in each. */
const NAME = /^[^"'`\\{}<>\r\n]{1,40}$/;

export const DEFAULT_ORG_TYPE = 'service_centre';

/** The nearest folder at or above `from` holding pnpm-workspace.yaml. */
export function findWorkspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dir === parse(dir).root) throw new CreateModuleError(`no pnpm-workspace.yaml in ${from} or above it: run inside the monorepo or pass --root`);
  }
}

/** Module ids the packages under apps/ declare, with their folders. */
function declaredModules(appsDir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(appsDir)) return found;
  for (const entry of readdirSync(appsDir, { withFileTypes: true })) {
    const manifest = join(appsDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifest)) continue;
    const id = (JSON.parse(readFileSync(manifest, 'utf8')) as { fawang?: { module?: unknown } }).fawang?.module;
    if (typeof id === 'string') found.set(id, join(appsDir, entry.name));
  }
  return found;
}

function checkName(flag: string, value: string): string {
  const trimmed = value.trim();
  if (!NAME.test(trimmed)) throw new CreateModuleError(`${flag} "${value}": 1–40 characters on one line, without quotes, backslashes, braces or angle brackets`);
  return trimmed;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export async function createModule(options: CreateModuleOptions): Promise<CreatedModule> {
  const { id } = options;
  if (!MODULE_ID.test(id)) throw new CreateModuleError(`--id "${id}": a module id is 2–32 lower-case letters, digits or "-", starting with a letter`);
  if (RESERVED_IDS.has(id)) throw new CreateModuleError(`--id "${id}": the portal has a page of its own at /<region-id>/${id}/`);
  const orgType = options.orgType ?? DEFAULT_ORG_TYPE;
  if (!isOrgType(orgType)) throw new CreateModuleError(`--org-type "${orgType}": one of ${Object.keys(ORG_TYPES).join(', ')}`);

  const appsDir = join(options.root, 'apps');
  const dir = join(appsDir, id);
  if (existsSync(dir)) throw new CreateModuleError(`${dir} exists: choose another --id`);
  const declaredBy = declaredModules(appsDir).get(id);
  if (declaredBy) throw new CreateModuleError(`--id "${id}": ${declaredBy} is that module already`);

  const words = ORG_TYPES[orgType];
  const values = {
    id,
    name: checkName('--name', options.name ?? words.zh),
    nameEn: checkName('--name-en', options.nameEn ?? capitalize(words.en)),
    orgType,
    orgName: words.zh,
    orgNameEn: words.en,
    icon: words.icon,
    remoteName: `fawang_${id.replaceAll('-', '_')}`,
  };
  const files = await renderTemplates(values);

  await mkdir(appsDir, { recursive: true });
  await mkdir(dir);
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content, { flag: 'wx' });
  }
  return { dir, packageName: `@fawang/module-${id}`, files: files.map((file) => file.path) };
}
