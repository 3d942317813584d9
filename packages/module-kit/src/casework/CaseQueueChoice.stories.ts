import CaseQueueChoice from './CaseQueueChoice.vue';
import { withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';

/** A queue's choice filter: "all" first, which the queue keeps out of the URL. */
export default {
  title: 'Casework/Queue choice',
  component: CaseQueueChoice,
  tags: ['autodocs'],
  decorators: [withCaseModule],
  args: {
    label: '状态',
    allLabel: '全部状态',
    options: [
      { value: 'open', label: '办理中' },
      { value: 'closed', label: '已办结' },
    ],
    modelValue: undefined,
  },
} satisfies StoryMeta;

export const All: Story = {};
export const OneStatus: Story = { args: { modelValue: 'closed' } };
