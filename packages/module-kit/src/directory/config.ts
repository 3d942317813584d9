import { z } from 'zod';

/**
 * The part of a module's configuration (`modules.<id>.config` in a region profile) that the shared
 * directory page reads. A module extends it with its own settings.
 */
export const directoryConfigSchema = z.strictObject({
  /** Rows per page of the organization directory. */
  directoryPageSize: z.union([z.literal(10), z.literal(20), z.literal(50)]).default(10),
});

export type DirectoryConfig = z.infer<typeof directoryConfigSchema>;
