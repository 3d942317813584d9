/**
 * The lawyers module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule, entryPoints } from '@fawang/module-kit';
import { directoryPage } from '@fawang/module-kit/directory/lazy';
import type { ModuleConfig } from './config.js';
import { messages } from './messages/index.js';

export default defineModule<ModuleConfig>({
  id: 'lawyers',
  title: 'title',
  icon: 'briefcase',
  routes: [{ path: '', name: 'lawyers:directory', component: directoryPage, props: { type: 'law_firm' } }],
  ...entryPoints([{ id: 'directory', to: '', icon: 'briefcase', mode: 'online' }]),
  configSchema: () => import('./config.js').then((config) => config.configSchema),
  messages,
});
