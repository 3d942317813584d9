/**
 * The legal-aid module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule, entryPoints, workbenchView } from '@fawang/module-kit';
import { directoryPage } from '@fawang/module-kit/directory/lazy';
import { legalAidCase } from '@fawang/workflow/legal-aid';
import type { ModuleConfig } from './config.js';
import { messages } from './messages/index.js';

export default defineModule<ModuleConfig>({
  id: 'legal-aid',
  title: 'title',
  icon: 'scale',
  routes: [
    { path: '', name: 'legal-aid:directory', component: directoryPage, props: { type: 'legal_aid_centre' } },
    { path: 'self-check', name: 'legal-aid:self-check', component: () => import('./public/SelfCheckPage.vue') },
    // The citizen's application (申请): the wizard, its confirmation and the tracking page of one application.
    { path: 'apply', name: 'legal-aid:apply', component: () => import('./citizen/ApplyPage.vue') },
    { path: 'submitted/:id', name: 'legal-aid:submitted', component: () => import('./citizen/ConfirmationPage.vue'), props: true },
    { path: 'applications/:id', name: 'legal-aid:application', component: () => import('./citizen/TrackingPage.vue'), props: true },
  ],
  ...entryPoints([
    { id: 'directory', to: '', icon: 'scale', mode: 'partial' },
    // The self-check runs in the browser from start to finish: 全程网办.
    { id: 'self-check', key: 'selfCheck', to: 'self-check', icon: 'check', mode: 'online' },
    { id: 'apply', to: 'apply', icon: 'file', mode: 'online' },
  ]),
  workbench: [
    workbenchView('queue', '', 'review', () => import('./workbench/QueuePage.vue')),
    workbenchView('statistics', 'statistics', 'statistics', () => import('./workbench/StatisticsPage.vue')),
  ],
  account: [{ id: 'applications', title: 'account.applications', component: () => import('./citizen/MyApplications.vue') }],
  caseRoute: 'legal-aid:application',
  // The staff who review applications are the case definition's, so the workbench and the API agree.
  permissions: { review: legalAidCase.staffRoles, statistics: ['bureau_admin'] },
  configSchema: () => import('./config.js').then((config) => config.configSchema),
  messages,
});
