import type { Meta, StoryObj } from '@storybook/vue3-vite';
import TokenTable from './TokenTable.vue';

/** Live token values: switch the toolbar's mode and contrast to see them change. */
const meta = {
  title: 'Foundations/Tokens',
  component: TokenTable,
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TextAndSurfaces: Story = {
  args: {
    tokens: [
      { name: '--fw-color-text', use: 'body text' },
      { name: '--fw-color-text-secondary', use: 'hints, metadata' },
      { name: '--fw-color-link', use: 'links' },
      { name: '--fw-color-brand', use: 'primary buttons, header (region brand)' },
      { name: '--fw-color-success', use: 'success text and icons' },
      { name: '--fw-color-warning', use: 'warning text and icons' },
      { name: '--fw-color-danger', use: 'errors' },
      { name: '--fw-color-border', use: 'control borders (3:1 for UI components)' },
      { name: '--fw-color-focus', use: 'focus ring' },
    ],
  },
};

export const TypeScale: Story = {
  args: { tokens: [] },
  render: () => ({
    template: `<div>
      <p style="font-size:var(--fw-font-size-sm)">--fw-font-size-sm 公共法律服务 small</p>
      <p style="font-size:var(--fw-font-size-base)">--fw-font-size-base 公共法律服务 base</p>
      <p style="font-size:var(--fw-font-size-lg)">--fw-font-size-lg 公共法律服务 large</p>
      <p style="font-size:var(--fw-font-size-xl)">--fw-font-size-xl 公共法律服务 x-large</p>
      <p style="font-size:var(--fw-font-size-2xl)">--fw-font-size-2xl 公共法律服务 2x-large</p>
    </div>`,
  }),
};
