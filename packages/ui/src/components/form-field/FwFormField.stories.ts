import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwFormField from './FwFormField.vue';
import FwInput from '../input/FwInput.vue';

const meta = {
  title: 'Forms/Form field',
  component: FwFormField,
  tags: ['autodocs'],
  args: { label: '申请人姓名' },
  render: (args) => ({
    components: { FwFormField, FwInput },
    setup: () => ({ args, value: ref('') }),
    template: '<FwFormField v-bind="args"><FwInput v-model="value" autocomplete="name" /></FwFormField>',
  }),
} satisfies Meta<typeof FwFormField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithHint: Story = {
  args: { label: '申请人姓名', hint: '请填写与居民身份证一致的姓名' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /申请人姓名/ });
    await expect(input).toHaveAccessibleDescription(/居民身份证/);
    await userEvent.click(within(canvasElement).getByText('申请人姓名'));
    await expect(input).toHaveFocus();
  },
};

export const Required: Story = {
  args: { label: '联系地址', required: true, hint: '法律援助中心将按此地址寄送文书' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /联系地址.*(（必填）|\(required\))/ });
    await expect(input).toHaveAttribute('aria-required', 'true');
  },
};

export const WithError: Story = {
  args: { label: '邮政编码', hint: '6 位数字', error: '邮政编码应为 6 位数字，如 100000', required: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /邮政编码/ });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/邮政编码应为 6 位数字/);
  },
};

export const HiddenLabel: Story = {
  args: { label: '搜索律师事务所', hideLabel: true, hint: '可按名称或执业证号搜索' },
};
