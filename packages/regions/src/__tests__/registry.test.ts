import { describe, expect, it, vi } from 'vitest';
import { loadBuiltInRegions } from '../node.js';
import { RegionRegistry } from '../registry.js';

describe('RegionRegistry.replaceWith', () => {
  it('takes over the profiles of a reloaded registry and tells its listeners', async () => {
    const registry = await loadBuiltInRegions();
    const national = registry.get('national')!;
    const listener = vi.fn();
    const unsubscribe = registry.onChange(listener);
    registry.replaceWith(new RegionRegistry([{ ...national, name: '全国' }]));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(registry.get('national')!.name).toBe('全国');
    expect(registry.get('leshan')).toBeUndefined();
    expect(registry.list().map((p) => p.id)).toEqual(['national']);
    unsubscribe();
    registry.replaceWith(new RegionRegistry([national]));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
