import { describe, expect, it } from 'vitest';
import { caseworkMessages } from '../messages.js';

/** Every key path of a message tree whose leaf is a non-empty string. */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return node.trim() ? [prefix] : [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('casework messages', () => {
  it('has the same non-empty strings in zh-CN and en', () => {
    const zh = keys(caseworkMessages['zh-CN']);
    expect(zh.length).toBeGreaterThan(20);
    expect(keys(caseworkMessages.en)).toEqual(zh);
  });
});
