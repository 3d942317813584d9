/**
 * The host's and the kit's strings by language: zh-CN comes with the first load, another language's are
 * fetched when a visitor chooses it (issue 16: the first load carries one language). A page shown in
 * English waits for them: the browser before it mounts or hydrates (boot.ts), the server before it renders
 * (entry-server.ts); a switch in the header shows the new language once its strings have arrived
 * (shell/display.ts). Modules bring their own strings, every language, with their code.
 */
import { loadFwLocale } from '@fawang/ui';
import { hostMessageLoaders } from '../messages/index.js';

type MergeableI18n = { global: { mergeLocaleMessage: (locale: string, messages: never) => void } };

export interface LocaleLoader {
  /** Whether `locale`'s strings are in (zh-CN always is). */
  has(locale: string): boolean;
  /** Fetches `locale`'s strings once; a failed fetch is tried again next time. */
  load(locale: string): Promise<void>;
}

export function localeLoader(i18n: MergeableI18n): LocaleLoader {
  const done = new Set(['zh-CN']);
  const pending = new Map<string, Promise<void>>();
  return {
    has: (locale) => done.has(locale),
    load(locale) {
      if (done.has(locale)) return Promise.resolve();
      let loading = pending.get(locale);
      if (!loading) {
        const host = hostMessageLoaders[locale];
        loading = Promise.all([loadFwLocale(i18n, locale), host?.().then((messages) => i18n.global.mergeLocaleMessage(locale, messages as never))]).then(
          () => void done.add(locale),
          (error: unknown) => {
            pending.delete(locale);
            throw error;
          },
        );
        pending.set(locale, loading);
      }
      return loading;
    },
  };
}
