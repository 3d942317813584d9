import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import FwButton from '../button/FwButton.vue';
import FwToaster from './FwToaster.vue';
import { createFwToastManager } from './store.js';
import { useToast } from './useToast.js';

const meta = {
  title: 'Feedback/Toast',
  component: FwToaster,
  tags: ['autodocs'],
} satisfies Meta<typeof FwToaster>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The host places one FwToaster; `useToast()` anywhere shows toasts in it. Each tone has an icon and
 * a word; errors stay until dismissed; hovering or focusing the region pauses the timers.
 */
export const Tones: Story = {
  render: () => ({
    components: { FwToaster, FwButton },
    setup() {
      const toast = useToast();
      return {
        success: () => toast.success('法律援助申请已提交，受理编号 FY-2026-000123（示例）'),
        info: () => toast.info('12 月 3 日上午系统维护，届时暂停在线申请。', { title: '系统通知' }),
        warning: () => toast.warning('请在 3 个工作日内补交经济困难证明。', { title: '材料待补正' }),
        error: () => toast.error('网络连接失败，请稍后重试。'),
      };
    },
    template: `<div style="display:flex;flex-wrap:wrap;gap:var(--fw-space-3)">
      <FwButton variant="primary" @click="success">提交申请</FwButton>
      <FwButton @click="info">系统通知</FwButton>
      <FwButton @click="warning">补正提醒</FwButton>
      <FwButton variant="danger" @click="error">模拟失败</FwButton>
    </div>
    <FwToaster />`,
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(document.body);
    await expect(body.getByRole('region', { name: /通知|Notifications/ })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: '提交申请' }));
    // Announced in the polite live region…
    await waitFor(() => expect(body.getByRole('status')).toHaveTextContent(/法律援助申请已提交/));
    // …and shown in the region with its tone in words.
    const region = body.getByRole('region', { name: /通知|Notifications/ });
    await waitFor(() => expect(region).toHaveTextContent(/成功|Success/));
    await userEvent.click(within(region).getByRole('button', { name: /关闭通知|Dismiss notification/ }));
    await waitFor(() => expect(region.querySelector('li[data-state="open"]')).toBeNull());
  },
};

/** An error stays until dismissed and is announced assertively (role="alert"). */
export const PersistentError: Story = {
  render: () => ({
    components: { FwToaster, FwButton },
    setup() {
      // Its own manager keeps this story's toasts apart from the other stories on the docs page.
      const manager = createFwToastManager();
      const toast = useToast(manager);
      return {
        manager,
        fail: () => toast.error('提交失败：服务暂时不可用（错误代码 E5001）。', { title: '提交失败' }),
      };
    },
    template: `<FwButton variant="primary" @click="fail">提交公证申请</FwButton><FwToaster :manager="manager" />`,
  }),
  play: async ({ canvasElement }) => {
    const body = within(document.body);
    await userEvent.click(within(canvasElement).getByRole('button', { name: '提交公证申请' }));
    await waitFor(() => expect(body.getByRole('alert')).toHaveTextContent(/提交失败/));
    const region = body.getByRole('region', { name: /通知|Notifications/ });
    await waitFor(() => expect(region).toHaveTextContent(/错误代码 E5001/));
  },
};
