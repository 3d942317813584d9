import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwCheckbox from './FwCheckbox.vue';

const meta = {
  title: 'Forms/Checkbox',
  component: FwCheckbox,
  tags: ['autodocs'],
  args: { label: '我已阅读并同意《法律援助申请须知》' },
  render: (args) => ({
    components: { FwCheckbox },
    setup: () => ({ args, value: ref((args as { modelValue?: boolean }).modelValue ?? false) }),
    template: '<FwCheckbox v-bind="args" v-model="value" />',
  }),
} satisfies Meta<typeof FwCheckbox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Space toggles; clicking the label toggles too. */
export const Default: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('checkbox', { name: /法律援助申请须知/ });
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
    await userEvent.click(canvas.getByText(/法律援助申请须知/));
    await expect(box).not.toBeChecked();
  },
};

export const WithDescription: Story = {
  args: {
    label: '接收短信通知',
    description: '受理、指派律师和结案时，我们会发短信到您登记的手机',
    modelValue: true,
  },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox', { name: '接收短信通知' });
    await expect(box).toBeChecked();
    await expect(box).toHaveAccessibleDescription(/发短信/);
  },
};

export const Disabled: Story = {
  args: { label: '申请减免公证费（本事项不适用）', disabled: true },
};
