#!/usr/bin/env -S tsx --conditions=development
/**
 * pnpm region validate [file-or-dir …]    the built-in profiles plus the given ones, each module's config included
 * pnpm region show <id> [file-or-dir …]   one resolved profile as JSON
 * The commands are @fawang/regions' (runCli); this package adds the modules' config schemas, which
 * @fawang/regions cannot import. Paths are relative to the folder pnpm was run from.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIo } from '@fawang/regions/cli';
import { moduleConfigSchemas } from './module-configs.js';

/** apps/ of the monorepo this file lives in (tooling/region-cli/src). */
export const workspaceAppsDir = fileURLToPath(new URL('../../../apps', import.meta.url));

export async function runRegionCli(args: readonly string[], io: CliIo, cwd: string, appsDir = workspaceAppsDir): Promise<number> {
  return runCli(args, io, cwd, { moduleConfig: await moduleConfigSchemas(appsDir) });
}

// Run as a command (also through a node_modules/.bin link), not imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Run through `pnpm region`, pnpm starts us in this package's folder; INIT_CWD is where the user typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  runRegionCli(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: (line) => console.error(line) }, cwd).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
