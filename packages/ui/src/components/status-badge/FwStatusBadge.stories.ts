import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import FwStatusBadge from './FwStatusBadge.vue';

const meta = {
  title: 'Display/Status badge',
  component: FwStatusBadge,
  tags: ['autodocs'],
  argTypes: { tone: { control: 'select', options: ['neutral', 'info', 'success', 'warning', 'danger'] } },
  args: { tone: 'info', label: '审查中' },
} satisfies Meta<typeof FwStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every tone, each with its own icon and words: colour is never the only signal. */
export const Tones: Story = {
  render: () => ({
    components: { FwStatusBadge },
    template: `<ul style="display:flex;flex-wrap:wrap;gap:var(--fw-space-3);list-style:none;margin:0;padding:0">
      <li><FwStatusBadge tone="neutral" label="草稿" /></li>
      <li><FwStatusBadge tone="info" label="已受理" /></li>
      <li><FwStatusBadge tone="success" label="已办结" /></li>
      <li><FwStatusBadge tone="warning" label="待补正材料" /></li>
      <li><FwStatusBadge tone="danger" label="不予受理" /></li>
    </ul>`,
  }),
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items).toHaveLength(5);
    for (const item of items) await expect(item.querySelector('svg')).not.toBeNull();
  },
};
