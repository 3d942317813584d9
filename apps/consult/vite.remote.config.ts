import { fileURLToPath } from 'node:url';
import { moduleRemoteConfig } from '@fawang/vite-config';
import { defineConfig } from 'vite';

// This module as a Module Federation remote (`pnpm --filter @fawang/module-consult build` → dist/); see
// configs/vite and ADR 0008.
export default defineConfig(moduleRemoteConfig({ id: 'consult', root: fileURLToPath(new URL('.', import.meta.url)) }));
