/**
 * The arbitration module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule, entryPoints } from '@fawang/module-kit';
import { directoryPage } from '@fawang/module-kit/directory/lazy';
import type { ModuleConfig } from './config.js';
import { messages } from './messages/index.js';

export default defineModule<ModuleConfig>({
  id: 'arbitration',
  title: 'title',
  icon: 'gavel',
  routes: [{ path: '', name: 'arbitration:directory', component: directoryPage, props: { type: 'arbitration_commission' } }],
  ...entryPoints([{ id: 'directory', to: '', icon: 'gavel', mode: 'partial' }]),
  configSchema: () => import('./config.js').then((config) => config.configSchema),
  messages,
});
