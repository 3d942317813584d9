import type { FwLocale, MessageTree } from '../types.js';
import chrome from './chrome.js';
import core from './core.js';
import display from './display.js';
import forms from './forms.js';

const groups = [core, forms, display, chrome];

function merge(locale: FwLocale): MessageTree {
  return Object.assign({}, ...groups.map((g) => g[locale]));
}

/** Every string the kit shows, by locale, under the `fw` namespace. */
export const fwMessages: Record<FwLocale, { fw: MessageTree }> = {
  'zh-CN': { fw: merge('zh-CN') },
  en: { fw: merge('en') },
};
