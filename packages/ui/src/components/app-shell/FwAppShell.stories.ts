import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import FwFooter from '../footer/FwFooter.vue';
import FwHeader from '../header/FwHeader.vue';
import FwLink from '../link/FwLink.vue';
import FwNav from '../nav/FwNav.vue';
import FwAppShell from './FwAppShell.vue';

const nav = [
  { id: 'home', label: '首页', href: '#home' },
  { id: 'lawyers', label: '找律师', href: '#lawyers' },
  { id: 'notary', label: '办公证', href: '#notary' },
  { id: 'legal-aid', label: '法律援助', href: '#legal-aid' },
  { id: 'mediation', label: '人民调解', href: '#mediation' },
];
const chrome = {
  organizer: '乐山市司法局',
  siteCode: '5111000099',
  icp: '蜀ICP备00000000号-2',
  publicSecurity: { text: '川公网安备 51110202000123号', code: '51110202000123' },
  partyGovMark: true,
  hotlines: [{ name: '公共法律服务热线', number: '12348' }],
  privacyHref: '#privacy',
};

const page = (withAside: boolean, wrapper = '') => `
  <div ${wrapper}>
  <FwAppShell v-bind="args">
    <template #header><FwHeader site-name="乐山法律服务网" region-name="乐山市" login-href="#login" register-href="#register" /></template>
    <template #nav><FwNav :items="nav" current="legal-aid" /></template>
    <h1 style="margin-top:0">法律援助申请</h1>
    <p>经济困难或者符合法定条件的公民，可以向法律援助机构申请法律援助。申请时请准备身份证明和经济困难状况说明。</p>
    <p>也可以拨打 <FwLink href="tel:12348">12348</FwLink> 公共法律服务热线咨询。</p>
    ${
      withAside
        ? `<template #aside>
      <h2 style="margin-top:0;font-size:var(--fw-font-size-lg)">办事指南</h2>
      <ul>
        <li><FwLink href="#conditions">申请条件</FwLink></li>
        <li><FwLink href="#materials">所需材料</FwLink></li>
        <li><FwLink href="#offices">法律援助中心地址</FwLink></li>
      </ul>
    </template>`
        : ''
    }
    <template #footer><FwFooter :chrome="chrome" page-url="https://fw.leshan.gov.cn/legal-aid" /></template>
  </FwAppShell>
  </div>`;

const meta = {
  title: 'Chrome/App shell',
  component: FwAppShell,
  tags: ['autodocs'],
  args: {},
  render: (args) => ({
    components: { FwAppShell, FwHeader, FwNav, FwFooter, FwLink },
    setup: () => ({ args, nav, chrome }),
    template: page(true),
  }),
} satisfies Meta<typeof FwAppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A whole page: banner, navigation, main, a labelled aside and the footer. The skip link focuses main. */
export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('banner')).toBeInTheDocument();
    await expect(canvas.getByRole('complementary', { name: /相关内容|Related content/ })).toBeInTheDocument();
    await expect(canvas.getByRole('contentinfo')).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

/** Without an aside, main takes the full content width. */
export const WithoutAside: Story = {
  render: (args) => ({
    components: { FwAppShell, FwHeader, FwNav, FwFooter, FwLink },
    setup: () => ({ args, nav, chrome }),
    template: page(false),
  }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('complementary')).toBeNull();
  },
};

/** On a narrow screen the aside stacks below main (as it always does in care mode). */
export const NarrowStacked: Story = {
  args: { asideLabel: '办事指南' },
  render: (args) => ({
    components: { FwAppShell, FwHeader, FwNav, FwFooter, FwLink },
    setup: () => ({ args, nav, chrome }),
    template: page(true, 'style="max-width:400px"'),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const main = canvas.getByRole('main').getBoundingClientRect();
    const aside = canvas.getByRole('complementary', { name: '办事指南' }).getBoundingClientRect();
    await expect(aside.top).toBeGreaterThanOrEqual(main.bottom);
  },
};
