import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwPhoneInput from './FwPhoneInput.vue';

const meta = {
  title: 'Forms/Phone input',
  component: FwPhoneInput,
  tags: ['autodocs'],
  args: { label: '联系电话' },
  render: (args) => ({
    components: { FwPhoneInput },
    setup: () => ({ args, value: ref((args as { modelValue?: string }).modelValue ?? ''), normalized: ref<string | null>(null) }),
    template: `<div style="max-width: 420px">
      <FwPhoneInput v-bind="args" v-model="value" @normalized="normalized = $event" />
      <p>提交给接口的号码：{{ normalized ?? '（无效或未填写）' }}</p>
    </div>`,
  }),
} satisfies Meta<typeof FwPhoneInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the person types stays as typed; the API gets the digits. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: '联系电话' });
    await userEvent.type(input, '+86 138-0013-8000');
    await expect(input).toHaveValue('+86 138-0013-8000');
    await expect(canvas.getByText('提交给接口的号码：13800138000')).toBeVisible();
  },
};

export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: '联系电话' });
    await userEvent.type(input, '12348');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/请输入正确的手机号码|Enter a valid mobile number/);
  },
};

export const MobileOnly: Story = {
  args: { label: '接收短信的手机号码', kinds: ['mobile'], modelValue: '010-12345678' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: '接收短信的手机号码' });
    input.focus();
    await userEvent.tab();
    await expect(input).toHaveAccessibleDescription(/11 位手机号码|11-digit mobile number/);
  },
};

export const Landline: Story = {
  args: { label: '单位电话', kinds: ['landline'], modelValue: '0833-1234567' },
};
