#!/usr/bin/env node
/**
 * pnpm create-portal --id meishan --extends sichuan --name 眉山 [--name-en Meishan] [--division 511400] [--dir <folder>]
 * Writes <folder>/meishan.json (default folder: ./profiles). Exit status 1 when it cannot (the message
 * says why), 2 on bad usage.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RegionProfileError } from '@fawang/regions';
import { createPortal } from './create-portal.js';
import { ScaffoldError } from './errors.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'usage: pnpm create-portal --id <region-id> --extends <parent-id> --name <中文名> [--name-en <English name>] [--division <6-digit code>] [--dir <profiles folder>]';

export const DEFAULT_DIR = 'profiles';

export async function runCreatePortal(args: readonly string[], io: CliIo, cwd: string): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        id: { type: 'string' },
        extends: { type: 'string' },
        name: { type: 'string' },
        'name-en': { type: 'string' },
        division: { type: 'string' },
        dir: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err((error as Error).message);
    io.err(USAGE);
    return 2;
  }
  const { id, extends: parent, name } = values;
  if (!id || !parent || !name) {
    io.err(`missing ${[!id && '--id', !parent && '--extends', !name && '--name'].filter(Boolean).join(', ')}`);
    io.err(USAGE);
    return 2;
  }
  const dir = resolve(cwd, values.dir ?? DEFAULT_DIR);
  try {
    const { file, resolved } = await createPortal({
      id,
      extends: parent,
      name,
      dir,
      ...(values['name-en'] ? { nameEn: values['name-en'] } : {}),
      ...(values.division ? { division: values.division } : {}),
    });
    io.out(`wrote ${file}: ${resolved.name}, a ${resolved.level} under ${parent}${resolved.divisionCode ? `, division ${resolved.divisionCode}` : ''}`);
    io.out(`edit it (site filings, hotlines, service points, modules), then check it:  pnpm region validate ${dir}`);
    io.out(`serve it, no rebuild:  REGION_PROFILES_DIR=${dir} pnpm start   then open http://127.0.0.1:8080/${id}/`);
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError || error instanceof RegionProfileError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

// Run as a command (also through a node_modules/.bin link), not imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Under `pnpm create-portal`, pnpm may start us in another folder; INIT_CWD is where the user typed.
  runCreatePortal(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: (line) => console.error(line) }, process.env.INIT_CWD ?? process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
