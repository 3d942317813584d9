import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwInput from './FwInput.vue';

const meta = {
  title: 'Forms/Input',
  component: FwInput,
  tags: ['autodocs'],
  args: { label: '律师事务所名称', placeholder: '如：北京市某某律师事务所' },
  render: (args) => ({
    components: { FwInput },
    setup: () => ({ args, value: ref((args as { modelValue?: string }).modelValue ?? '') }),
    template: '<div style="max-width: 420px"><FwInput v-bind="args" v-model="value" /></div>',
  }),
} satisfies Meta<typeof FwInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: '律师事务所名称' });
    await userEvent.type(input, '北京市某某律师事务所');
    await expect(input).toHaveValue('北京市某某律师事务所');
  },
};

/** A search box with a clear button that is named and returns focus to the input. */
export const Clearable: Story = {
  args: { label: '搜索公证事项', type: 'search', clearable: true, modelValue: '继承公证', placeholder: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox', { name: '搜索公证事项' });
    await userEvent.click(canvas.getByRole('button', { name: /清除“搜索公证事项”|Clear “搜索公证事项”/ }));
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const WithCounter: Story = {
  args: { label: '案件名称', maxlength: 30, modelValue: '张三诉某某公司劳动争议纠纷', placeholder: undefined },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: '案件名称' });
    await expect(input).toHaveAccessibleDescription(/已输入 13 个字，最多 30 个字|13 of 30 characters used/);
  },
};

export const PrefixAndSuffix: Story = {
  args: { label: '诉讼标的额', type: 'number', inputmode: 'decimal', modelValue: '58000', placeholder: undefined },
  render: (args) => ({
    components: { FwInput },
    setup: () => ({ args, value: ref('58000') }),
    template: `<div style="max-width: 420px"><FwInput v-bind="args" v-model="value">
      <template #prefix><span aria-hidden="true">¥</span></template>
      <template #suffix>元</template>
    </FwInput></div>`,
  }),
};

export const DisabledAndReadonly: Story = {
  render: () => ({
    components: { FwInput },
    template: `<div style="max-width: 420px; display: grid; gap: 16px">
      <FwInput label="受理编号（系统生成）" model-value="FY-2024-000123" readonly />
      <FwInput label="承办律师（暂未指派）" model-value="" placeholder="待指派" disabled />
    </div>`,
  }),
};
