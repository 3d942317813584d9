import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import FwButton from '../button/FwButton.vue';
import FwDrawer from './FwDrawer.vue';

const meta = {
  title: 'Display/Drawer',
  component: FwDrawer,
  tags: ['autodocs'],
  args: { title: '筛选律师', description: '按执业领域和所在区筛选', side: 'right' },
  render: (args) => ({
    components: { FwDrawer, FwButton },
    setup: () => ({ args }),
    template: `<FwDrawer v-bind="args">
      <template #trigger><FwButton icon="search">筛选</FwButton></template>
      <fieldset style="border:0;margin:0;padding:0;display:flex;flex-direction:column;gap:var(--fw-space-2)">
        <legend style="font-weight:var(--fw-font-weight-strong);margin-bottom:var(--fw-space-2)">执业领域</legend>
        <label><input type="checkbox" /> 婚姻家事</label>
        <label><input type="checkbox" /> 劳动争议</label>
        <label><input type="checkbox" /> 合同纠纷</label>
      </fieldset>
      <template #footer="{ close }">
        <FwButton @click="close">重置</FwButton>
        <FwButton variant="primary" @click="close">查看结果</FwButton>
      </template>
    </FwDrawer>`,
  }),
} satisfies Meta<typeof FwDrawer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Filters in a right-hand panel; Esc closes it and focus goes back to 筛选. */
export const Filters: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(document.body);
    const trigger = canvas.getByRole('button', { name: '筛选' });
    await userEvent.click(trigger);
    const drawer = await body.findByRole('dialog', { name: '筛选律师' });
    await expect(within(drawer).getByRole('group', { name: '执业领域' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** A mobile menu from the left. */
export const MobileMenu: Story = {
  args: { title: '导航菜单', description: undefined, side: 'left' },
  render: (args) => ({
    components: { FwDrawer, FwButton },
    setup: () => ({ args }),
    template: `<FwDrawer v-bind="args">
      <template #trigger><FwButton icon="menu">菜单</FwButton></template>
      <nav aria-label="主菜单">
        <ul style="list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:var(--fw-space-2)">
          <li><a href="#home">首页</a></li>
          <li><a href="#lawyers">找律师</a></li>
          <li><a href="#notary">公证服务</a></li>
          <li><a href="#aid">法律援助</a></li>
        </ul>
      </nav>
    </FwDrawer>`,
  }),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '菜单' }));
    const drawer = await within(document.body).findByRole('dialog', { name: '导航菜单' });
    await userEvent.click(within(drawer).getByRole('button', { name: /关闭|Close/ }));
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

/** A bottom sheet for a short choice on phones. */
export const Bottom: Story = {
  args: { title: '选择办理方式', description: '可网上办理，也可到窗口办理', side: 'bottom' },
};
