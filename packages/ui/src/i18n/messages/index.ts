import type { FwLocale, MessageTree } from '../types.js';
import en from './en.json';
import zhCN from './zh-CN.json';

/**
 * Every string the kit shows, by locale, under the `fw` namespace: one file per locale, zh-CN the
 * reference. The builds precompile them (`precompileMessages` in @fawang/vite-config), so a portal runs
 * vue-i18n without its message compiler.
 */
export const fwMessages: Record<FwLocale, { fw: MessageTree }> = {
  'zh-CN': { fw: zhCN },
  en: { fw: en },
};
