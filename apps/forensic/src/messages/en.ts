/**
 * 司法鉴定 (Forensic appraisal): the module's English strings. Typed as the shape of zh-CN.ts, so a missing or extra key
 * fails the typecheck.
 */
import type { Messages } from './zh-CN.js';

export const en: Messages = {
  title: 'Forensic appraisal',
  nav: {
    directory: 'Forensic appraisal institutions',
  },
  cards: {
    directory: {
      title: 'Forensic appraisal',
      description: 'Find a registered forensic appraisal institution.',
    },
  },
  directory: {
    title: 'Forensic appraisal institutions',
    intro: 'Forensic appraisal institutions registered with the justice administration, with their contact details.',
    caption: 'Forensic appraisal institutions',
  },
};
