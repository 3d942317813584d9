/**
 * The legal-aid workflow as the case pages show it (`@fawang/module-kit/casework`): the tone of each
 * status badge and the look of the officer's decisive buttons. The words are in the messages
 * (`statuses.<status>`, `actions.names.<action>`, checked against the workflow by `defineCaseWords`).
 */
import { defineCaseUi } from '@fawang/module-kit/casework';
import { legalAidWorkflow } from '@fawang/workflow/legal-aid';

export const legalAidUi = defineCaseUi(legalAidWorkflow, {
  tones: { refused: 'danger', needs_material: 'warning', approved: 'success', assigned: 'success', closed: 'neutral', withdrawn: 'neutral' },
  variants: { approve: 'primary', uphold_objection: 'primary', refuse: 'danger', reject_objection: 'danger' },
});
