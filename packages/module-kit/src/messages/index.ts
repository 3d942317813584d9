import en from './en.json';
import zhCN from './zh-CN.json';

/**
 * The kit's own strings (error states, loading, the directory), merged into the host's vue-i18n instance:
 * one file per locale, zh-CN the reference, precompiled by the host's build (`precompileMessages` in
 * @fawang/vite-config).
 */
export const moduleKitMessages = { 'zh-CN': zhCN, en };
