import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwCheckboxGroup from './FwCheckboxGroup.vue';
import FwFormField from '../form-field/FwFormField.vue';

const materials = [
  { value: 'id', label: '居民身份证复印件' },
  { value: 'hardship', label: '经济困难状况说明表', description: '可在本平台下载空白表格' },
  { value: 'evidence', label: '与案件有关的证据材料' },
  { value: 'proxy', label: '代理人身份证明', description: '由他人代为申请时提供' },
];

const meta = {
  title: 'Forms/Checkbox group',
  component: FwCheckboxGroup,
  tags: ['autodocs'],
  args: { options: materials, legend: '已准备的材料' },
  render: (args) => ({
    components: { FwCheckboxGroup },
    setup: () => ({ args, value: ref<string[]>((args as { modelValue?: string[] }).modelValue ?? ['id']) }),
    template: '<FwCheckboxGroup v-bind="args" v-model="value" />',
  }),
} satisfies Meta<typeof FwCheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: '已准备的材料' })).toBeVisible();
    const evidence = canvas.getByRole('checkbox', { name: '与案件有关的证据材料' });
    await userEvent.click(evidence);
    await expect(evidence).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: '居民身份证复印件' })).toBeChecked();
  },
};

export const InFieldWithError: Story = {
  render: () => ({
    components: { FwCheckboxGroup, FwFormField },
    setup: () => ({ materials, value: ref<string[]>([]) }),
    template: `<FwFormField label="已准备的材料" required hint="至少选择一项" error="请至少选择一项已准备的材料">
      <FwCheckboxGroup v-model="value" :options="materials" orientation="horizontal" />
    </FwFormField>`,
  }),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group', { name: /已准备的材料/ });
    await expect(group).toHaveAccessibleDescription(/请至少选择一项/);
  },
};
