/**
 * `createModule` writes apps/<id>/: a domain module with the shape of the six built-in ones (a module
 * definition, its config schema, zh-CN and en messages, a test in a minimal host). The portal bundles
 * every apps/ package marked `"fawang": { "module": "<id>" }`, so the host's code does not change.
 *
 * With `case`, the module is a declared case module (ADR 0016): its case definition goes to
 * packages/workflow/src/<id>.ts and into the list the API serves (declared-modules.ts), and its pages are
 * the case kit's, drawn from that definition.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';
import { ORG_TYPES, isOrgType } from './org-types.js';
import { renderTemplates, templateDir, type RenderedFile } from './template.js';

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
  /** A declared case module: citizens file cases with the organizations of `orgType`. */
  case?: boolean;
  /** Two capital letters opening its reference numbers; defaults to the id's first two letters. */
  referencePrefix?: string;
}

export interface CreatedModule {
  dir: string;
  packageName: string;
  /** Relative to `dir`. */
  files: string[];
  /** Files outside `dir` written or changed (a case module's definition and the declared list), relative to the root. */
  shared: string[];
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

/** Where a case module's definition goes, and the list of declared case modules with its two markers. */
const WORKFLOW_SRC = join('packages', 'workflow', 'src');
const DECLARED_LIST = join(WORKFLOW_SRC, 'declared-modules.ts');
const IMPORTS_MARKER = '// create-module: imports';
const ENTRIES_MARKER = '  // create-module: entries';
const PREFIX = /^[A-Z]{2}$/;

/** Reference prefixes the case definitions in packages/workflow/src already use ('FY', 'TJ', …). */
function usedPrefixes(root: string): Map<string, string> {
  const used = new Map<string, string>();
  const dir = join(root, WORKFLOW_SRC);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/referencePrefix: '([A-Z]{2})'/g)) used.set(match[1]!, file);
  }
  return used;
}

/** The declared list with the new module's import and entry above the markers. */
function withDeclared(list: string, id: string, camelId: string): string {
  if (!list.includes(IMPORTS_MARKER) || !list.includes(ENTRIES_MARKER)) {
    throw new CreateModuleError(`${DECLARED_LIST} lacks the markers "${IMPORTS_MARKER}" and "${ENTRIES_MARKER.trim()}"`);
  }
  return list
    .replace(IMPORTS_MARKER, `import { ${camelId}Case } from './${id}.js';\n${IMPORTS_MARKER}`)
    .replace(ENTRIES_MARKER, `  anyDeclared(${camelId}Case),\n${ENTRIES_MARKER}`);
}

/** A case module's package.json: the plain module's, depending on the case definitions' package too. */
function withCaseDependencies(file: RenderedFile): RenderedFile {
  if (file.path !== 'package.json') return file;
  const manifest = JSON.parse(file.content) as { description: string; dependencies: Record<string, string> };
  manifest.description = manifest.description.replace('a Fawang domain module', 'a Fawang case module');
  const dependencies = { ...manifest.dependencies, '@fawang/contract': 'workspace:*', '@fawang/workflow': 'workspace:*' };
  manifest.dependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return { ...file, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

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
  const camelId = id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  const referencePrefix = options.referencePrefix ?? id.replace(/[^a-z]/g, '').slice(0, 2).toUpperCase();
  const values = {
    id,
    name: checkName('--name', options.name ?? words.zh),
    nameEn: checkName('--name-en', options.nameEn ?? capitalize(words.en)),
    orgType,
    orgName: words.zh,
    orgNameEn: words.en,
    icon: words.icon,
    remoteName: `fawang_${id.replaceAll('-', '_')}`,
    camelId,
    PascalId: capitalize(camelId),
    referencePrefix,
    staffRoles: [...(words.staffRole ? [words.staffRole] : []), 'bureau_admin'].map((role) => `'${role}'`).join(', '),
  };

  const shared: RenderedFile[] = [];
  if (options.case) {
    if (!PREFIX.test(referencePrefix)) throw new CreateModuleError(`--reference-prefix "${referencePrefix}": two capital letters (the default, the id's first two letters, is not)`);
    if (!existsSync(join(options.root, DECLARED_LIST))) throw new CreateModuleError(`${join(options.root, DECLARED_LIST)} is missing: a case module needs the Fawang monorepo's packages/workflow`);
    const takenBy = usedPrefixes(options.root).get(referencePrefix);
    if (takenBy) throw new CreateModuleError(`--reference-prefix "${referencePrefix}": ${join(WORKFLOW_SRC, takenBy)} uses it already`);
    const definition = join(WORKFLOW_SRC, `${id}.ts`);
    if (existsSync(join(options.root, definition))) throw new CreateModuleError(`${definition} exists: choose another --id`);
    const [rendered] = await renderTemplates(values, join(templateDir, 'case-definition'));
    shared.push({ path: definition, content: rendered!.content });
    shared.push({ path: DECLARED_LIST, content: withDeclared(await readFile(join(options.root, DECLARED_LIST), 'utf8'), id, camelId) });
  } else if (options.referencePrefix !== undefined) {
    throw new CreateModuleError('--reference-prefix: only a case module (--case) has reference numbers');
  }

  const base = await renderTemplates(values, join(templateDir, 'module'));
  const own = await renderTemplates(values, join(templateDir, options.case ? 'case' : 'directory'));
  const files = [...base.map((file) => (options.case ? withCaseDependencies(file) : file)), ...own].sort((a, b) => (a.path < b.path ? -1 : 1));

  await mkdir(appsDir, { recursive: true });
  await mkdir(dir);
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content, { flag: 'wx' });
  }
  // The definition is new (checked above); the declared list is rewritten with the module's two lines.
  for (const file of shared) await writeFile(join(options.root, file.path), file.content);
  return { dir, packageName: `@fawang/module-${id}`, files: files.map((file) => file.path), shared: shared.map((file) => file.path) };
}
