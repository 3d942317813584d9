/**
 * Reading database errors without reading their messages (which quote values, see http/logging.ts):
 * the SQLSTATE and constraint name of the driver's error, found through Drizzle's wrapper. PGlite and
 * node-postgres both raise pg-protocol's DatabaseError, so one reading serves both.
 */

/** SQLSTATE 23505: a unique or primary-key constraint refused the row. */
const UNIQUE_VIOLATION = '23505';

/** The constraint a unique violation names, or null when the error is anything else. */
export function uniqueViolation(error: unknown): string | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code, constraint, cause } = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (code === UNIQUE_VIOLATION) return typeof constraint === 'string' ? constraint : '';
    current = cause;
  }
  return null;
}
