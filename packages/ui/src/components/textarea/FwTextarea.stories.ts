import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwTextarea from './FwTextarea.vue';

const meta = {
  title: 'Forms/Textarea',
  component: FwTextarea,
  tags: ['autodocs'],
  args: { label: '调解请求', rows: 4 },
  render: (args) => ({
    components: { FwTextarea },
    setup: () => ({ args, value: ref((args as { modelValue?: string }).modelValue ?? '') }),
    template: '<div style="max-width: 560px"><FwTextarea v-bind="args" v-model="value" /></div>',
  }),
} satisfies Meta<typeof FwTextarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { placeholder: '请写明您希望通过人民调解解决的问题' },
};

/** With a limit: the remaining count is visible, and in the textarea's description. */
export const WithCounter: Story = {
  args: { label: '案情简述', maxlength: 200 },
  play: async ({ canvasElement }) => {
    const textarea = within(canvasElement).getByRole('textbox', { name: '案情简述' });
    await userEvent.type(textarea, '邻居装修噪音扰民');
    await expect(within(canvasElement).getByText(/还可输入 192 个字|192 characters remaining/)).toBeVisible();
    await expect(textarea).toHaveAccessibleDescription(/还可输入 192 个字|192 characters remaining/);
  },
};

export const AutoGrow: Story = {
  args: {
    label: '事实与理由',
    autoGrow: true,
    rows: 2,
    modelValue:
      '2023 年 6 月，申请人在被申请人处从事保洁工作。\n被申请人未与申请人签订书面劳动合同，也未缴纳社会保险。\n2024 年 1 月起被申请人拖欠工资至今，共计人民币 12,000 元。',
  },
};

export const Disabled: Story = {
  args: { label: '处理意见（受理后由工作人员填写）', disabled: true, modelValue: '' },
};
