export { checkBackend, type CheckOptions, type CheckReport, type Credentials } from './check.js';
export type { CheckResult } from './runner.js';
