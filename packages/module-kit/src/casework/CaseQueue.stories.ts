import { h, type Component } from 'vue';
import CaseList from './CaseList.vue';
import CaseQueue from './CaseQueue.vue';
import { loadedQuery, storyUi, withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';
import { defineUrlFilters, flagFilter } from './urlFilters.js';

/** A workbench queue: title, filters kept in the URL (只看已逾期 here), the list of cases. */
export default {
  title: 'Casework/Queue',
  component: CaseQueue as Component,
  tags: ['autodocs'],
  decorators: [withCaseModule],
} satisfies StoryMeta;

const filters = defineUrlFilters({ overdue: flagFilter });
const rows = [
  { id: 'a', reference: 'JS-1', status: 'refused', dueAt: '2026-11-30T08:00:00Z', overdue: true },
  { id: 'b', reference: 'JS-2', status: 'open', dueAt: '2099-12-01T08:00:00Z', overdue: false },
];

export const Default: Story = {
  render: () => ({
    render: () =>
      h(CaseQueue as Component, { definition: filters, title: '案件队列', description: '本地区提交的案件。', filtersLabel: '筛选条件' }, {
        default: ({ detailQuery }: { detailQuery: (id: string) => object }) =>
          h(CaseList as Component, {
            caption: '案件队列',
            ui: storyUi,
            columns: [{ key: 'reference', title: '受理编号' }, { key: 'status', title: '状态' }, { key: 'dueAt', title: '法定期限' }],
            load: () => ({ ...loadedQuery({ items: rows, total: rows.length }) }),
            linkTo: (row: { id: string }) => ({ query: detailQuery(row.id) }),
            emptyText: '队列中暂无案件',
            noDueText: '无',
          }),
      }),
  }),
};
