import { defineComponent, h, reactive } from 'vue';
import CaseActionBar from './CaseActionBar.vue';
import CaseActionDialog from './CaseActionDialog.vue';
import { storyTransition, storyUi, withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';

/** The workbench action bar: the workflow's actions for the officer in the case's state; 不予办理 asks for a reason in a dialog. */
export default {
  title: 'Casework/Action bar',
  component: CaseActionBar,
  tags: ['autodocs'],
  decorators: [withCaseModule],
} satisfies StoryMeta;

function bar(status: string): Story {
  return {
    render: () =>
      defineComponent(() => {
        const subject = reactive({ id: 'c1', version: 1, status, history: [] });
        const transition = storyTransition();
        const model = reactive({ reason: '' });
        return () =>
          h(CaseActionBar, { ui: storyUi, actor: 'officer', subject, transition, headingId: 'story-actions' }, {
            dialog: (scope: { action: string; busy: boolean; danger: boolean; dialogRef: (form: unknown) => void; setOpen: (open: boolean) => void; submit: (input: object) => void }) =>
              h(CaseActionDialog, { ref: scope.dialogRef as never, open: true, 'onUpdate:open': scope.setOpen, action: scope.action, reference: 'JS-1', model, rules: {}, busy: scope.busy, danger: scope.danger, onSubmit: () => scope.submit({ reason: model.reason }) }, () => h('textarea', { name: 'reason', 'aria-label': '理由' })),
          });
      }),
  };
}

export const Open: Story = bar('open');
/** A state the workflow offers the officer nothing in. */
export const NothingToDo: Story = bar('closed');
