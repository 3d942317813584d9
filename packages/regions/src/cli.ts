#!/usr/bin/env node
/**
 * fawang-regions validate [dir …]   check the built-in profiles plus the given folders
 * fawang-regions show <id> [dir …]  print a resolved profile as JSON
 * Exit status 1 on a bad profile (the message names the file and the path), 2 on bad usage.
 */
import { resolve } from 'node:path';
import { RegionProfileError } from './errors.js';
import { builtInProfilesDir, loadRegionProfiles } from './node.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'usage: fawang-regions validate [dir …] | fawang-regions show <id> [dir …]';

export async function runCli(args: readonly string[], io: CliIo, cwd = process.cwd()): Promise<number> {
  const [command, ...rest] = args;
  const idArg = command === 'show' ? rest.shift() : undefined;
  if ((command !== 'validate' && command !== 'show') || (command === 'show' && !idArg)) {
    io.err(USAGE);
    return 2;
  }
  try {
    const registry = await loadRegionProfiles([builtInProfilesDir, ...rest.map((dir) => resolve(cwd, dir))]);
    if (command === 'validate') {
      for (const profile of registry.list()) {
        const modules = Object.entries(profile.modules).filter(([, m]) => m.enabled).map(([id]) => id);
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
  runCli(process.argv.slice(2), { out: (l) => process.stdout.write(`${l}\n`), err: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
