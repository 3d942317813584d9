import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import FwFooter from './FwFooter.vue';
import { errorReportUrl } from './gov.js';
import type { FwGovChrome } from './types.js';

/** A province's portal with every filing (all numbers are made up). */
const sichuan: FwGovChrome = {
  organizer: '四川省司法厅',
  siteCode: '5100000099',
  icp: '蜀ICP备00000000号-1',
  publicSecurity: { text: '川公网安备 51010002000000号', code: '51010002000000' },
  partyGovMark: true,
  hotlines: [
    { name: '公共法律服务热线', number: '12348' },
    { name: '藏汉双语坐席', number: '12348-1' },
    { name: '彝汉双语坐席', number: '12348-2' },
  ],
  privacyHref: '#privacy',
  accessibilityHref: '#accessibility',
};

/** A city portal with the minimum: the organizer, its site code and one hotline. */
const leshan: FwGovChrome = {
  organizer: '乐山市司法局',
  siteCode: '5111000099',
  hotlines: [{ name: '12345 心连心服务热线（含 12348）', number: '12345' }],
};

const meta = {
  title: 'Chrome/Footer',
  component: FwFooter,
  tags: ['autodocs'],
  args: { chrome: sichuan, pageUrl: 'https://fw.sc.gov.cn/legal-aid/apply?step=2' },
} satisfies Meta<typeof FwFooter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A province: hotlines, 我要纠错, privacy and accessibility statements, every filing and the 党政机关 mark. */
export const ProvinceAllFilings: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const footer = canvas.getByRole('contentinfo');
    await expect(within(footer).getByRole('link', { name: /蜀ICP备00000000号-1/ })).toHaveAttribute('href', 'https://beian.miit.gov.cn/');
    await expect(within(footer).getByRole('link', { name: /川公网安备/ })).toHaveAttribute(
      'href',
      'https://beian.mps.gov.cn/#/query/webSearch?code=51010002000000',
    );
    await expect(within(footer).getByRole('link', { name: /12348-1/ })).toHaveAttribute('href', 'tel:12348,1');
    await expect(within(footer).getByText(/党政机关网站标识|Party and government website mark/)).toBeInTheDocument();
  },
};

/** 我要纠错 reports this page to the national government-website platform, in a new window. */
export const ErrorReportLink: Story = {
  play: async ({ canvasElement, args }) => {
    const link = within(canvasElement).getByRole('link', { name: /我要纠错|Report an error/ });
    await expect(link).toHaveAttribute('href', errorReportUrl('5100000099', args.pageUrl!));
    await expect(link).toHaveAttribute('target', '_blank');
    const url = new URL(link.getAttribute('href')!);
    await expect(url.searchParams.get('url')).toBe('https://fw.sc.gov.cn/legal-aid/apply?step=2');
  },
};

/** A city with a minimal set: no ICP or public-security filing, no mark; 我要纠错 comes with the site code. */
export const CityMinimal: Story = {
  args: { chrome: leshan, pageUrl: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('乐山市司法局')).toBeVisible();
    await expect(canvas.queryByRole('link', { name: /ICP/ })).toBeNull();
    // Without pageUrl, 我要纠错 reports the current address.
    const link = canvas.getByRole('link', { name: /我要纠错|Report an error/ });
    await expect(decodeURIComponent(link.getAttribute('href')!)).toContain(window.location.href);
  },
};

/** Only the organizer (e.g. a staff portal without public filings). */
export const OrganizerOnly: Story = {
  args: { chrome: { organizer: '乐山市公证协会' } },
};

/** English: labels translate, the Chinese filing texts stay marked as Chinese. */
export const English: Story = {
  globals: { fwLocale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Organizer')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Hotlines' })).toBeVisible();
    await expect(canvas.getByText('蜀ICP备00000000号-1')).toHaveAttribute('lang', 'zh-CN');
  },
};
