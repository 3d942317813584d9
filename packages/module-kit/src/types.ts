/**
 * The module contract: what a domain micro-frontend (legal-aid, lawyers, …) tells the host about itself.
 * The host knows a module only through this shape, whether the module is bundled with the host or loaded
 * at runtime as a Module Federation remote.
 */
import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@fawang/contract';
import type { FwIconName } from '@fawang/ui';

/** A lazily loaded page: the host fetches its code only when the page is visited. */
export type LazyComponent = () => Promise<Component | { default: Component }>;

/** Keys into the module's own `messages` (the host namespaces them under the module id). */
export type MessageKey = string;

/** Localized messages, zh-CN first; a key missing in another locale falls back to zh-CN. */
export type ModuleMessages = { 'zh-CN': Record<string, unknown> } & Partial<Record<string, Record<string, unknown>>>;

/** An entry in the portal's main navigation; `to` is relative to the module's base path. */
export interface ModuleNavItem {
  id: string;
  label: MessageKey;
  to: string;
  icon?: FwIconName;
}

/** A service card on the region's home page (法律援助申请, 律师查询 …). */
export interface ModuleHomeCard {
  id: string;
  title: MessageKey;
  description: MessageKey;
  /** Relative to the module's base path. */
  to: string;
  icon?: FwIconName;
  /** online: 全程网办; onsite: 需到现场; partial: 部分网办. */
  mode?: 'online' | 'onsite' | 'partial';
  /** Lower comes first; modules are otherwise in the host's order. */
  order?: number;
}

/** A staff view in the workbench, shown to users who hold `permission`. */
export interface ModuleWorkbenchView {
  id: string;
  title: MessageKey;
  description?: MessageKey;
  /** Relative to /<region>/workbench/<module-id>/. */
  path: string;
  /** A key of the module's `permissions`. */
  permission: string;
  component: LazyComponent;
}

/** A section of the citizen's 我的 page (my applications in this module). */
export interface ModuleAccountSection {
  id: string;
  title: MessageKey;
  component: LazyComponent;
}

/**
 * A schema for the module's part of the region profile (`modules.<id>.config`). Any zod schema fits;
 * the host validates the profile's config with it before the module starts.
 */
export interface ConfigSchema<Config> {
  safeParse(value: unknown): { success: true; data: Config } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * The schema, or a loader of it (`() => import('./config.js').then((m) => m.configSchema)`): a browser
 * whose page the server rendered receives the configuration already resolved with it and never downloads
 * the validator (zod, ~25 KB), which a module's entry would otherwise always carry.
 */
export type ConfigSchemaSource<Config> = ConfigSchema<Config> | (() => Promise<ConfigSchema<Config>>);

export interface ModuleDefinition<Config = Record<string, unknown>> {
  /** Lower-case slug; the URL segment (/<region>/<id>/) and the namespace of its messages. */
  id: string;
  /** Message key of the module's name (律师服务). */
  title: MessageKey;
  icon: FwIconName;
  /** Public pages, relative to /<region>/<id>/. The first is the module's landing page. */
  routes: RouteRecordRaw[];
  nav?: ModuleNavItem[];
  homeCards?: ModuleHomeCard[];
  workbench?: ModuleWorkbenchView[];
  account?: ModuleAccountSection[];
  /**
   * The name of the route of one case's page for its applicant (taking an `id` param): where a notice of
   * that case (我的消息) links. Case modules set it; others leave it out.
   */
  caseRoute?: string;
  /** Named permissions and the roles that hold them; staff must also belong to the region (or above it). */
  permissions?: Record<string, readonly Role[]>;
  configSchema?: ConfigSchemaSource<Config>;
  messages: ModuleMessages;
}
