/**
 * The declared case modules the API serves on the kernel's endpoints (ADR 0016). `pnpm create-module
 * --case` adds a module's import and entry above the two marker comments.
 */
import { anyDeclared, type AnyDeclaredCaseDefinition } from './declared.js';
import { consultCase } from './consult.js';
// create-module: imports

export const DECLARED_CASE_MODULES: readonly AnyDeclaredCaseDefinition[] = [
  anyDeclared(consultCase),
  // create-module: entries
];
