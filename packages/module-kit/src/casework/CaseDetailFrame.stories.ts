import { h, type Component } from 'vue';
import CaseDetailFrame from './CaseDetailFrame.vue';
import { loadedQuery, withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';

/** The workbench detail frame: the way back to the filtered queue, the case's h1, the module's sections. */
export default {
  title: 'Casework/Detail frame',
  component: CaseDetailFrame,
  tags: ['autodocs'],
  decorators: [withCaseModule],
} satisfies StoryMeta;

export const Default: Story = {
  render: () => ({
    render: () =>
      h(CaseDetailFrame as Component, { query: loadedQuery({ reference: 'JS-1' }), backTo: { query: { overdue: 'true' } }, backLabel: '返回案件队列', heading: (data: { reference: string }) => `案件 ${data.reference}`, loadingLabel: '正在加载', failedTitle: '加载失败', notFoundTitle: '找不到这件案件' }, () =>
        h('dl', [h('dt', '受理编号'), h('dd', 'JS-1')]),
      ),
  }),
};
