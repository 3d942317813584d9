#!/usr/bin/env node
/**
 * Bundles the split contract (openapi.yaml + spec/**) into one self-contained JSON document and generates
 * the TypeScript types from it.
 *
 *   node scripts/generate.mjs           writes generated/openapi.json and src/schema.gen.ts
 *   node scripts/generate.mjs --check   generates in memory; exits 1 when a committed file differs
 *
 * The bundle keeps schemas as `#/components/...` references (nothing is dereferenced), so the server can
 * compile validators by JSON pointer and the types keep their component names.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(packageDir, 'openapi.yaml');
const jsonPath = resolve(packageDir, 'generated/openapi.json');
const typesPath = resolve(packageDir, 'src/schema.gen.ts');

const HEADER = `/**
 * generated — do not edit; run pnpm --filter @fawang/contract generate
 *
 * TypeScript types of the Fawang API contract (openapi.yaml + spec/), made by openapi-typescript.
 */

`;

/**
 * @redocly/openapi-core is not a direct dependency (pnpm keeps it private), so it is resolved from the
 * package that depends on it: openapi-typescript.
 */
function loadRedoclyCore() {
  const require = createRequire(fileURLToPath(import.meta.resolve('openapi-typescript')));
  return require('@redocly/openapi-core');
}

/** Fixed order for the top-level keys; anything else follows in source order. */
const TOP_LEVEL_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'paths', 'webhooks', 'components'];

function orderTopLevel(doc) {
  const ordered = {};
  for (const key of TOP_LEVEL_ORDER) if (key in doc) ordered[key] = doc[key];
  for (const key of Object.keys(doc)) if (!(key in ordered)) ordered[key] = doc[key];
  return ordered;
}

/** Every `$ref` in the bundle must point inside it. */
function assertSelfContained(node, path = '#') {
  if (Array.isArray(node)) {
    node.forEach((item, i) => assertSelfContained(item, `${path}/${i}`));
  } else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#/')) {
      throw new Error(`bundle still holds an external reference at ${path}: ${node.$ref}`);
    }
    for (const [key, value] of Object.entries(node)) assertSelfContained(value, `${path}/${key}`);
  }
}

async function bundleSpec() {
  const { bundle, createConfig } = loadRedoclyCore();
  // An empty config: bundling needs no lint rules (those come from redocly.yaml via `redocly lint`).
  const config = await createConfig({});
  const result = await bundle({ ref: specPath, config, dereference: false, removeUnusedComponents: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    const lines = errors.map((p) => `  ${p.message} (${p.location?.[0]?.pointer ?? ''})`);
    throw new Error(`bundling openapi.yaml failed:\n${lines.join('\n')}`);
  }
  // A JSON round trip drops anything JSON cannot hold and detaches the bundler's objects.
  const doc = orderTopLevel(JSON.parse(JSON.stringify(result.bundle.parsed)));
  assertSelfContained(doc);
  return doc;
}

async function generateTypes(doc) {
  const ast = await openapiTS(structuredClone(doc), {
    // Fields with a default (e.g. `submit`) stay optional for callers that rely on the default.
    defaultNonNullable: false,
    silent: true,
  });
  return HEADER + astToString(ast).trimEnd() + '\n';
}

async function readOrEmpty(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const doc = await bundleSpec();
  const outputs = [
    [jsonPath, JSON.stringify(doc, null, 2) + '\n'],
    [typesPath, await generateTypes(doc)],
  ];

  if (check) {
    const drifted = [];
    for (const [path, content] of outputs) {
      if ((await readOrEmpty(path)) !== content) drifted.push(relative(packageDir, path));
    }
    if (drifted.length) {
      console.error(`types drift from the spec: run pnpm --filter @fawang/contract generate (differs: ${drifted.join(', ')})`);
      process.exit(1);
    }
    return;
  }

  for (const [path, content] of outputs) {
    await mkdir(dirname(path), { recursive: true });
    if ((await readOrEmpty(path)) !== content) await writeFile(path, content);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
