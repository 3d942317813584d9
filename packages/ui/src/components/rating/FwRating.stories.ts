import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import FwRating, { type FwRatingValue } from './FwRating.vue';

const meta = {
  title: 'Forms/Rating',
  component: FwRating,
  tags: ['autodocs'],
  args: { onSubmit: fn() },
  render: (args) => ({
    components: { FwRating },
    setup: () => ({
      args,
      value: ref<FwRatingValue>((args as { modelValue?: FwRatingValue }).modelValue ?? { level: null, details: '', followUpConsent: false }),
    }),
    template: '<div style="max-width: 720px"><FwRating v-bind="args" v-model="value" /></div>',
  }),
} satisfies Meta<typeof FwRating>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** 不满意 reveals the required "what went wrong" box and the follow-up consent. */
export const RevealsDetailsOnDissatisfied: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: /^(不满意|Dissatisfied)$/ }));
    const details = await canvas.findByRole('textbox', { name: /请告诉我们哪里没做好|Please tell us what went wrong/ });
    await expect(details).toHaveAttribute('aria-required', 'true');
    await expect(canvas.getByRole('checkbox', { name: /同意工作人员就此评价回访我|staff may contact me/ })).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelector('.fw-rating > [aria-live="polite"]')).toHaveTextContent(/已显示补充填写项|More questions shown/));
  },
};

/** Submitting a bad level without details is stopped; the message names what is missing. */
export const SubmitRequiresDetails: Story = {
  args: { modelValue: { level: 1, details: '', followUpConsent: false } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /提交评价|Submit evaluation/ }));
    const details = canvas.getByRole('textbox', { name: /请告诉我们哪里没做好|Please tell us what went wrong/ });
    await waitFor(() => expect(details).toHaveFocus());
    await expect(details).toHaveAccessibleDescription(/请填写哪里没做好|Tell us what went wrong/);
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await userEvent.type(details, '材料被要求重复提交三次');
    await userEvent.click(canvas.getByRole('button', { name: /提交评价|Submit evaluation/ }));
    await expect(args.onSubmit).toHaveBeenCalledWith({ level: 1, details: '材料被要求重复提交三次', followUpConsent: false });
  },
};

export const Satisfied: Story = {
  args: { modelValue: { level: 5, details: '', followUpConsent: false } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: /^(非常满意|Very satisfied)$/ })).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: /提交评价|Submit evaluation/ }));
    await expect(args.onSubmit).toHaveBeenCalledWith({ level: 5, details: '', followUpConsent: false });
  },
};
