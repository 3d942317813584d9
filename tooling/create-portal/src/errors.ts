/** A request the scaffold cannot carry out (a bad id, an unknown parent, a file that exists); the message says why. */
export class ScaffoldError extends Error {
  override readonly name = 'ScaffoldError';
}
