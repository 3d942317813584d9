#!/usr/bin/env node
/**
 * fawang-contract-check <base-url> [--citizen user:password] [--admin user:password] [--allow-writes] [--json]
 * Exits 1 when any check fails.
 */
import { parseArgs } from 'node:util';
import { checkBackend, type Credentials } from './check.js';

function credentials(value: string | undefined, flag: string): Credentials | undefined {
  if (value === undefined) return undefined;
  const index = value.indexOf(':');
  if (index < 1) throw new Error(`${flag} must be username:password`);
  return { username: value.slice(0, index), password: value.slice(index + 1) };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      citizen: { type: 'string' },
      admin: { type: 'string' },
      'allow-writes': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const baseUrl = positionals[0];
  if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
    console.error('usage: fawang-contract-check <base-url, e.g. http://127.0.0.1:8080/api/v1> [--citizen u:p] [--admin u:p] [--allow-writes] [--json]');
    process.exit(2);
  }
  const citizen = credentials(values.citizen, '--citizen');
  const admin = credentials(values.admin, '--admin');
  const report = await checkBackend({ baseUrl, ...(citizen ? { citizen } : {}), ...(admin ? { admin } : {}), allowWrites: values['allow-writes'] });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const r of report.results) {
      process.stdout.write(`${r.ok ? 'pass' : 'FAIL'}  ${r.operationId.padEnd(30)} ${r.name}${r.status ? ` [${r.status}]` : ''}\n`);
      for (const p of r.problems) process.stdout.write(`        ${p}\n`);
    }
    process.stdout.write(`\n${report.passed} passed, ${report.failed} failed\n`);
    if (report.notCovered.length) process.stdout.write(`not covered: ${report.notCovered.join(', ')}\n`);
  }
  process.exit(report.failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
