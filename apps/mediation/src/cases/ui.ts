/**
 * The mediation workflow as the case pages show it (`@fawang/module-kit/casework`): the tone of each status
 * badge and the look of the mediator's decisive buttons. The words are in the messages (`statuses.<status>`,
 * `actions.names.<action>`, checked against the workflow by `defineCaseWords`).
 */
import { defineCaseUi } from '@fawang/module-kit/casework';
import { mediationWorkflow } from '@fawang/workflow/mediation';

export const mediationUi = defineCaseUi(mediationWorkflow, {
  tones: {
    draft: 'neutral',
    submitted: 'info',
    accepted: 'info',
    assigned: 'info',
    in_mediation: 'warning',
    agreed: 'success',
    evaluated: 'success',
    failed: 'danger',
    declined: 'danger',
    withdrawn: 'neutral',
  },
  variants: { accept: 'primary', record_agreement: 'primary', decline: 'danger' },
});
