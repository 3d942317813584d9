/**
 * The forensic module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule, entryPoints } from '@fawang/module-kit';
import { directoryPage } from '@fawang/module-kit/directory/lazy';
import type { ModuleConfig } from './config.js';
import { messages } from './messages/index.js';

export default defineModule<ModuleConfig>({
  id: 'forensic',
  title: 'title',
  icon: 'microscope',
  routes: [{ path: '', name: 'forensic:directory', component: directoryPage, props: { type: 'forensic_institution' } }],
  ...entryPoints([{ id: 'directory', to: '', icon: 'microscope', mode: 'onsite' }]),
  configSchema: () => import('./config.js').then((config) => config.configSchema),
  messages,
});
