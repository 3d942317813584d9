/**
 * A short-lived cache for public, read-mostly answers (the directory and the division tree). The
 * embedded database runs on the same thread as the HTTP server, so every query a popular search does
 * not repeat is throughput for everyone else. Concurrent misses for one key share a single load; failed
 * loads (a 404, a database error) are not kept. Entries expire after `ttlMs`, which bounds how stale a
 * directory edit made elsewhere (another API instance, an import) can look; 0 turns the cache off.
 */
import { LRUCache } from 'lru-cache';

export class ReadCache {
  private readonly cache: LRUCache<string, { value: unknown }, () => Promise<unknown>> | undefined;

  constructor(options: { ttlMs: number; maxEntries?: number }) {
    if (options.ttlMs <= 0) return;
    this.cache = new LRUCache<string, { value: unknown }, () => Promise<unknown>>({
      max: options.maxEntries ?? 5000,
      ttl: options.ttlMs,
      fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
    });
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.cache) return load();
    const entry = await this.cache.fetch(key, { context: load });
    return entry!.value as T;
  }

  clear(): void {
    this.cache?.clear();
  }
}

/** Plain objects with their keys sorted (recursively) and undefined values dropped. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

/** A cache key for an operation and its (already validated) parameters, whatever their order. */
export function cacheKey(operation: string, params: object): string {
  return `${operation} ${JSON.stringify(canonical(params))}`;
}

/**
 * Wraps public GET handlers so that equal parameters share one cached reply. Only for answers that do
 * not depend on who asks: the key holds the path and query parameters, never the session.
 */
export function cachedHandlers<H extends Record<string, (ctx: never) => Promise<unknown>>>(cache: ReadCache, handlers: H): H {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (ctx: { params?: unknown; query?: unknown }) =>
        cache.get(cacheKey(name, { params: ctx.params ?? {}, query: ctx.query ?? {} }), () => handler(ctx as never)),
    ]),
  ) as unknown as H;
}
