/**
 * Checks that every message key a module definition names (its title, nav labels, home-card texts,
 * workbench and account titles) exists in each locale, so a missing translation fails the module's own
 * tests instead of showing a raw key such as `cards.directory.title` on the portal.
 */
import type { ModuleDefinition } from '../types.js';

/** The message keys the host reads from a definition (pages read their own keys at run time). */
export function definitionMessageKeys(definition: Pick<ModuleDefinition, 'title' | 'nav' | 'homeCards' | 'workbench' | 'account'>): string[] {
  const keys = [
    definition.title,
    ...(definition.nav ?? []).map((item) => item.label),
    ...(definition.homeCards ?? []).flatMap((card) => [card.title, card.description]),
    ...(definition.workbench ?? []).flatMap((view) => [view.title, ...(view.description ? [view.description] : [])]),
    ...(definition.account ?? []).map((section) => section.title),
  ];
  return [...new Set(keys)];
}

function lookup(messages: Record<string, unknown> | undefined, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

/**
 * The keys missing (or not a non-empty string) in any of `locales`, as `<locale>:<key>`; empty when
 * the definition is complete. `expect(missingMessageKeys(definition)).toEqual([])` names what is missing.
 */
export function missingMessageKeys(definition: Pick<ModuleDefinition, 'title' | 'nav' | 'homeCards' | 'workbench' | 'account' | 'messages'>, locales: readonly string[] = ['zh-CN', 'en']): string[] {
  const keys = definitionMessageKeys(definition);
  return locales.flatMap((locale) =>
    keys.filter((key) => {
      const value = lookup(definition.messages[locale], key);
      return typeof value !== 'string' || value.trim() === '';
    }).map((key) => `${locale}:${key}`),
  );
}

/** Every leaf key of a message tree, dotted (`apply.fields.name`). */
function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix.slice(0, -1)];
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, `${prefix}${key}.`));
}

/**
 * The keys one locale has and another lacks, as `<locale>:<key>` — a translation that fell behind. Empty when
 * every locale has exactly zh-CN's keys.
 */
export function unevenMessageKeys(messages: Record<string, unknown>, base = 'zh-CN'): string[] {
  const reference = new Set(leafKeys(messages[base]));
  return Object.keys(messages)
    .filter((locale) => locale !== base)
    .flatMap((locale) => {
      const own = new Set(leafKeys(messages[locale]));
      return [
        ...[...reference].filter((key) => !own.has(key)).map((key) => `${locale}:missing:${key}`),
        ...[...own].filter((key) => !reference.has(key)).map((key) => `${locale}:extra:${key}`),
      ];
    });
}
