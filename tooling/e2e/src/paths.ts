/**
 * Where the builds under test live. The tests drive what `pnpm build` produced — the API server, the
 * portal host it serves, the federated remotes of the lawyers and mediation modules — never sources, so
 * they test what ships.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

export const paths = {
  apiMain: repo('apps/api/dist/main.js'),
  apiDir: repo('apps/api'),
  portalDist: repo('apps/portal/dist'),
  /** A module's remote build (`pnpm --filter @fawang/module-<id> build`, configs/vite's preset). */
  moduleRemoteDist: (moduleId: string) => repo(`apps/${moduleId}/dist`),
  builtInProfiles: repo('packages/regions/profiles'),
  apps: repo('apps'),
  /** The case definitions' package (`pnpm create-module --case` writes a definition into its src/). */
  workflow: repo('packages/workflow'),
  portal: repo('apps/portal'),
  createPortalCli: repo('tooling/create-portal/dist/cli.js'),
  createModuleCli: repo('tooling/create-module/dist/cli.js'),
  /** The performance budgets `pnpm perf` reports and the size gate enforces. */
  perfBudget: repo('tooling/perf/budget.json'),
};

/** The modules the tests load as federated remotes (federation.test.ts, mediation.test.ts). */
const REMOTES_UNDER_TEST = ['lawyers', 'mediation'];

const required: Array<[file: string, build: string]> = [
  [paths.apiMain, 'pnpm --filter @fawang/api build'],
  [`${paths.portalDist}/index.html`, 'pnpm --filter @fawang/portal build'],
  [`${paths.portalDist}/../dist-ssr/entry-server.js`, 'pnpm --filter @fawang/portal build'],
  ...REMOTES_UNDER_TEST.map((id): [string, string] => [`${paths.moduleRemoteDist(id)}/mf-manifest.json`, `pnpm --filter @fawang/module-${id} build`]),
];

/** Stops a test file early, naming the build to run, when one of the builds is missing. */
export function assertBuilt(): void {
  const missing = required.filter(([file]) => !existsSync(file));
  if (missing.length) {
    throw new Error(
      `The browser tests need the built apps (turbo builds them before test). Missing:\n${missing.map(([file, build]) => `  ${file} — run \`${build}\``).join('\n')}`,
    );
  }
}
