import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import FwSelect from './FwSelect.vue';
import FwFormField from '../form-field/FwFormField.vue';

const options = [
  { value: 'beijing-1', label: '北京市第一公证处' },
  { value: 'beijing-2', label: '北京市第二公证处' },
  { value: 'changan', label: '北京市长安公证处（暂停受理）', disabled: true },
  { value: 'fangzheng', label: '北京市方正公证处' },
];

const meta = {
  title: 'Forms/Select',
  component: FwSelect,
  tags: ['autodocs'],
  args: { options, label: '公证机构' },
  render: (args) => ({
    components: { FwSelect },
    setup: () => ({ args, value: ref((args as { modelValue?: string }).modelValue ?? '') }),
    template: '<div style="max-width: 420px"><FwSelect v-bind="args" v-model="value" /></div>',
  }),
} satisfies Meta<typeof FwSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Keyboard only: open with ↓, move with ↓, pick with Enter; focus returns to the button. */
export const PickWithKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('combobox', { name: '公证机构' });
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    const listbox = await within(document.body).findByRole('listbox', { name: '公证机构' });
    await waitFor(() => expect(within(listbox).getByRole('option', { name: '北京市第一公证处' })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(within(listbox).getByRole('option', { name: '北京市第二公证处' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(trigger).toHaveTextContent('北京市第二公证处'));
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};

export const InFieldWithError: Story = {
  render: () => ({
    components: { FwSelect, FwFormField },
    setup: () => ({ options, value: ref('') }),
    template: `<div style="max-width: 420px">
      <FwFormField label="办理机构" required hint="按户籍地或经常居住地选择" error="请选择办理机构">
        <FwSelect v-model="value" :options="options" />
      </FwFormField>
    </div>`,
  }),
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('combobox', { name: /办理机构/ });
    await expect(trigger).toHaveAttribute('aria-invalid', 'true');
    await expect(trigger).toHaveAccessibleDescription(/请选择办理机构/);
  },
};

export const Disabled: Story = {
  args: { disabled: true, modelValue: 'beijing-1' },
};
