/** Page/pageSize/sort handling shared by every list operation. */
import { asc, desc, type AnyColumn, type SQL } from 'drizzle-orm';

export interface PageQuery {
  page?: number;
  pageSize?: number;
  sort?: string;
}

export function pageWindow(query: PageQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

/**
 * Turns `-name` into `ORDER BY name DESC, id ASC`. The id tiebreaker keeps pages stable when many rows
 * share a value. Sort keys are already restricted to the contract's enum by validation.
 */
export function orderBy(sort: string | undefined, columns: Record<string, AnyColumn | SQL>, fallback: string, id: AnyColumn): SQL[] {
  const key = sort ?? fallback;
  const descending = key.startsWith('-');
  const column = columns[descending ? key.slice(1) : key];
  if (!column) throw new Error(`Unknown sort key ${key}`);
  return [descending ? desc(column) : asc(column), asc(id)];
}

/** Escapes LIKE wildcards so user input only ever matches literally. */
export function likePrefix(value: string): string {
  return `${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
