/**
 * The JSON Schema of a profile file, generated from the zod schema so that editors validate profiles as
 * they are typed (`"$schema": "./region-profile.schema.json"`). Checks that span items (unique ids, dates
 * oldest first) are not expressible there; the loader still makes them.
 */
import { z } from 'zod';
import { regionProfileFile } from './schema/index.js';

export function regionProfileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(regionProfileFile, { io: 'input' }),
    title: 'Fawang region profile (地区配置)',
    description: 'One province, city or county. Sections other than identity and indicators are inherited from the profile it extends; lists may be replaced or merged with {"$merge": [...], "$remove": [...]}. See packages/regions/README.md.',
  };
}
