#!/usr/bin/env node
/**
 * pnpm create-module --id consult [--name 法律咨询] [--name-en "Legal consultation"] [--org-type service_centre] [--case [--reference-prefix FZ]] [--root <monorepo>]
 * Writes apps/consult/ (and, with --case, its case definition in packages/workflow). Exit status 1 when it cannot (the message says why), 2 on bad usage.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CreateModuleError, createModule, findWorkspaceRoot } from './create-module.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'usage: pnpm create-module --id <module-id> [--name <中文名>] [--name-en <English name>] [--org-type <organization type>] [--case [--reference-prefix <XX>]] [--root <monorepo root>]';

export async function runCreateModule(args: readonly string[], io: CliIo, cwd: string): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        id: { type: 'string' },
        name: { type: 'string' },
        'name-en': { type: 'string' },
        'org-type': { type: 'string' },
        case: { type: 'boolean' },
        'reference-prefix': { type: 'string' },
        root: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err((error as Error).message);
    io.err(USAGE);
    return 2;
  }
  if (!values.id) {
    io.err('missing --id');
    io.err(USAGE);
    return 2;
  }
  try {
    const root = values.root ? resolve(cwd, values.root) : findWorkspaceRoot(cwd);
    const created = await createModule({
      id: values.id,
      root,
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values['name-en'] !== undefined ? { nameEn: values['name-en'] } : {}),
      ...(values['org-type'] !== undefined ? { orgType: values['org-type'] } : {}),
      ...(values.case ? { case: true } : {}),
      ...(values['reference-prefix'] !== undefined ? { referencePrefix: values['reference-prefix'] } : {}),
    });
    io.out(`wrote ${created.dir} (${created.packageName}):`);
    for (const file of created.files) io.out(`  ${file}`);
    for (const file of created.shared) io.out(`and ${file}`);
    io.out(`next: pnpm install && pnpm --filter ${created.packageName} test && pnpm build`);
    io.out(`then enable it in a region profile: "modules": { "${values.id}": { "enabled": true } }`);
    return 0;
  } catch (error) {
    if (error instanceof CreateModuleError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

// Run as a command (also through a node_modules/.bin link), not imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Under `pnpm create-module`, pnpm may start us in another folder; INIT_CWD is where the user typed.
  runCreateModule(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: (line) => console.error(line) }, process.env.INIT_CWD ?? process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
