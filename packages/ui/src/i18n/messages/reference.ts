import type { FwLocale, MessageTree } from '../types.js';
import zhCN from './zh-CN.json';

/**
 * For an app that loads a language's strings when it is chosen (`createFwReferenceI18n`, `loadFwLocale`):
 * zh-CN, the reference, at hand; the others fetched, so the first load carries one language. Apart from
 * `fwMessages` (every locale at once), so that importing this brings no other locale.
 */
export const fwReferenceMessages: { fw: MessageTree } = { fw: zhCN };

export const fwMessageLoaders: Record<FwLocale, () => Promise<{ fw: MessageTree }>> = {
  'zh-CN': () => Promise.resolve(fwReferenceMessages),
  en: () => import('./en.json').then((loaded) => ({ fw: loaded.default })),
};
