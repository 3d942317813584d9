import { h } from 'vue';
import CaseStatusBadge from './CaseStatusBadge.vue';
import { storyUi, withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';

/** A case's status in the module's words (`statuses.<status>`) with the module's tone. */
export default {
  title: 'Casework/Status badge',
  component: CaseStatusBadge,
  tags: ['autodocs'],
  decorators: [withCaseModule],
  args: { ui: storyUi, status: 'open' },
} satisfies StoryMeta;

export const Open: Story = {};
export const EveryStatus: Story = {
  render: () => ({ render: () => h('p', { style: 'display:flex;gap:8px' }, ['open', 'refused', 'closed', 'rated'].map((status) => h(CaseStatusBadge, { ui: storyUi, status }))) }),
};
