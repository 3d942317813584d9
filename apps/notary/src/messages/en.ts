/**
 * 公证服务 (Notary): the module's English strings. Typed as the shape of zh-CN.ts, so a missing or extra key
 * fails the typecheck.
 */
import type { Messages } from './zh-CN.js';

export const en: Messages = {
  title: 'Notary',
  nav: {
    directory: 'Notary offices',
  },
  cards: {
    directory: {
      title: 'Notarization',
      description: 'Find a notary office and the matters it handles.',
    },
  },
  directory: {
    title: 'Notary offices',
    intro: 'Notary offices in this region with address and telephone. Many notarial matters need at most one visit.',
    caption: 'Notary offices',
  },
};
