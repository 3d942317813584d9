import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwIdInput from './FwIdInput.vue';
import FwFormField from '../form-field/FwFormField.vue';

// Synthetic numbers with valid check digits; they belong to no one.
const VALID = '11010519491231002X';

const meta = {
  title: 'Forms/ID input',
  component: FwIdInput,
  tags: ['autodocs'],
  args: { label: '居民身份证号码' },
  render: (args) => ({
    components: { FwIdInput },
    setup: () => ({ args, value: ref((args as { modelValue?: string }).modelValue ?? '') }),
    template: '<div style="max-width: 420px"><FwIdInput v-bind="args" v-model="value" /></div>',
  }),
} satisfies Meta<typeof FwIdInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Spaces are dropped and x becomes X as you type; a valid number shows its birth date. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: '居民身份证号码' });
    await userEvent.type(input, '4403 0419 9003 0712 3x');
    await expect(input).toHaveValue('44030419900307123X');
    await expect(input).toHaveAccessibleDescription(/出生日期：1990年3月7日|Date of birth: March 7, 1990/);
  },
};

/** A wrong last digit is caught on blur, and the message says it is the check digit. */
export const BadCheckDigit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: '居民身份证号码' });
    await userEvent.type(input, '440304199003071230');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/校验码|check digit/);
  },
};

/** Masked when not focused; the toggle shows the full number (aria-pressed). */
export const Masked: Story = {
  args: { modelValue: VALID, mask: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: '居民身份证号码' });
    await expect(input).toHaveValue('110***********002X');
    const toggle = canvas.getByRole('button', { name: /显示完整号码|Show full number/ });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(input).toHaveValue(VALID);
  },
};

export const InFormField: Story = {
  render: () => ({
    components: { FwIdInput, FwFormField },
    setup: () => ({ value: ref('11010519491231002') }),
    template: `<div style="max-width: 420px">
      <FwFormField label="被申请人身份证号码" hint="不清楚可不填">
        <FwIdInput v-model="value" />
      </FwFormField>
    </div>`,
  }),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /被申请人身份证号码/ });
    input.focus();
    await userEvent.tab();
    await expect(input).toHaveAccessibleDescription(/18 位|18 characters/);
  },
};
