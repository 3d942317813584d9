/**
 * The notary module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule, entryPoints } from '@fawang/module-kit';
import { directoryPage } from '@fawang/module-kit/directory/lazy';
import type { ModuleConfig } from './config.js';
import { messages } from './messages/index.js';

export default defineModule<ModuleConfig>({
  id: 'notary',
  title: 'title',
  icon: 'stamp',
  routes: [{ path: '', name: 'notary:directory', component: directoryPage, props: { type: 'notary_office' } }],
  ...entryPoints([{ id: 'directory', to: '', icon: 'stamp', mode: 'partial' }]),
  configSchema: () => import('./config.js').then((config) => config.configSchema),
  messages,
});
