import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import FwTimeline from './FwTimeline.vue';

// A fixed "now" keeps the remaining/overdue days stable in the docs and in the browser tests.
const NOW = '2026-11-28T10:00:00+08:00';

const meta = {
  title: 'Display/Timeline',
  component: FwTimeline,
  tags: ['autodocs'],
  args: {
    now: NOW,
    timeZone: 'Asia/Shanghai',
    items: [
      { id: 'submit', title: '提交申请', status: 'done', time: '2026-11-20T09:30:00+08:00', description: '申请人张三在线提交法律援助申请。' },
      { id: 'accept', title: '受理', status: 'done', time: '2026-11-21T14:05:00+08:00', description: '某某区法律援助中心已受理。' },
      { id: 'review', title: '审查经济困难状况', status: 'current', deadline: '2026-12-01', description: '工作人员正在核对经济困难证明材料。' },
      { id: 'assign', title: '指派律师', status: 'upcoming' },
      { id: 'close', title: '办结', status: 'upcoming' },
    ],
  },
} satisfies Meta<typeof FwTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A legal aid case under review, 3 days before its deadline. */
export const InProgress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: /办理进度|Case progress/ });
    const current = list.querySelector('[aria-current="step"]');
    await expect(current).toHaveTextContent(/审查经济困难状况/);
    await expect(current).toHaveTextContent(/剩余 3 天|3 days left/);
  },
};

/** A step past its deadline: the status and the deadline say so in words, not only in red. */
export const Overdue: Story = {
  args: {
    items: [
      { id: 'submit', title: '提交公证申请', status: 'done', time: '2026-11-10T10:00:00+08:00' },
      { id: 'supplement', title: '补正材料', status: 'overdue', deadline: '2026-11-26', description: '请补交房产证复印件。' },
      { id: 'issue', title: '出具公证书', status: 'upcoming', deadline: '2026-12-10' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/已超期 2 天|2 days overdue/)).toBeInTheDocument();
    await expect(canvas.getAllByText(/^(已超期|Overdue)$/)).toHaveLength(1);
  },
};

/** A finished case, with item titles as headings. */
export const Completed: Story = {
  args: {
    headingLevel: 3,
    items: [
      { id: 'apply', title: '申请人民调解', status: 'done', time: '2026-10-08T09:00:00+08:00' },
      { id: 'mediate', title: '调解', status: 'done', time: '2026-10-15T15:30:00+08:00', description: '双方达成调解协议。' },
      { id: 'confirm', title: '司法确认', status: 'done', time: '2026-10-22T11:00:00+08:00', deadline: '2026-10-30' },
    ],
  },
};
