import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { reactive, ref } from 'vue';
import FwForm from './FwForm.vue';
import { maxLength, phone, required, residentId, type FwRules } from './rules.js';
import FwButton from '../button/FwButton.vue';
import FwFormField from '../form-field/FwFormField.vue';
import FwIdInput from '../id-input/FwIdInput.vue';
import FwInput from '../input/FwInput.vue';
import FwPhoneInput from '../phone-input/FwPhoneInput.vue';
import FwSelect from '../select/FwSelect.vue';
import FwTextarea from '../textarea/FwTextarea.vue';

const serviceOptions = [
  { value: 'labour', label: '劳动争议' },
  { value: 'family', label: '婚姻家庭' },
  { value: 'injury', label: '人身损害赔偿' },
  { value: 'other', label: '其他民事纠纷' },
];

const rules: FwRules = {
  name: [required(), maxLength(20)],
  idNumber: [required(), residentId()],
  phone: [required(), phone()],
  caseType: [required()],
  facts: [required(), maxLength(500)],
};

function legalAidForm(initial: Record<string, string>, onSubmit: (model: Record<string, unknown>) => void, serverErrors?: Record<string, string>) {
  return {
    components: { FwForm, FwFormField, FwInput, FwIdInput, FwPhoneInput, FwSelect, FwTextarea, FwButton },
    setup() {
      const model = reactive({ name: '', idNumber: '', phone: '', caseType: '', facts: '', ...initial });
      const form = ref<InstanceType<typeof FwForm> | null>(null);
      function submit(m: Record<string, unknown>) {
        onSubmit(m);
        // A real page would POST here; a 422 problem+json's field errors go to setServerErrors.
        if (serverErrors) void form.value?.setServerErrors(serverErrors);
      }
      return { model, rules, form, submit, serviceOptions };
    },
    template: `
      <FwForm ref="form" :model="model" :rules="rules" label="法律援助申请" @submit="submit" style="max-width: 560px">
        <FwFormField label="申请人姓名" name="name" hint="与居民身份证一致">
          <FwInput v-model="model.name" autocomplete="name" />
        </FwFormField>
        <FwFormField label="居民身份证号码" name="idNumber">
          <FwIdInput v-model="model.idNumber" />
        </FwFormField>
        <FwFormField label="联系电话" name="phone" hint="手机或带区号的固定电话">
          <FwPhoneInput v-model="model.phone" />
        </FwFormField>
        <FwFormField label="纠纷类型" name="caseType">
          <FwSelect v-model="model.caseType" :options="serviceOptions" />
        </FwFormField>
        <FwFormField label="案情简述" name="facts" hint="请写明时间、地点、对方当事人和您的请求">
          <FwTextarea v-model="model.facts" :maxlength="500" />
        </FwFormField>
        <FwButton type="submit" variant="primary">提交申请</FwButton>
      </FwForm>`,
  };
}

const meta = {
  title: 'Forms/Form',
  component: FwForm,
  tags: ['autodocs'],
  args: { model: {}, onSubmit: fn() },
  render: (args) => legalAidForm({}, args.onSubmit as (m: Record<string, unknown>) => void),
} satisfies Meta<typeof FwForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 法律援助申请: empty, as a citizen first sees it. */
export const LegalAidApplication: Story = {};

/** Submitting with problems shows the summary, focuses it, and each link leads to its field. */
export const SubmitWithErrors: Story = {
  render: (args) => legalAidForm({ name: '张三', idNumber: '110105194912310020' }, args.onSubmit as (m: Record<string, unknown>) => void),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /提交申请/ }));
    const summary = await canvas.findByRole('group', { name: /提交前请修正以下 4 处问题|Fix the following 4 problems/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(args.onSubmit).not.toHaveBeenCalled();
    const link = within(summary).getByRole('link', { name: /居民身份证号码/ });
    await expect(link).toHaveTextContent(/校验码|check digit/);
    await userEvent.click(link);
    await expect(canvas.getByRole('textbox', { name: /居民身份证号码/ })).toHaveFocus();
  },
};

/** The API refused the application; its problem+json field errors appear on the fields and in the summary. */
export const ServerErrors: Story = {
  render: (args) =>
    legalAidForm(
      { name: '张三', idNumber: '11010519491231002X', phone: '13800138000', caseType: 'labour', facts: '2024 年 3 月起用人单位拖欠工资三个月。' },
      args.onSubmit as (m: Record<string, unknown>) => void,
      { idNumber: '该身份证号码已有一件正在审查的法律援助申请', phone: '该号码未通过短信验证' },
    ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /提交申请/ }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    const summary = await canvas.findByRole('group', { name: /提交前请修正以下 2 处问题|Fix the following 2 problems/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(canvas.getByRole('textbox', { name: /联系电话/ })).toHaveAccessibleDescription(/未通过短信验证/);
  },
};
