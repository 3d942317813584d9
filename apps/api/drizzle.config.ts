import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @fawang/api db:generate` writes a new migration after a schema change.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
