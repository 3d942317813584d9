import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import FwSteps from './FwSteps.vue';

const steps = [
  { id: 'applicant', title: '填写申请人信息' },
  { id: 'case', title: '填写案情' },
  { id: 'materials', title: '上传材料' },
  { id: 'confirm', title: '确认提交' },
];

const meta = {
  title: 'Display/Steps',
  component: FwSteps,
  tags: ['autodocs'],
  args: { steps, current: 'case' },
} satisfies Meta<typeof FwSteps>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items[1]).toHaveAttribute('aria-current', 'step');
    await expect(items[0]).toHaveTextContent(/已完成|Done/);
    await expect(items[3]).toHaveTextContent(/未开始|Not started/);
  },
};

/** Vertical, with descriptions (care mode always stacks the steps). */
export const Vertical: Story = {
  args: {
    orientation: 'vertical',
    current: 'materials',
    steps: [
      { id: 'applicant', title: '填写申请人信息', description: '姓名、身份证号、联系电话' },
      { id: 'case', title: '填写案情', description: '纠纷类型、对方当事人' },
      { id: 'materials', title: '上传材料', description: '身份证明、经济困难证明' },
      { id: 'confirm', title: '确认提交' },
    ],
  },
};

export const LastStep: Story = { args: { current: 'confirm' } };
