import { createI18n, useI18n, type I18n } from 'vue-i18n';
import { fwMessages } from './messages/index.js';
import { fwMessageLoaders, fwReferenceMessages } from './messages/reference.js';
import { FW_LOCALES, type MessageTree } from './types.js';

export { fwMessages } from './messages/index.js';
export * from './types.js';

/** A composition-mode vue-i18n instance; the host usually owns it and passes it to createFawangUI. */
export type FwI18n = I18n<Record<string, never>, Record<string, never>, Record<string, never>, string, false>;

/** A vue-i18n instance with the kit's strings in every locale it ships. */
export function createFwI18n(locale: string = 'zh-CN'): FwI18n {
  const i18n = createBareI18n(locale);
  addFwMessages(i18n);
  return i18n;
}

/**
 * A vue-i18n instance with the kit's zh-CN strings only: an app that loads another locale's when it is
 * chosen (`loadFwLocale`) does not carry them in its first load (the portal does).
 */
export function createFwReferenceI18n(): FwI18n {
  const i18n = createBareI18n('zh-CN');
  i18n.global.mergeLocaleMessage('zh-CN', fwReferenceMessages as never);
  return i18n;
}

/** Adds the kit's strings for `locale` (a locale the kit does not ship adds nothing; zh-CN is the fallback). */
export async function loadFwLocale(i18n: AnyI18n, locale: string): Promise<void> {
  const load = (fwMessageLoaders as Record<string, (() => Promise<{ fw: MessageTree }>) | undefined>)[locale];
  if (load) i18n.global.mergeLocaleMessage(locale, (await load()) as never);
}

function createBareI18n(locale: string): FwI18n {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', missingWarn: false, fallbackWarn: false });
  return i18n as unknown as FwI18n;
}

type AnyI18n = { global: { mergeLocaleMessage: (locale: string, messages: never) => void } };

/** Merges the kit's strings into an existing i18n instance (the host's). */
export function addFwMessages(i18n: AnyI18n): void {
  for (const locale of FW_LOCALES) i18n.global.mergeLocaleMessage(locale, fwMessages[locale] as never);
}

/**
 * Adds a language pack for the kit (e.g. a minority language a region offers). The pack has the same
 * shape as `fwMessages['zh-CN'].fw`; keys it lacks fall back to zh-CN.
 */
export function registerFwLocale(i18n: AnyI18n, locale: string, pack: MessageTree): void {
  i18n.global.mergeLocaleMessage(locale, { fw: pack } as never);
}

/** The translator components use: the global scope, so the host's locale switch reaches every module. */
export function useFwI18n() {
  return useI18n({ useScope: 'global' });
}
