import { h } from 'vue';
import CaseApplyFrame from './CaseApplyFrame.vue';
import { withCaseModule, type Story, type StoryMeta } from './stories/storyModule.js';

/**
 * A case module's filing page frame: the sign-in prompt for a visitor, the module's form for a signed-in
 * citizen, and — shown here — the confirmation once filed: the reference, the module's lines about what
 * happens next, the tracking link.
 */
export default {
  title: 'Casework/Apply frame',
  component: CaseApplyFrame,
  tags: ['autodocs'],
  decorators: [withCaseModule],
} satisfies StoryMeta;

export const Filed: Story = {
  render: () => ({
    render: () =>
      h(
        CaseApplyFrame,
        {
          title: '申请家事法律服务',
          signIn: { heading: '请先登录', body: '在线申请需要先登录，以便查看办理进度和接收通知。', link: '登录后申请' },
          filed: { id: 'c1', reference: 'JS-511100-20261207-0A1B2C3D' },
          filedWords: { title: '已提交', reference: '受理编号', track: '查看办理进度' },
        },
        { filed: () => [h('p', '请记下受理编号，可在“我的”中随时查看办理进度。'), h('p', '受理期限：2026年12月10日')] },
      ),
  }),
};
