import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { defineComponent, h } from 'vue';
import FwNav from './FwNav.vue';
import type { FwNavItem } from './types.js';

const items: FwNavItem[] = [
  { id: 'home', label: '首页', href: '#home' },
  { id: 'lawyers', label: '找律师', href: '#lawyers' },
  { id: 'notary', label: '办公证', href: '#notary' },
  { id: 'legal-aid', label: '法律援助', href: '#legal-aid' },
  { id: 'mediation', label: '人民调解', href: '#mediation' },
  { id: 'appraisal', label: '司法鉴定', href: '#appraisal' },
  { id: 'arbitration', label: '仲裁', href: '#arbitration' },
];

const preventNavigation = (e: Event) => {
  if ((e.target as HTMLElement).closest('a')) e.preventDefault();
};

const meta = {
  title: 'Navigation/Nav',
  component: FwNav,
  tags: ['autodocs'],
  args: { items, current: 'legal-aid', onNavigate: fn() },
  render: (args) => ({
    components: { FwNav },
    setup: () => ({ args, preventNavigation }),
    template: '<div @click="preventNavigation"><FwNav v-bind="args" /></div>',
  }),
} satisfies Meta<typeof FwNav>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The primary navigation with the current page marked (aria-current, a bar and bold text). */
export const CurrentPage: Story = {
  play: async ({ canvasElement, args }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: /主导航|Main navigation/ });
    const current = within(nav).getByRole('link', { name: '法律援助' });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect(within(nav).getByRole('link', { name: '找律师' })).not.toHaveAttribute('aria-current');
    await userEvent.click(within(nav).getByRole('link', { name: '找律师' }));
    await expect(args.onNavigate).toHaveBeenCalled();
  },
};

/** Items with icons and a custom landmark name. */
export const WithIcons: Story = {
  args: {
    label: '法律服务导航',
    current: 'lawyers',
    items: [
      { id: 'home', label: '首页', href: '#home', icon: 'star' },
      { id: 'lawyers', label: '找律师', href: '#lawyers', icon: 'search' },
      { id: 'legal-aid', label: '法律援助', href: '#legal-aid', icon: 'file' },
      { id: 'hotline', label: '12348 热线', href: '#hotline', icon: 'phone' },
    ],
  },
};

/** On a narrow screen (here a narrow container) the items collapse behind 导航菜单; Esc closes it. */
export const Collapsed: Story = {
  render: (args) => ({
    components: { FwNav },
    setup: () => ({ args, preventNavigation }),
    template: '<div style="max-width:360px" @click="preventNavigation"><FwNav v-bind="args" /></div>',
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: /导航菜单|Menu/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('link', { name: '找律师' })).toBeNull();
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const link = await canvas.findByRole('link', { name: '找律师' });
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: '首页' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(link).not.toBeVisible();
  },
};

/** The collapsed menu, opened. */
export const CollapsedOpen: Story = {
  render: Collapsed.render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /导航菜单|Menu/ }));
    await expect(canvas.getByRole('link', { name: '法律援助' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: '法律援助' })).toHaveAttribute('aria-current', 'page');
  },
};

const DemoRouterLink = defineComponent({
  name: 'DemoRouterLink',
  props: { to: { type: [String, Object], required: true } },
  setup(props, { slots }) {
    return () => h('a', { href: `#${String(props.to)}`, 'data-router-link': '' }, slots.default?.());
  },
});

/** With the host's router: items give `to` and `linkComponent` renders them (a stand-in for RouterLink here). */
export const WithRouterLinks: Story = {
  args: {
    linkComponent: DemoRouterLink,
    current: 'notary',
    items: [
      { id: 'home', label: '首页', to: '/' },
      { id: 'notary', label: '办公证', to: '/notary' },
      { id: 'mediation', label: '人民调解', to: '/mediation' },
    ],
  },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: '办公证' });
    await expect(link).toHaveAttribute('data-router-link');
    await expect(link).toHaveAttribute('aria-current', 'page');
  },
};
