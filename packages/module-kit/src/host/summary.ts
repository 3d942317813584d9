/**
 * What the host shows of a module before (or without) loading its code: its name, navigation and home
 * cards with their words, as plain data. The server, which has every bundled module loaded, sends each
 * enabled module's summary with a page it rendered; the browser builds the navigation and the home page
 * from them and loads a module's code only when one of its pages is opened (issue 16: the first load does
 * not grow with the number of modules).
 */
import type { FwIconName } from '@fawang/ui';
import type { ModuleDefinition, ModuleHomeCard, ModuleMessages, ModuleNavItem } from '../types.js';

export interface ModuleSummary {
  id: string;
  title: string;
  icon: FwIconName;
  nav: ModuleNavItem[];
  homeCards: ModuleHomeCard[];
  /** Only the words of the title, the navigation and the cards, per locale, at their usual keys. */
  messages: ModuleMessages;
}

function pick(messages: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    const path = key.split('.');
    let value: unknown = messages;
    for (const part of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    if (value === undefined) continue;
    let target = picked;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]!] = value;
  }
  return picked;
}

export function moduleSummary(definition: ModuleDefinition): ModuleSummary {
  const nav = definition.nav ?? [];
  const homeCards = definition.homeCards ?? [];
  const keys = [definition.title, ...nav.map((item) => item.label), ...homeCards.flatMap((card) => [card.title, card.description])];
  const messages = Object.fromEntries(
    Object.entries(definition.messages).flatMap(([locale, words]) => (words ? [[locale, pick(words, keys)]] : [])),
  ) as ModuleMessages;
  return { id: definition.id, title: definition.title, icon: definition.icon, nav, homeCards, messages };
}
