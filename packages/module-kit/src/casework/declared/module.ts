/**
 * A declared case module's whole definition (ADR 0016) from its case definition, icon, config schema and
 * messages: the directory of its organizations, the intake page, the applicant's tracking page, 我的 and the
 * workbench queue — the kit's pages, bound to the definition. Pages load lazily, so a module's entry holds the
 * definition and its words only.
 */
import { defineComponent, h, type Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { FwIconName } from '@fawang/ui';
import { anyDeclared, type DeclaredCaseDefinition, type WorkflowSpec } from '@fawang/workflow';
import { defineModule } from '../../define-module.js';
import { directoryPage } from '../../directory/lazy.js';
import { entryPoints, workbenchView } from '../../entry-points.js';
import type { ConfigSchemaSource, LazyComponent, ModuleDefinition, ModuleMessages } from '../../types.js';
import type { DeclaredCaseLook } from './ui.js';

export interface DeclaredCaseModuleOptions<Id extends string, W extends WorkflowSpec, Config> {
  definition: DeclaredCaseDefinition<Id, W>;
  icon: FwIconName;
  configSchema?: ConfigSchemaSource<Config>;
  /** Checked with `defineDeclaredCaseWords(definition, …)`; the keys are in the kit's declared/README.md. */
  messages: ModuleMessages;
  /** More public pages, after the module's own (relative to /<region>/<id>/). */
  routes?: RouteRecordRaw[];
  /** Status tones and action variants other than those drawn from the definition. */
  look?: DeclaredCaseLook;
}

/** A lazy page given the declared module's props (the route's own, such as `id`, pass through). */
function bound(load: () => Promise<{ default: Component }>, fixed: Record<string, unknown>): LazyComponent {
  let page: Promise<Component> | undefined;
  return () =>
    (page ??= load().then(({ default: inner }) =>
      defineComponent({
        name: 'DeclaredCasePage',
        inheritAttrs: false,
        setup: (_, { attrs }) => () => h(inner, { ...attrs, ...fixed }),
      }),
    ));
}

export function declaredCaseModule<const Id extends string, W extends WorkflowSpec, Config = Record<string, unknown>>(
  options: DeclaredCaseModuleOptions<Id, W, Config>,
): ModuleDefinition<Config> {
  const definition = anyDeclared(options.definition);
  const { id } = definition;
  const fixed = { definition, ...(options.look ? { look: options.look } : {}) };
  return defineModule<Config>({
    id,
    title: 'title',
    icon: options.icon,
    routes: [
      // The directory of the organizations that handle it, as a plain module starts.
      { path: '', name: `${id}:directory`, component: directoryPage, props: { type: definition.organizationType } },
      { path: 'apply', name: `${id}:apply`, component: bound(() => import('./DeclaredApplyPage.vue'), fixed) },
      { path: 'cases/:id', name: `${id}:case`, component: bound(() => import('./DeclaredTrackingPage.vue'), fixed), props: true },
      ...(options.routes ?? []),
    ],
    ...entryPoints([
      { id: 'directory', to: '', icon: options.icon, mode: 'partial' },
      { id: 'apply', to: 'apply', icon: options.icon, mode: 'online' },
    ]),
    // The staff's cases: the queue, and one case's detail with `?id=`.
    workbench: [workbenchView('queue', '', 'handle', bound(() => import('./DeclaredQueuePage.vue'), fixed))],
    account: [{ id: 'cases', title: 'account.cases', component: bound(() => import('./DeclaredMyCases.vue'), fixed) }],
    caseRoute: `${id}:case`,
    // The staff who handle it are the case definition's, so the workbench and the API agree.
    permissions: { handle: definition.staffRoles },
    ...(options.configSchema ? { configSchema: options.configSchema } : {}),
    messages: options.messages,
  });
}
