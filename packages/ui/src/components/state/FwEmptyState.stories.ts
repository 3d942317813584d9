import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import FwButton from '../button/FwButton.vue';
import FwEmptyState from './FwEmptyState.vue';

const meta = {
  title: 'Feedback/Empty state',
  component: FwEmptyState,
  tags: ['autodocs'],
} satisfies Meta<typeof FwEmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/暂无数据|No data/)).toBeInTheDocument();
  },
};

/** No search results, with a way out. */
export const WithAction: Story = {
  args: { title: '没有找到符合条件的律师', description: '试试减少筛选条件，或拨打 12348 公共法律服务热线咨询。', icon: 'search', headingLevel: 2 },
  render: (args) => ({
    components: { FwEmptyState, FwButton },
    setup: () => ({ args }),
    template: `<FwEmptyState v-bind="args"><template #action><FwButton variant="primary">清除筛选条件</FwButton></template></FwEmptyState>`,
  }),
};
