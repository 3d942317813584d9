import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import FwDatePicker from './FwDatePicker.vue';
import FwFormField from '../form-field/FwFormField.vue';

const meta = {
  title: 'Forms/Date picker',
  component: FwDatePicker,
  tags: ['autodocs'],
  args: { label: '预约日期' },
  render: (args) => ({
    components: { FwDatePicker },
    setup: () => ({ args, value: ref((args as { modelValue?: string }).modelValue ?? '') }),
    template: '<div style="min-height: 440px"><FwDatePicker v-bind="args" v-model="value" /><p>所选日期：{{ value || "（未选择）" }}</p></div>',
  }),
} satisfies Meta<typeof FwDatePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The calendar: its buttons are named, Esc closes it and returns focus to the calendar button. */
export const Calendar: Story = {
  args: { modelValue: '2024-05-20', min: '2024-05-01', max: '2024-06-30' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const open = canvas.getByRole('button', { name: /打开日历选择日期|Open calendar/ });
    await userEvent.click(open);
    const dialog = await within(document.body).findByRole('dialog', { name: /选择日期|Choose a date/ });
    const next = within(dialog).getByRole('button', { name: /下个月|Next month/ });
    await expect(within(dialog).getByRole('button', { name: /上个月|Previous month/ })).toBeVisible();
    await userEvent.click(next);
    await userEvent.click(within(dialog).getByRole('button', { name: /2024年6月12日|June 12, 2024/ }));
    await waitFor(() => expect(canvas.getByText(/所选日期：2024-06-12/)).toBeVisible());
    await userEvent.click(open);
    await within(document.body).findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(open).toHaveFocus());
  },
};

/** A typed date outside min/max gets a message naming the allowed range. */
export const OutOfRange: Story = {
  render: () => ({
    components: { FwDatePicker, FwFormField },
    setup: () => ({ value: ref('2023-12-25') }),
    template: `<FwFormField label="开庭日期" required hint="仲裁委员会可安排的日期">
      <FwDatePicker v-model="value" min="2024-01-02" max="2024-03-29" />
    </FwFormField>`,
  }),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group', { name: /开庭日期/ });
    await expect(group).toHaveAccessibleDescription(/2024年1月2日 至 2024年3月29日|January 2, 2024 and March 29, 2024/);
  },
};

export const Disabled: Story = {
  args: { label: '受理日期（系统生成）', modelValue: '2024-04-01', disabled: true },
};
