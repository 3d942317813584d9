import { h } from 'vue';
import CaseTrackingFrame from './CaseTrackingFrame.vue';
import CaseStatusBadge from './CaseStatusBadge.vue';
import { loadedQuery, storyUi, withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';

/** The applicant's tracking page frame: title, the module's overview, the rating once the case may be rated, the record. */
export default {
  title: 'Casework/Tracking frame',
  component: CaseTrackingFrame,
  tags: ['autodocs'],
  decorators: [withCaseModule],
} satisfies StoryMeta;

function tracking(status: string): Story {
  const rating = { heading: '评价本次服务', intro: '您的评价会帮助我们改进服务。', headingId: 'story-rating', ratedHeadingId: 'story-rated', subjectType: 'application' as const };
  return {
    render: () => ({
      render: () =>
        h(CaseTrackingFrame, { query: loadedQuery({ id: 'c1', status, reference: 'JS-1' }), title: '办理进度', loadingLabel: '正在加载', failedTitle: '加载失败', notFoundTitle: '找不到这件案件', definition: { id: 'mediation', rateable: ['closed'], rated: 'rated' }, rating }, {
          default: ({ data }: { data: { status: string; reference: string } }) => h('p', [h(CaseStatusBadge, { ui: storyUi, status: data.status }), ` ${data.reference}`]),
          record: () => h('p', '（办理记录、法定时限、材料）'),
        }),
    }),
  };
}

export const InProgress: Story = tracking('open');
/** Closed: the applicant may rate it (好差评). */
export const Rateable: Story = tracking('closed');
