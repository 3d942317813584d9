#!/usr/bin/env node
/**
 * fawang-regions validate [file-or-dir …]    check the built-in profiles plus the given files and folders
 * fawang-regions show <id> [file-or-dir …]   print a resolved profile as JSON
 * A given file may extend a built-in profile. Exit status 1 on a bad profile (the message names the file,
 * the path and what was expected), 2 on bad usage.
 */
import { resolve } from 'node:path';
import { RegionProfileError } from './errors.js';
import type { ResolveOptions } from './resolve.js';
import { builtInProfilesDir, loadRegionProfiles } from './node.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'usage: fawang-regions validate [file-or-dir …] | fawang-regions show <id> [file-or-dir …]';

export async function runCli(args: readonly string[], io: CliIo, cwd = process.cwd(), options: ResolveOptions = {}): Promise<number> {
  const [command, ...rest] = args;
  const idArg = command === 'show' ? rest.shift() : undefined;
  if ((command !== 'validate' && command !== 'show') || (command === 'show' && !idArg)) {
    io.err(USAGE);
    return 2;
  }
  try {
    const registry = await loadRegionProfiles([builtInProfilesDir, ...rest.map((path) => resolve(cwd, path))], options);
    if (command === 'validate') {
      for (const profile of registry.list()) {
        const modules = Object.entries(profile.modules as Record<string, { enabled: boolean }>).filter(([, m]) => m.enabled).map(([id]) => id);
        io.out(`ok  ${profile.id.padEnd(12)} ${profile.name}  modules: ${modules.join(', ') || 'none'}`);
      }
      return 0;
    }
    const profile = registry.get(idArg!);
    if (!profile) {
      io.err(`no profile has the id "${idArg}"`);
      return 1;
    }
    io.out(JSON.stringify(profile, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof RegionProfileError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href) {
  // Under `pnpm --filter … regions`, pnpm runs us in the package folder; INIT_CWD is where the user typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  runCli(process.argv.slice(2), { out: (l) => process.stdout.write(`${l}\n`), err: (l) => console.error(l) }, cwd).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
