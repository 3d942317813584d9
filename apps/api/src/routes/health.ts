/** Liveness that also proves the database answers. */
import { sql } from 'drizzle-orm';
import { HttpProblem } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import type { AppServices } from '../services.js';

export function healthHandlers({ db }: AppServices): Pick<Handlers, 'getHealth'> {
  return {
    async getHealth() {
      try {
        await db.execute(sql`select 1`);
      } catch {
        throw new HttpProblem(503, 'database_unavailable', 'The database does not answer');
      }
      return { status: 200, body: { status: 'ok' } };
    },
  };
}
