import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { reactive, ref, watchEffect } from 'vue';
import { applyDisplayPreferences } from '../../theme/display.js';
import FwHeader from './FwHeader.vue';
import type { FwContrast } from './types.js';

const regions = [
  { id: 'sichuan', name: '四川省' },
  { id: 'chengdu', name: '成都市' },
  { id: 'leshan', name: '乐山市' },
  { id: 'meishan', name: '眉山市' },
  { id: 'liangshan', name: '凉山彝族自治州' },
];
const locales = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
  { code: 'bo', label: 'བོད་ཡིག' },
];

/** A decorative emblem for the logo slot: the site name next to it names the home link. */
const logo = `<svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false" style="color:var(--fw-color-brand)">
  <circle cx="20" cy="20" r="18" fill="none" stroke="currentColor" stroke-width="2.5"/>
  <path d="M20 9v22M12 15h16M12 15l-4 8h8zM28 15l-4 8h8zM14 31h12" fill="none" stroke="currentColor" stroke-width="2"/>
</svg>`;

const meta = {
  title: 'Chrome/Header',
  component: FwHeader,
  tags: ['autodocs'],
  args: {
    siteName: '乐山法律服务网',
    regionName: '乐山市',
    regions,
    regionId: 'leshan',
    locales,
    locale: 'zh-CN',
    loginHref: undefined,
    registerHref: undefined,
    'onSwitch-region': fn(),
    onLogin: fn(),
    onRegister: fn(),
    onLogout: fn(),
    'onUpdate:care': fn(),
    'onUpdate:careFontSize': fn(),
    'onUpdate:contrast': fn(),
    'onUpdate:locale': fn(),
  },
  /*
   * Rendered the way a host uses it: the display choices live in the host's state (v-model) and the host
   * applies them with applyDisplayPreferences — here to the demo wrapper rather than <html>, so the
   * story does not fight the toolbar's mode switch.
   */
  render: (args) => ({
    components: { FwHeader },
    setup() {
      const prefs = reactive({
        care: Boolean(args.care),
        careFontSize: args.careFontSize ?? 18,
        contrast: (args.contrast ?? 'standard') as FwContrast,
      });
      const locale = ref(args.locale ?? 'zh-CN');
      const page = ref<HTMLElement | null>(null);
      watchEffect(() => {
        if (page.value) applyDisplayPreferences(page.value, { ...prefs });
      });
      return { args, prefs, locale, page, logo };
    },
    template: `<div ref="page" class="fw-root">
      <FwHeader v-bind="args" v-model:care="prefs.care" v-model:care-font-size="prefs.careFontSize"
        v-model:contrast="prefs.contrast" v-model:locale="locale">
        <template #logo><span v-html="logo" style="display:inline-flex" /></template>
      </FwHeader>
      <main id="main" tabindex="-1" style="padding:16px"><h1 style="margin:0">法律援助申请</h1><p>请如实填写申请人信息。</p></main>
    </div>`,
  }),
} satisfies Meta<typeof FwHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed out: 登录 and 注册. The skip link appears on the first Tab and moves focus to the main content. */
export const SignedOut: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const skip = canvas.getByRole('link', { name: /跳到主要内容|Skip to main content/ });
    await expect(skip).toHaveFocus();
    await expect(skip).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: /^(登录|Sign in)$/ }));
    await expect(args.onLogin).toHaveBeenCalled();
  },
};

/** Signed in: the user's name, 我的 and 退出登录. */
export const SignedIn: Story = {
  args: { user: { displayName: '张三' }, accountHref: '#me' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('张三')).toBeVisible();
    await expect(canvas.getByRole('link', { name: /^(我的|My account)$/ })).toHaveAttribute('href', '#me');
    await userEvent.click(canvas.getByRole('button', { name: /退出登录|Sign out/ }));
    await expect(args.onLogout).toHaveBeenCalled();
  },
};

/** Turning on 长辈版: the toggle emits update:care and becomes pressed; the text sizes appear. */
/** Unread notices (我的消息) on 我的: the count, and the same number in the link's accessible name. */
export const UnreadNotices: Story = {
  args: { user: { displayName: '张三' }, accountHref: '#me', accountUnread: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: /(我的.*3 条未读消息|My account.*3 unread notices)/ })).toHaveAttribute('href', '#me');
  },
};

export const CareToggle: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const care = canvas.getByRole('button', { name: /长辈版|Senior mode/ });
    await expect(care).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(care);
    await expect(args['onUpdate:care']).toHaveBeenCalledWith(true);
    await expect(care).toHaveAttribute('aria-pressed', 'true');
    // The size group's code loads when care mode is first turned on.
    await expect(await canvas.findByRole('radiogroup', { name: /字号|Text size/ })).toBeVisible();
    await userEvent.click(care);
    await expect(care).toHaveAttribute('aria-pressed', 'false');
    await expect(canvas.queryByRole('radiogroup')).toBeNull();
  },
};

