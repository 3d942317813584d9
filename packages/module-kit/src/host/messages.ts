import type { ModuleDefinition } from '../types.js';
import { moduleKitMessages } from '../messages/index.js';

interface MergeableI18n {
  global: { mergeLocaleMessage: (locale: string, messages: never) => void };
}

/** Merges a module's messages under `module.<id>` for every locale it ships. */
export function addModuleMessages(i18n: MergeableI18n, definition: Pick<ModuleDefinition, 'id' | 'messages'>): void {
  for (const [locale, messages] of Object.entries(definition.messages)) {
    if (messages) i18n.global.mergeLocaleMessage(locale, { module: { [definition.id]: messages } } as never);
  }
}

/** The kit's own strings (error states). */
export function addModuleKitMessages(i18n: MergeableI18n): void {
  for (const [locale, messages] of Object.entries(moduleKitMessages)) i18n.global.mergeLocaleMessage(locale, messages as never);
}
