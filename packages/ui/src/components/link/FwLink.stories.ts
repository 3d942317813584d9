import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import { defineComponent, h } from 'vue';
import FwLink from './FwLink.vue';

/** Stands in for the host's vue-router RouterLink (the kit does not depend on vue-router). */
const DemoRouterLink = defineComponent({
  name: 'DemoRouterLink',
  props: { to: { type: [String, Object], required: true } },
  setup(props, { slots }) {
    return () => h('a', { href: typeof props.to === 'string' ? props.to : '#', onClick: (e: Event) => e.preventDefault() }, slots.default?.());
  },
});

const meta = {
  title: 'Chrome/Link',
  component: FwLink,
  tags: ['autodocs'],
  args: { href: '/legal-aid/apply' },
  render: (args) => ({
    components: { FwLink },
    setup: () => ({ args }),
    template: `<p style="max-width:40em">经济困难的公民可以 <FwLink v-bind="args">在线提交法律援助申请</FwLink>，也可拨打 12348 热线咨询。</p>`,
  }),
} satisfies Meta<typeof FwLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An inline link: underlined, so it is not told apart by colour alone. */
export const Inline: Story = {
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /在线提交法律援助申请/ });
    await expect(link).toHaveAttribute('href', '/legal-aid/apply');
    await expect(getComputedStyle(link).textDecorationLine).toContain('underline');
  },
};

/** An external link opens a new window and says so, to the eye and to screen readers. */
export const External: Story = {
  args: { href: 'https://www.12348.gov.cn/', external: true },
  render: (args) => ({
    components: { FwLink },
    setup: () => ({ args }),
    template: `<p>更多服务请访问 <FwLink v-bind="args">中国法律服务网</FwLink>。</p>`,
  }),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /中国法律服务网.*(在新窗口打开|opens in a new window)/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** With the host's router: `to` and `as` (here a stand-in for RouterLink). */
export const WithRouterLink: Story = {
  args: { href: undefined, to: '/notary/offices', as: DemoRouterLink },
  render: (args) => ({
    components: { FwLink },
    setup: () => ({ args }),
    template: `<p>查看本市 <FwLink v-bind="args">公证处名录</FwLink>。</p>`,
  }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: '公证处名录' })).toHaveAttribute('href', '/notary/offices');
  },
};

/** Stand-alone links; the first points at this page, so it shows the visited colour (a token). */
export const LinkList: Story = {
  render: () => ({
    components: { FwLink },
    template: `<ul style="display:flex;flex-direction:column;gap:8px">
      <li><FwLink href="">律师事务所查询</FwLink></li>
      <li><FwLink href="/mediation">人民调解</FwLink></li>
      <li><FwLink href="/appraisal">司法鉴定机构</FwLink></li>
      <li><FwLink href="https://www.moj.gov.cn/" external>司法部</FwLink></li>
    </ul>`,
  }),
};
