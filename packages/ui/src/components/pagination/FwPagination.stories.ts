import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ref } from 'vue';
import FwPagination from './FwPagination.vue';

const meta = {
  title: 'Display/Pagination',
  component: FwPagination,
  tags: ['autodocs'],
  args: { total: 128, 'onUpdate:page': fn(), 'onUpdate:pageSize': fn() },
  render: (args) => ({
    components: { FwPagination },
    setup() {
      const page = ref((args as { page?: number }).page ?? 1);
      const pageSize = ref((args as { pageSize?: number }).pageSize ?? 10);
      return { args, page, pageSize };
    },
    template: `<FwPagination v-bind="args" v-model:page="page" v-model:page-size="pageSize" />
      <p style="margin-top:var(--fw-space-3)">当前第 {{ page }} 页，每页 {{ pageSize }} 条</p>`,
  }),
} satisfies Meta<typeof FwPagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: /分页|Pagination/ });
    await expect(nav).toHaveTextContent(/共 128 条|Total: 128/);
    await userEvent.click(canvas.getByRole('button', { name: /下一页|Next page/ }));
    await expect(args['onUpdate:page']).toHaveBeenCalledWith(2);
    await expect(canvas.getByRole('button', { name: /第 2 页|Page 2/ })).toHaveAttribute('aria-current', 'page');
  },
};

/** Many pages: first, last and the neighbours of the current page, with ellipses between. */
export const ManyPages: Story = {
  args: { total: 2360, page: 12, pageSize: 20 } as never,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /第 12 页|Page 12/ })).toHaveAttribute('aria-current', 'page');
    await expect(canvas.getByRole('button', { name: /第 118 页|Page 118/ })).toBeInTheDocument();
  },
};

/** Page-size change goes back to page 1. */
export const PageSize: Story = {
  args: { total: 128, page: 4 } as never,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText(/每页条数|Per page/), '20');
    await expect(args['onUpdate:pageSize']).toHaveBeenCalledWith(20);
    await expect(canvas.getByRole('button', { name: /第 1 页|Page 1/ })).toHaveAttribute('aria-current', 'page');
  },
};

/** A short list: no total and no page-size choice. */
export const Minimal: Story = { args: { total: 45, showTotal: false, showPageSize: false, label: '评价列表分页' } };
