/**
 * The legal-aid module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule } from '@fawang/module-kit';
import { directoryPage } from '@fawang/module-kit/directory/lazy';
import { configSchema, type ModuleConfig } from './config.js';
import { messages } from './messages.js';

export default defineModule<ModuleConfig>({
  id: 'legal-aid',
  title: 'title',
  icon: 'scale',
  routes: [
    { path: '', name: 'legal-aid:directory', component: directoryPage, props: { type: 'legal_aid_centre' } },
    { path: 'self-check', name: 'legal-aid:self-check', component: () => import('./pages/SelfCheckPage.vue') },
    // The citizen's application (申请): the wizard, its confirmation and the tracking page of one application.
    { path: 'apply', name: 'legal-aid:apply', component: () => import('./citizen/ApplyPage.vue') },
    { path: 'submitted/:id', name: 'legal-aid:submitted', component: () => import('./citizen/ConfirmationPage.vue'), props: true },
    { path: 'applications/:id', name: 'legal-aid:application', component: () => import('./citizen/TrackingPage.vue'), props: true },
  ],
  nav: [
    { id: 'directory', label: 'nav.directory', to: '', icon: 'scale' },
    { id: 'self-check', label: 'nav.selfCheck', to: 'self-check', icon: 'check' },
    { id: 'apply', label: 'nav.apply', to: 'apply', icon: 'file' },
  ],
  homeCards: [
    { id: 'directory', title: 'cards.directory.title', description: 'cards.directory.description', to: '', icon: 'scale', mode: 'partial' },
    // The self-check runs in the browser from start to finish: 全程网办.
    { id: 'self-check', title: 'cards.selfCheck.title', description: 'cards.selfCheck.description', to: 'self-check', icon: 'check', mode: 'online' },
    { id: 'apply', title: 'cards.apply.title', description: 'cards.apply.description', to: 'apply', icon: 'file', mode: 'online' },
  ],
  workbench: [
    { id: 'queue', title: 'workbench.queue.title', description: 'workbench.queue.description', path: '', permission: 'review', component: () => import('./pages/QueuePage.vue') },
    {
      id: 'statistics',
      title: 'workbench.statistics.title',
      description: 'workbench.statistics.description',
      path: 'statistics',
      permission: 'statistics',
      component: () => import('./workbench/StatisticsPage.vue'),
    },
  ],
  account: [{ id: 'applications', title: 'account.applications', component: () => import('./pages/MyApplications.vue') }],
  permissions: { review: ['legal_aid_officer', 'bureau_admin'], statistics: ['bureau_admin'] },
  configSchema,
  messages,
});
