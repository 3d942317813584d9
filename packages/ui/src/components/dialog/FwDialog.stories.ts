import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import FwButton from '../button/FwButton.vue';
import FwDialog from './FwDialog.vue';

const meta = {
  title: 'Display/Dialog',
  component: FwDialog,
  tags: ['autodocs'],
  args: { title: '撤回法律援助申请', description: '撤回后，如需援助须重新提交申请。' },
  render: (args) => ({
    components: { FwDialog, FwButton },
    setup: () => ({ args, result: ref('') }),
    template: `<FwDialog v-bind="args">
        <template #trigger><FwButton variant="danger">撤回申请</FwButton></template>
        <p>申请编号 FY-2026-000123（示例）</p>
        <template #footer="{ close }">
          <FwButton @click="close">取消</FwButton>
          <FwButton variant="danger" @click="result = '已撤回'; close()">确认撤回</FwButton>
        </template>
      </FwDialog>
      <p role="status" style="margin-top:var(--fw-space-3)">{{ result }}</p>`,
  }),
} satisfies Meta<typeof FwDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens from its trigger, traps focus, closes on Esc and gives focus back to the trigger. */
export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(document.body);
    const trigger = canvas.getByRole('button', { name: '撤回申请' });
    await userEvent.click(trigger);
    const dialog = await body.findByRole('dialog', { name: '撤回法律援助申请' });
    await expect(dialog).toHaveAccessibleDescription(/撤回后/);
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    // Focus is trapped: tabbing past the last button wraps inside the dialog.
    for (let i = 0; i < 4; i += 1) {
      await userEvent.tab();
      await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The footer's action closes it through the slot's `close`. */
export const FooterAction: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(document.body);
    await userEvent.click(canvas.getByRole('button', { name: '撤回申请' }));
    const dialog = await body.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认撤回' }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('status')).toHaveTextContent('已撤回');
  },
};

/** Controlled with v-model:open and a form inside; the named close button closes it. */
export const Controlled: Story = {
  args: { title: '预约公证', description: undefined, size: 'lg', closeOnOverlay: false },
  render: (args) => ({
    components: { FwDialog, FwButton },
    setup: () => ({ args, open: ref(false) }),
    template: `<FwButton variant="primary" @click="open = true">预约公证</FwButton>
      <FwDialog v-bind="args" v-model:open="open">
        <form style="display:flex;flex-direction:column;gap:var(--fw-space-2)" @submit.prevent="open = false">
          <label for="notary-date">预约日期</label>
          <input id="notary-date" type="date" style="min-height:var(--fw-control-height);font:inherit" />
          <label for="notary-matter">公证事项</label>
          <input id="notary-matter" value="继承公证" style="min-height:var(--fw-control-height);font:inherit" />
          <div style="display:flex;justify-content:flex-end;gap:var(--fw-space-3);margin-top:var(--fw-space-3)">
            <FwButton @click="open = false">取消</FwButton>
            <FwButton type="submit" variant="primary">提交预约</FwButton>
          </div>
        </form>
      </FwDialog>`,
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(document.body);
    const opener = canvas.getByRole('button', { name: '预约公证' });
    await userEvent.click(opener);
    const dialog = await body.findByRole('dialog', { name: '预约公证' });
    await userEvent.click(within(dialog).getByRole('button', { name: /关闭|Close/ }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
  },
};
