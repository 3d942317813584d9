/**
 * The mediation module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule } from '@fawang/module-kit';
import { configSchema, type ModuleConfig } from './config.js';
import { messages } from './messages.js';

export default defineModule<ModuleConfig>({
  id: 'mediation',
  title: 'title',
  icon: 'handshake',
  routes: [
    // The committees directory, filtered by kind (村/居, 乡镇/街道, 行业性, 专业性) and dispute type.
    { path: '', name: 'mediation:directory', component: () => import('./pages/CommitteesPage.vue') },
    { path: 'mediators', name: 'mediation:mediators', component: () => import('./pages/MediatorsPage.vue') },
  ],
  nav: [
    { id: 'directory', label: 'nav.directory', to: '', icon: 'handshake' },
    { id: 'mediators', label: 'nav.mediators', to: 'mediators', icon: 'user' },
  ],
  homeCards: [
    { id: 'directory', title: 'cards.directory.title', description: 'cards.directory.description', to: '', icon: 'handshake', mode: 'partial' },
    { id: 'mediators', title: 'cards.mediators.title', description: 'cards.mediators.description', to: 'mediators', icon: 'user', mode: 'partial' },
  ],
  configSchema,
  messages,
});
