/**
 * Templates are files under template/ ending in `.tmpl`, with `{{name}}` placeholders; rendering drops the
 * suffix. The suffix keeps them out of the repo's TypeScript, lint and package discovery until they are
 * real files in a module folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** template/ beside src/ and dist/: module/ (every module's files), directory/ or case/ (its pages), case-definition/. */
export const templateDir = fileURLToPath(new URL('../template', import.meta.url));

const SUFFIX = '.tmpl';
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

export interface RenderedFile {
  /** Relative to the module folder, with "/". */
  path: string;
  content: string;
}

async function templateFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? templateFiles(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat().filter((file) => file.endsWith(SUFFIX));
}

export function fill(text: string, values: Readonly<Record<string, string>>, where: string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${where}: the template names {{${key}}}, which has no value`);
    return value;
  });
}

/** Every template under `dir`, filled in, in path order. */
export async function renderTemplates(values: Readonly<Record<string, string>>, dir: string): Promise<RenderedFile[]> {
  const files = (await templateFiles(dir)).sort();
  return Promise.all(
    files.map(async (file) => ({
      path: relative(dir, file).slice(0, -SUFFIX.length).split(sep).join('/'),
      content: fill(await readFile(file, 'utf8'), values, file),
    })),
  );
}
