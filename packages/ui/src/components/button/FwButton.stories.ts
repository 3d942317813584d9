import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import FwButton from './FwButton.vue';

const meta = {
  title: 'Foundations/Button',
  component: FwButton,
  tags: ['autodocs'],
  args: { onClick: fn() },
  render: (args) => ({
    components: { FwButton },
    setup: () => ({ args }),
    template: '<FwButton v-bind="args">{{ args.text }}</FwButton>',
  }),
} satisfies Meta<typeof FwButton & { text?: string }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  args: { variant: 'primary', text: '在线申请' } as never,
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: /在线申请|Apply/ });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onClick).toHaveBeenCalled();
  },
};

export const Variants: Story = {
  render: () => ({
    components: { FwButton },
    template: `<div style="display:flex;gap:12px;flex-wrap:wrap">
      <FwButton variant="primary">主要操作</FwButton>
      <FwButton>次要操作</FwButton>
      <FwButton variant="text">文字按钮</FwButton>
      <FwButton variant="danger">撤回申请</FwButton>
      <FwButton variant="primary" size="lg" icon="search">查找律师</FwButton>
      <FwButton icon="close" label="关闭" />
    </div>`,
  }),
};

export const Loading: Story = {
  args: { variant: 'primary', loading: true, text: '提交中' } as never,
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

export const Disabled: Story = { args: { disabled: true, text: '不可用' } as never };
