import { h, type Component } from 'vue';
import CaseList from './CaseList.vue';
import { loadedQuery, storyUi, withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';

/** A list of cases: the reference links, the status in words and tone, the deadline with 已逾期. */
export default {
  title: 'Casework/List',
  component: CaseList as Component,
  tags: ['autodocs'],
  decorators: [withCaseModule],
} satisfies StoryMeta;

function list(items: object[]): Story {
  return {
    render: () => ({
      render: () =>
        h(CaseList as Component, {
          caption: '我的案件',
          ui: storyUi,
          columns: [{ key: 'reference', title: '受理编号' }, { key: 'status', title: '状态' }, { key: 'dueAt', title: '法定期限' }],
          load: () => loadedQuery({ items, total: items.length }),
          linkTo: (row: { id: string }) => `/family-law/cases/${row.id}`,
          emptyText: '您还没有案件',
          noDueText: '无',
        }),
    }),
  };
}

export const Default: Story = list([
  { id: 'a', reference: 'JS-1', status: 'refused', dueAt: '2026-11-30T08:00:00Z', overdue: true },
  { id: 'b', reference: 'JS-2', status: 'closed' },
]);
export const Empty: Story = list([]);
