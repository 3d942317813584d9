import { describe, expect, it } from 'vitest';
import { cacheKey, cachedHandlers, ReadCache } from '../read-cache.js';

describe('ReadCache', () => {
  it('loads once for concurrent and later requests of one key', async () => {
    const cache = new ReadCache({ ttlMs: 60_000 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { loads };
    };
    const answers = await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
    expect(await cache.get('k', load)).toEqual({ loads: 1 });
    expect(answers).toEqual([{ loads: 1 }, { loads: 1 }, { loads: 1 }]);
    expect(loads).toBe(1);
    cache.clear();
    await cache.get('k', load);
    expect(loads).toBe(2);
  });

  it('does not keep a failed load', async () => {
    const cache = new ReadCache({ ttlMs: 60_000 });
    await expect(cache.get('k', () => Promise.reject(new Error('not found')))).rejects.toThrow('not found');
    expect(await cache.get('k', async () => 'found')).toBe('found');
  });

  it('is off with a TTL of 0', async () => {
    const cache = new ReadCache({ ttlMs: 0 });
    let loads = 0;
    await cache.get('k', async () => ++loads);
    await cache.get('k', async () => ++loads);
    expect(loads).toBe(2);
  });
});

describe('cacheKey and cachedHandlers', () => {
  it('ignores parameter order and undefined values, but not values', () => {
    expect(cacheKey('list', { query: { a: 1, b: [2, 1] } })).toBe(cacheKey('list', { query: { b: [2, 1], a: 1, c: undefined } }));
    expect(cacheKey('list', { query: { a: 1 } })).not.toBe(cacheKey('list', { query: { a: 2 } }));
    expect(cacheKey('list', {})).not.toBe(cacheKey('get', {}));
  });

  it('shares replies between equal requests of one handler only', async () => {
    let calls = 0;
    const handlers = cachedHandlers(new ReadCache({ ttlMs: 60_000 }), {
      one: async (ctx: { query: { n: number } }) => ({ n: ctx.query.n, call: ++calls }),
      two: async (ctx: { query: { n: number } }) => ({ n: ctx.query.n, call: ++calls }),
    });
    expect(await handlers.one({ query: { n: 1 } })).toEqual({ n: 1, call: 1 });
    expect(await handlers.one({ query: { n: 1 } })).toEqual({ n: 1, call: 1 });
    expect(await handlers.two({ query: { n: 1 } })).toEqual({ n: 1, call: 2 });
    expect(await handlers.one({ query: { n: 2 } })).toEqual({ n: 2, call: 3 });
  });
});
