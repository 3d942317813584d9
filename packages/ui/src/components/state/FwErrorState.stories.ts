import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import FwErrorState from './FwErrorState.vue';

const meta = {
  title: 'Feedback/Error state',
  component: FwErrorState,
  tags: ['autodocs'],
  args: { onRetry: fn() },
} satisfies Meta<typeof FwErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent(/加载失败|Could not load/);
    await userEvent.click(canvas.getByRole('button', { name: /重试|Try again/ }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** With the code and trace id a user can quote to support. */
export const WithSupportCode: Story = {
  args: {
    title: '案件进度查询失败',
    description: '服务暂时不可用，请稍后重试；如多次失败，请拨打 12348 并告知以下编号。',
    code: 'E5001',
    traceId: '7f3a91bc-0d2e-4c55-9a1f-3b8e2c6d1a00',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('E5001')).toBeInTheDocument();
  },
};

/** Retry in progress. */
export const Retrying: Story = { args: { retrying: true } };
