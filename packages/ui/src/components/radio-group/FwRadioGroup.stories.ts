import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import FwRadioGroup from './FwRadioGroup.vue';
import FwFormField from '../form-field/FwFormField.vue';

const ways = [
  { value: 'online', label: '网上办理', description: '在线提交材料，3 个工作日内答复' },
  { value: 'window', label: '窗口办理', description: '携带原件到公证处服务窗口' },
  { value: 'home', label: '上门服务', description: '行动不便的老年人、残疾人可预约' },
];

const meta = {
  title: 'Forms/Radio group',
  component: FwRadioGroup,
  tags: ['autodocs'],
  args: { options: ways, legend: '办理方式' },
  render: (args) => ({
    components: { FwRadioGroup },
    setup: () => ({ args, value: ref((args as { modelValue?: string }).modelValue ?? '') }),
    template: '<FwRadioGroup v-bind="args" v-model="value" />',
  }),
} satisfies Meta<typeof FwRadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithDescriptions: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radiogroup', { name: '办理方式' })).toBeVisible();
    const home = canvas.getByRole('radio', { name: '上门服务' });
    await expect(home).toHaveAccessibleDescription(/行动不便/);
    await userEvent.click(canvas.getByText('上门服务'));
    await expect(home).toBeChecked();
  },
};

/** Horizontal: the arrow keys move and choose (one Tab stop for the whole group). */
export const HorizontalWithArrowKeys: Story = {
  args: {
    legend: '性别',
    orientation: 'horizontal',
    modelValue: 'female',
    options: [
      { value: 'female', label: '女' },
      { value: 'male', label: '男' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const female = canvas.getByRole('radio', { name: '女' });
    await waitFor(() => expect(female).toHaveFocus());
    // Held down as a person's key is (Reka checks the radio focus lands on while the arrow key is down).
    await userEvent.keyboard('{ArrowRight>}');
    const male = canvas.getByRole('radio', { name: '男' });
    await waitFor(() => expect(male).toHaveFocus());
    await waitFor(() => expect(male).toBeChecked());
    await userEvent.keyboard('{/ArrowRight}');
    await expect(female).not.toBeChecked();
  },
};

export const InFieldWithError: Story = {
  render: () => ({
    components: { FwRadioGroup, FwFormField },
    setup: () => ({ ways, value: ref('') }),
    template: `<FwFormField label="办理方式" required error="请选择办理方式" hint="上门服务需提前 3 天预约">
      <FwRadioGroup v-model="value" :options="ways" />
    </FwFormField>`,
  }),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('radiogroup', { name: /办理方式/ });
    await expect(group).toHaveAccessibleDescription(/请选择办理方式/);
  },
};

export const WithDisabledOption: Story = {
  args: {
    legend: '预约时段',
    modelValue: 'am',
    options: [
      { value: 'am', label: '上午 9:00–11:30' },
      { value: 'pm', label: '下午 13:30–17:00', description: '已约满', disabled: true },
    ],
  },
};
