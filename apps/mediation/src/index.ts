/**
 * The mediation module: its definition is all the host needs (routes, navigation, home card, messages,
 * config schema). Pages load lazily, so this entry stays small.
 */
import { defineModule, entryPoints, workbenchView } from '@fawang/module-kit';
import { mediationCase } from '@fawang/workflow/mediation';
import type { ModuleConfig } from './config.js';
import { messages } from './messages/index.js';

export default defineModule<ModuleConfig>({
  id: 'mediation',
  title: 'title',
  icon: 'handshake',
  routes: [
    // The committees directory, filtered by kind (村/居, 乡镇/街道, 行业性, 专业性) and dispute type.
    { path: '', name: 'mediation:directory', component: () => import('./public/CommitteesPage.vue') },
    { path: 'mediators', name: 'mediation:mediators', component: () => import('./public/MediatorsPage.vue') },
    // The citizen's dispute (申请调解) and the tracking page of one case.
    { path: 'apply', name: 'mediation:apply', component: () => import('./citizen/ApplyPage.vue') },
    { path: 'cases/:id', name: 'mediation:case', component: () => import('./citizen/TrackingPage.vue'), props: true },
  ],
  ...entryPoints([
    { id: 'directory', to: '', icon: 'handshake', mode: 'partial' },
    { id: 'mediators', to: 'mediators', icon: 'user', mode: 'partial' },
    { id: 'apply', to: 'apply', icon: 'file', mode: 'online' },
  ]),
  // The mediator's cases (queue and detail) and the bureau's figures.
  workbench: [
    workbenchView('queue', '', 'mediate', () => import('./workbench/QueuePage.vue')),
    workbenchView('statistics', 'statistics', 'statistics', () => import('./workbench/StatisticsPage.vue')),
  ],
  account: [{ id: 'cases', title: 'account.cases', component: () => import('./citizen/MyCases.vue') }],
  caseRoute: 'mediation:case',
  // The staff who mediate are the case definition's, so the workbench and the API agree.
  permissions: { mediate: mediationCase.staffRoles, statistics: ['bureau_admin'] },
  configSchema: () => import('./config.js').then((config) => config.configSchema),
  messages,
});