/** Care mode on at 22 px: the host applied it, so the whole page (header included) is larger. */
export const CareModeTextSize: Story = {
  args: { care: true, careFontSize: 22 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup', { name: /字号|Text size/ });
    const sizes = within(group).getAllByRole('radio');
    await expect(sizes).toHaveLength(4);
    await expect(within(group).getByRole('radio', { checked: true })).toHaveTextContent(/较大|Larger/);
    await userEvent.click(sizes[3]!);
    await expect(args['onUpdate:careFontSize']).toHaveBeenLastCalledWith(24);
    await expect(sizes[3]).toHaveAttribute('aria-checked', 'true');
    // Arrow keys move within the group and choose (a radio group). The key is held ("{ArrowLeft>}") the
    // way a person's key press lasts longer than the focus move; released afterwards.
    await userEvent.keyboard('{ArrowLeft>}');
    await waitFor(() => expect(sizes[2]).toHaveFocus());
    await waitFor(() => expect(args['onUpdate:careFontSize']).toHaveBeenLastCalledWith(22));
    await userEvent.keyboard('{/ArrowLeft}');
    await expect(sizes[2]).toHaveAttribute('aria-checked', 'true');
  },
};

/** High contrast on: a pressed toggle; the host applies data-fw-contrast="high". */
export const HighContrast: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: /高对比度|High contrast/ });
    await userEvent.click(button);
    await expect(args['onUpdate:contrast']).toHaveBeenCalledWith('high');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  },
};

/**
 * A switcher's trigger once the menu's code has arrived (the header shows a look-alike button until then,
 * see LazyHeaderMenu): Reka's trigger carries data-state.
 */
/** The menu's code loads when the visitor points at its button; then Reka's trigger (with data-state) takes its place. */
async function menuTrigger(canvasElement: HTMLElement, name: RegExp): Promise<HTMLElement> {
  await userEvent.hover(within(canvasElement).getByRole('button', { name }));
  return waitFor(() => {
    const trigger = within(canvasElement).getByRole('button', { name });
    expect(trigger).toHaveAttribute('data-state');
    return trigger;
  });
}

/** Switching region: a menu of the province's portals; choosing one emits switch-region. */
export const RegionSwitch: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = await menuTrigger(canvasElement, /乐山市.*(切换地区|Switch region)/);
    await userEvent.click(trigger);
    const body = within(document.body);
    const menu = await body.findByRole('menu');
    await expect(within(menu).getByRole('menuitemradio', { name: '乐山市' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(within(menu).getByRole('menuitemradio', { name: '眉山市' }));
    await expect(args['onSwitch-region']).toHaveBeenCalledWith('meishan');
    await waitFor(() => expect(body.queryByRole('menu')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The language menu: each choice is written in, and marked with, its own language. */
export const LanguageSwitch: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = await menuTrigger(canvasElement, /切换语言|Switch language/);
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await within(document.body).findByRole('menu');
    const english = within(menu).getByRole('menuitemradio', { name: 'English' });
    await expect(english).toHaveAttribute('lang', 'en');
    await expect(within(menu).getByRole('menuitemradio', { name: 'བོད་ཡིག' })).toHaveAttribute('lang', 'bo');
    await userEvent.click(english);
    await expect(args['onUpdate:locale']).toHaveBeenCalledWith('en');
    await waitFor(() => expect(within(document.body).queryByRole('menu')).toBeNull());
    await expect(within(trigger).getByText('English')).toHaveAttribute('lang', 'en');
  },
};

/** On a narrow screen the tools collapse behind 更多; Esc closes them and returns focus. */
export const Narrow: Story = {
  args: { user: { displayName: '李四' }, accountHref: '#me' },
  render: (args) => {
    const base = meta.render(args) as { template: string };
    return { ...base, template: `<div style="max-width:360px">${base.template}</div>` };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const more = canvas.getByRole('button', { name: /^(更多|More)$/ });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('button', { name: /长辈版|Senior mode/ })).toBeNull();
    await userEvent.click(more);
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const care = canvas.getByRole('button', { name: /长辈版|Senior mode/ });
    await expect(care).toBeVisible();
    care.focus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(more).toHaveFocus());
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  },
};

/** English, with login and registration as links. */
export const English: Story = {
  args: { locale: 'en', loginHref: '#login', registerHref: '#register', siteName: 'Leshan Legal Services', regionName: 'Leshan' },
  globals: { fwLocale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '#login');
    await expect(canvas.getByRole('button', { name: /Senior mode/ })).toBeVisible();
  },
};

/** A single-region portal without switchers: the region shows as a tag. */
export const SingleRegion: Story = {
  args: { siteName: '四川法律服务网', regionName: '四川省', regions: [], locales: [] },
};
