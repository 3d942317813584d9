/**
 * 律师服务 (Lawyers): the module's English strings. Typed as the shape of zh-CN.ts, so a missing or extra key
 * fails the typecheck.
 */
import type { Messages } from './zh-CN.js';

export const en: Messages = {
  title: 'Lawyers',
  nav: {
    directory: 'Law firm directory',
  },
  cards: {
    directory: {
      title: 'Find a lawyer',
      description: 'Look up law firms and practising lawyers.',
    },
  },
  directory: {
    title: 'Law firm directory',
    intro: 'Law firms registered in this region: name, area, address, telephone and number of practising lawyers.',
    caption: 'Law firm directory',
  },
};
