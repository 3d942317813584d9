/**
 * 仲裁服务 (Arbitration): the module's English strings. Typed as the shape of zh-CN.ts, so a missing or extra key
 * fails the typecheck.
 */
import type { Messages } from './zh-CN.js';

export const en: Messages = {
  title: 'Arbitration',
  nav: {
    directory: 'Arbitration commissions',
  },
  cards: {
    directory: {
      title: 'Arbitration',
      description: 'Find an arbitration commission and how to apply.',
    },
  },
  directory: {
    title: 'Arbitration commissions',
    intro: 'Arbitration commissions in this region. Contract and other property disputes between equal parties can go to arbitration.',
    caption: 'Arbitration commissions',
  },
};
