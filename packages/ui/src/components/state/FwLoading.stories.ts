import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import FwLoading from './FwLoading.vue';

const meta = {
  title: 'Feedback/Loading',
  component: FwLoading,
  tags: ['autodocs'],
} satisfies Meta<typeof FwLoading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Spinner: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(/加载中…|Loading…/);
  },
};

/** Placeholder lines while a list loads; screen readers still hear 加载中…. */
export const Skeleton: Story = {
  args: { variant: 'skeleton', rows: 4 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(/加载中…|Loading…/);
  },
};

export const CustomLabel: Story = { args: { label: '正在查询案件进度…' } };
