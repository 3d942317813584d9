/**
 * The mediation module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule } from '@fawang/module-kit';
import { directoryPage } from '@fawang/module-kit/directory/lazy';
import { configSchema, type ModuleConfig } from './config.js';
import { messages } from './messages.js';

export default defineModule<ModuleConfig>({
  id: 'mediation',
  title: 'title',
  icon: 'handshake',
  routes: [{ path: '', name: 'mediation:directory', component: directoryPage, props: { type: 'mediation_committee' } }],
  nav: [{ id: 'directory', label: 'nav.directory', to: '', icon: 'handshake' }],
  homeCards: [{ id: 'directory', title: 'cards.directory.title', description: 'cards.directory.description', to: '', icon: 'handshake', mode: 'partial' }],
  configSchema,
  messages,
});
