import type { Messages } from './zh-CN.js';

/** Legal consultation: every English string of the module, with zh-CN's keys (a missing or extra key fails the typecheck). */
export const en: Messages = {
  title: 'Legal consultation',
  nav: {
    directory: 'Directory of public legal service centres',
    apply: 'Apply: Legal consultation',
  },
  cards: {
    directory: {
      title: 'Directory of public legal service centres',
      description: 'Find public legal service centres in this region: address and telephone.',
    },
    apply: {
      title: 'Legal consultation',
      description: 'Apply online; one of the public legal service centres of this region accepts and answers it.',
    },
  },
  directory: {
    title: 'Directory of public legal service centres',
    intro: 'The public legal service centres of this region: name, area, address and telephone.',
    caption: 'Directory of public legal service centres',
  },
  workbench: {
    queue: {
      title: 'Requests: Legal consultation',
      description: 'The requests of this region: accept or decline them, conclude them once answered.',
    },
  },
  account: {
    cases: 'My requests: Legal consultation',
  },
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted',
    accepted: 'Accepted',
    declined: 'Declined',
    concluded: 'Concluded',
    withdrawn: 'Withdrawn',
    evaluated: 'Rated',
  },
  actions: {
    names: {
      submit: 'Submit',
      accept: 'Accept',
      decline: 'Decline',
      conclude: 'Conclude',
      withdraw: 'Withdraw',
    },
    reasons: {
      decline: 'Why it is declined',
      conclude: 'The answer given',
    },
    heading: 'Handle',
    none: 'Nothing can be done in the current status.',
    confirm: 'Confirm',
    cancel: 'Cancel',
    dialogDescription: 'Request {reference}',
    done: 'Done: {action}',
    conflict: 'The request has changed; the page now shows it as it is. Please check it before acting.',
    failed: 'It did not go through: {message}',
  },
  fields: {
    subject: {
      label: 'Subject',
      hint: 'What you ask for, in one line.',
    },
    details: {
      label: 'Details',
      hint: 'What happened, where things stand and what help you want.',
    },
    channel: {
      label: 'How to answer',
      options: {
        in_person: 'In person',
        phone: 'By phone',
        online: 'Online',
      },
    },
    phone: {
      label: 'Telephone',
      hint: 'A mobile number, or a landline with its area code.',
    },
    preferredDate: {
      label: 'Preferred date of the answer',
    },
  },
  deadlineKinds: {
    answer: 'Time limit to accept',
    conclusion: 'Time limit to conclude',
  },
  apply: {
    title: 'Apply: Legal consultation',
    intro: 'Choose one of the public legal service centres and describe what you ask for. Once accepted, it answers the way you chose.',
  },
  track: {
    title: 'Your request: Legal consultation',
  },
  rating: {
    heading: 'Rate this service',
    intro: 'Your rating goes to the organization that handled your request and helps it improve.',
  },
};
