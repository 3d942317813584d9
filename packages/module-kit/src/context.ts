/**
 * What the host gives a module at run time: the region it serves, its validated configuration, where its
 * pages live and the event bus. String injection keys (not symbols) on purpose: a federated remote that
 * ends up with its own copy of this file must still find what the host provided.
 */
import { computed, inject, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ResolvedRegionProfile } from '@fawang/regions';
import type { EventBus } from './events.js';

export interface HostContext {
  region: ResolvedRegionProfile;
  bus: EventBus;
}

export interface ModuleContext<Config = Record<string, unknown>> extends HostContext {
  moduleId: string;
  config: Config;
  /** Router path of the module's public pages, e.g. /lawyers (the router's base is /<region>/). */
  basePath: string;
  /** Router path of its workbench views, e.g. /workbench/lawyers. */
  workbenchPath: string;
}

export const HOST_CONTEXT_KEY = 'fawang:host-context';
export const MODULE_CONTEXT_KEY = 'fawang:module-context';

export function useHostContext(): HostContext {
  const context = inject<HostContext | undefined>(HOST_CONTEXT_KEY, undefined);
  if (!context) throw new Error('No Fawang host: this component must be rendered inside the portal host or mountModule()');
  return context;
}

export function useModuleContext<Config = Record<string, unknown>>(): ModuleContext<Config> {
  const context = inject<ModuleContext<Config> | undefined>(MODULE_CONTEXT_KEY, undefined);
  if (!context) throw new Error('No module context: this component must be rendered inside a module route or slot');
  return context;
}

/** The i18n namespace of a module's messages. */
export function moduleMessageNamespace(moduleId: string): string {
  return `module.${moduleId}`;
}

/**
 * `t` for the module's own messages: `t('directory.title')` reads `module.<id>.directory.title`. Keys
 * outside the module (the design system's, the host's) stay reachable with `tGlobal`.
 */
export function useModuleI18n(): { t: (key: string, params?: Record<string, unknown>) => string; tGlobal: (key: string, params?: Record<string, unknown>) => string; locale: ComputedRef<string> } {
  const { moduleId } = useModuleContext();
  const i18n = useI18n({ useScope: 'global' });
  const ns = moduleMessageNamespace(moduleId);
  return {
    t: (key, params) => i18n.t(`${ns}.${key}`, params ?? {}),
    tGlobal: (key, params) => i18n.t(key, params ?? {}),
    locale: computed(() => i18n.locale.value),
  };
}
