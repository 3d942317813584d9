import type { ModuleDefinition } from './types.js';

const MODULE_ID = /^[a-z][a-z0-9-]{1,31}$/;

/**
 * Declares a module. It checks at definition time what the type system cannot: a well-formed id, unique
 * nav/card/workbench ids, permissions that exist and a case route that exists and takes the case's id, so a
 * mistake fails the module's own tests rather
 * than the host.
 */
export function defineModule<Config = Record<string, unknown>>(definition: ModuleDefinition<Config>): ModuleDefinition<Config> {
  const problems: string[] = [];
  if (!MODULE_ID.test(definition.id)) problems.push(`id "${definition.id}" must be 2–32 lower-case letters, digits or "-", starting with a letter`);
  if (definition.routes.length === 0) problems.push('routes: a module needs at least its landing page');
  for (const [list, items] of [
    ['nav', definition.nav],
    ['homeCards', definition.homeCards],
    ['workbench', definition.workbench],
    ['account', definition.account],
  ] as const) {
    const seen = new Set<string>();
    for (const item of items ?? []) {
      if (seen.has(item.id)) problems.push(`${list}: the id "${item.id}" is used twice`);
      seen.add(item.id);
    }
  }
  for (const view of definition.workbench ?? []) {
    if (!definition.permissions?.[view.permission]) problems.push(`workbench.${view.id}: the permission "${view.permission}" is not declared in permissions`);
  }
  if (definition.caseRoute !== undefined) {
    const route = definition.routes.find((r) => r.name === definition.caseRoute);
    if (!route) problems.push(`caseRoute: no route is named "${definition.caseRoute}"`);
    else if (!/(^|\/):id(\/|$)/.test(route.path)) problems.push(`caseRoute: the route "${definition.caseRoute}" takes no :id`);
  }
  if (!definition.messages['zh-CN']) problems.push('messages: zh-CN messages are required');
  if (problems.length > 0) throw new Error(`Module "${definition.id}": ${problems.join('; ')}`);
  return definition;
}
