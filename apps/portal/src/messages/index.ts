import zhCN from './zh-CN.json';

/**
 * The host's own strings, one file per locale (zh-CN the reference), precompiled by the build
 * (`precompileMessages` in @fawang/vite-config). zh-CN is in the first load; another locale's file is
 * fetched when it is chosen (boot/locales.ts). Module strings live in each module; the kit's in @fawang/ui.
 */
export const hostReferenceMessages = zhCN;

export type HostMessages = typeof zhCN;

export const hostMessageLoaders: Record<string, (() => Promise<HostMessages>) | undefined> = {
  'zh-CN': () => Promise.resolve(zhCN),
  en: () => import('./en.json').then((loaded) => loaded.default),
};
