import { describe, expect, it } from 'vitest';
import { regionProfileJsonSchema } from '../json-schema.js';

describe('profiles/region-profile.schema.json', () => {
  // Drift check: the committed file must equal what the zod schema generates. After changing the schema,
  // regenerate it with `pnpm --filter @fawang/regions json-schema` (vitest -u on this test).
  it('matches the zod schema', async () => {
    await expect(`${JSON.stringify(regionProfileJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../profiles/region-profile.schema.json');
  });

  it('describes a file: identity required, sections optional, lists mergeable', () => {
    const schema = regionProfileJsonSchema() as { required: string[]; properties: Record<string, { anyOf?: unknown[] }>; additionalProperties: boolean };
    expect(schema.required).toEqual(['id', 'name', 'level']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.servicePoints!.anyOf).toHaveLength(2);
  });
});
