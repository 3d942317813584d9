import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import FwWizard from './FwWizard.vue';

const steps = [
  { id: 'applicant', title: '申请人信息' },
  { id: 'case', title: '案情简述' },
  { id: 'confirm', title: '确认提交' },
];

const meta = {
  title: 'Display/Wizard',
  component: FwWizard,
  tags: ['autodocs'],
  args: { steps, label: '法律援助申请步骤', onFinish: fn(), 'onUpdate:current': fn() },
} satisfies Meta<typeof FwWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A legal aid application. The `beforeNext` guard checks the step (here: the name is filled in) and
 * keeps the user on it until it passes; focus then moves to the next step's heading.
 */
export const WithValidation: Story = {
  render: (args) => ({
    components: { FwWizard },
    setup() {
      const current = ref('applicant');
      const name = ref('');
      const error = ref('');
      const done = ref(false);
      const beforeNext = async (step: { id: string }) => {
        await new Promise((r) => setTimeout(r, 150));
        if (step.id === 'applicant' && !name.value.trim()) {
          error.value = '请填写申请人姓名';
          return false;
        }
        error.value = '';
        return true;
      };
      const onUpdate = (id: string) => {
        current.value = id;
        (args as unknown as Record<string, ((v: string) => void) | undefined>)['onUpdate:current']?.(id);
      };
      const onFinish = () => {
        done.value = true;
        args.onFinish?.();
      };
      return { args, current, name, error, done, beforeNext, onUpdate, onFinish };
    },
    template: `<FwWizard :steps="args.steps" :label="args.label" :current="current" :before-next="beforeNext" @update:current="onUpdate" @finish="onFinish">
      <template #step-applicant>
        <div style="display:flex;flex-direction:column;gap:var(--fw-space-2);max-width:24rem">
          <label for="wizard-name">申请人姓名（必填）</label>
          <input id="wizard-name" v-model="name" autocomplete="name" :aria-invalid="error ? 'true' : undefined" :aria-describedby="error ? 'wizard-name-error' : undefined"
            style="min-height:var(--fw-control-height);font:inherit;padding:0 var(--fw-space-2);border:var(--fw-border-width) solid var(--fw-color-border);border-radius:var(--fw-radius-md)" />
          <p v-if="error" id="wizard-name-error" role="alert" style="margin:0;color:var(--fw-color-danger)">{{ error }}</p>
        </div>
      </template>
      <template #step-case><p>请简要说明纠纷经过，例如：用人单位拖欠工资 3 个月。</p></template>
      <template #step-confirm>
        <p>申请人：{{ name }}</p>
        <p v-if="done" role="status">申请已提交，受理编号 FY-2026-000123（示例）。</p>
      </template>
    </FwWizard>`,
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const next = canvas.getByRole('button', { name: /下一步|Next/ });
    // The guard blocks an empty name…
    await userEvent.click(next);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('请填写申请人姓名');
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/申请人信息/);
    await expect(args['onUpdate:current']).not.toHaveBeenCalled();
    // …and allows it once filled in; focus moves to the new step's heading.
    await userEvent.type(canvas.getByLabelText(/申请人姓名/), '张三');
    await userEvent.click(next);
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/案情简述/));
    await expect(args['onUpdate:current']).toHaveBeenCalledWith('case');
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveFocus());
  },
};

/** The last step: 提交 runs the guard, then emits `finish`. */
export const LastStep: Story = {
  args: { current: 'confirm' },
  render: (args) => ({
    components: { FwWizard },
    setup: () => ({ args }),
    template: `<FwWizard v-bind="args">
      <template #default="{ step }"><p>请确认「{{ step.title }}」中的信息无误后提交。</p></template>
    </FwWizard>`,
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /提交|Submit/ }));
    await waitFor(() => expect(args.onFinish).toHaveBeenCalled());
    await expect(canvas.getByRole('button', { name: /上一步|Previous/ })).toBeInTheDocument();
  },
};
