import type { VueWrapper } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwHeader from '../FwHeader.vue';

const regions = [
  { id: 'sichuan', name: '四川省' },
  { id: 'chengdu', name: '成都市' },
  { id: 'leshan', name: '乐山市' },
];
const locales = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
];
const base = { siteName: '乐山法律服务网', regionName: '乐山市' };

const FakeRouterLink = defineComponent({
  props: { to: { type: String, required: true } },
  setup(props, { slots }) {
    return () => h('a', { href: props.to, 'data-router': '' }, slots.default?.());
  },
});

function byText(w: ReturnType<typeof mountFw>, selector: string, text: RegExp) {
  return w.findAll(selector).find((el) => text.test(el.text()))!;
}

const flush = () => new Promise((r) => setTimeout(r, 0));
/** The switchers' dropdown code loads when the visitor points at one; Reka's trigger carries data-state. */
async function menusLoaded(w: VueWrapper) {
  for (const button of w.findAll('button[aria-haspopup="menu"]')) await button.trigger('pointerenter');
  await vi.waitFor(() => expect(w.findAll('button[aria-haspopup="menu"]').every((b) => b.attributes('data-state') !== undefined)).toBe(true));
}

describe('FwHeader', () => {
  it('is the banner with a skip link to #main and the site name as the home link', () => {
    const w = mountFw(FwHeader, { props: base });
    expect(w.element.tagName).toBe('HEADER');
    const skip = w.find('a.fw-header__skip');
    expect(skip.attributes('href')).toBe('#main');
    expect(skip.text()).toBe('跳到主要内容');
    const home = w.find('a.fw-header__home');
    expect(home.attributes('href')).toBe('/');
    expect(home.text()).toContain('乐山法律服务网');
    expect(w.find('.fw-header__region-tag').text()).toContain('乐山市');
  });

  it('moves focus to the main element when the skip link is used', async () => {
    const main = document.createElement('main');
    main.id = 'content';
    document.body.append(main);
    const w = mountFw(FwHeader, { props: { ...base, mainId: 'content' } });
    await w.find('a.fw-header__skip').trigger('click');
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');
  });

  it('toggles care mode: emits update:care and flips aria-pressed', async () => {
    const w = mountFw(FwHeader, { props: base });
    const care = byText(w, 'button', /长辈版/);
    expect(care.attributes('aria-pressed')).toBe('false');
    expect(w.find('[role="radiogroup"]').exists()).toBe(false);
    await care.trigger('click');
    expect(w.emitted('update:care')).toEqual([[true]]);
    expect(care.attributes('aria-pressed')).toBe('true');
  });

  it('offers the care text sizes as a labelled radio group while care mode is on', async () => {
    const w = mountFw(FwHeader, { props: { ...base, care: true, careFontSize: 20 } });
    // The group's code loads when care mode is on.
    await vi.waitFor(() => expect(w.find('[role="radiogroup"]').exists()).toBe(true));
    const group = w.find('[role="radiogroup"]');
    const label = w.find(`#${group.attributes('aria-labelledby')}`);
    expect(label.text()).toBe('字号');
    const radios = group.findAll('[role="radio"]');
    expect(radios.map((r) => r.text())).toEqual(['标准', '大', '较大', '特大']);
    expect(radios.map((r) => r.attributes('aria-checked'))).toEqual(['false', 'true', 'false', 'false']);
    await radios[3]!.trigger('click');
    expect(w.emitted('update:careFontSize')).toEqual([[24]]);
  });

  it('toggles high contrast as a pressed button emitting standard/high', async () => {
    const w = mountFw(FwHeader, { props: { ...base, contrast: 'standard' } });
    const button = byText(w, 'button', /高对比度/);
    await button.trigger('click');
    expect(w.emitted('update:contrast')).toEqual([['high']]);
    await w.setProps({ contrast: 'high' });
    expect(button.attributes('aria-pressed')).toBe('true');
    await button.trigger('click');
    expect(w.emitted('update:contrast')![1]).toEqual(['standard']);
  });

  it('signed out: 登录 and 注册 emit, or are links when hrefs are given', async () => {
    const w = mountFw(FwHeader, { props: base });
    await byText(w, 'button', /^登录$/).trigger('click');
    await byText(w, 'button', /^注册$/).trigger('click');
    expect(w.emitted('login')).toHaveLength(1);
    expect(w.emitted('register')).toHaveLength(1);
    const linked = mountFw(FwHeader, { props: { ...base, loginHref: '/login', registerHref: '/register' } });
    expect(byText(linked, 'a', /^登录$/).attributes('href')).toBe('/login');
    expect(byText(linked, 'a', /^注册$/).attributes('href')).toBe('/register');
  });

  it('signed in: shows the name, 我的 and 退出登录', async () => {
    const w = mountFw(FwHeader, { props: { ...base, user: { displayName: '张三' }, accountHref: '/me' } });
    expect(w.find('.fw-header__user').text()).toContain('张三');
    expect(w.find('.fw-header__user').text()).toContain('已登录用户');
    expect(byText(w, 'a', /^我的$/).attributes('href')).toBe('/me');
    expect(w.text()).not.toContain('注册');
    await byText(w, 'button', /退出登录/).trigger('click');
    expect(w.emitted('logout')).toHaveLength(1);
  });

  it('shows unread notices on 我的, in its accessible name too, and nothing for none', async () => {
    const w = mountFw(FwHeader, { props: { ...base, user: { displayName: '张三' }, accountHref: '/me', accountUnread: 3 } });
    const link = w.find('a[href="/me"]');
    expect(link.find('.fw-header__badge [aria-hidden="true"]').text()).toBe('3');
    expect(link.text().replace(/\s+/g, '')).toBe('我的3（3条未读消息）');
    const many = mountFw(FwHeader, { props: { ...base, user: { displayName: '张三' }, accountHref: '/me', accountUnread: 120 } });
    expect(many.find('.fw-header__badge [aria-hidden="true"]').text()).toBe('99+');
    const none = mountFw(FwHeader, { props: { ...base, user: { displayName: '张三' }, accountHref: '/me', accountUnread: 0 } });
    expect(none.find('.fw-header__badge').exists()).toBe(false);
  });

  it('switches region through a menu and emits switch-region', async () => {
    const w = mountFw(FwHeader, { props: { ...base, regions, regionId: 'leshan' } });
    await menusLoaded(w);
    const trigger = w.find('button[aria-haspopup="menu"]');
    expect(trigger.text()).toContain('乐山市');
    expect(trigger.text()).toContain('切换地区');
    await trigger.trigger('click');
    await flush();
    const items = [...document.body.querySelectorAll('[role="menuitemradio"]')] as HTMLElement[];
    expect(items.map((i) => i.textContent?.trim())).toEqual(['四川省', '成都市', '乐山市']);
    expect(items[2]!.getAttribute('aria-checked')).toBe('true');
    items[1]!.click();
    await flush();
    expect(w.emitted('switch-region')).toEqual([['chengdu']]);
  });

  it('offers languages with their lang attribute and updates v-model:locale', async () => {
    const w = mountFw(FwHeader, { props: { ...base, locales, locale: 'zh-CN' } });
    await menusLoaded(w);
    const trigger = w.findAll('button[aria-haspopup="menu"]').find((b) => b.text().includes('切换语言'))!;
    expect(trigger.find('[lang="zh-CN"]').text()).toBe('中文');
    await trigger.trigger('click');
    await flush();
    const items = [...document.body.querySelectorAll('[role="menuitemradio"]')] as HTMLElement[];
    expect(items.map((i) => i.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
    items[1]!.click();
    await flush();
    expect(w.emitted('update:locale')).toEqual([['en']]);
  });

  it('loads a switcher only when wanted, and opens one pressed before its code arrived once it has', async () => {
    const w = mountFw(FwHeader, { props: { ...base, locales, locale: 'zh-CN' } });
    await flush();
    const placeholder = w.findAll('button[aria-haspopup="menu"]').find((b) => b.text().includes('切换语言'))!;
    expect(placeholder.attributes('data-state')).toBeUndefined();
    await placeholder.trigger('click');
    await vi.waitFor(() => expect(document.body.querySelectorAll('[role="menuitemradio"]').length).toBe(2));
    expect(w.find('button[aria-haspopup="menu"]').attributes('data-state')).toBe('open');
  });

  it('hides switchers with fewer than two choices', () => {
    const w = mountFw(FwHeader, { props: { ...base, regions: [regions[2]!], locales: [locales[0]!] } });
    expect(w.find('button[aria-haspopup="menu"]').exists()).toBe(false);
  });

  it('collapses the tools behind a disclosure button that Esc closes', async () => {
    const w = mountFw(FwHeader, { props: base });
    const toggle = w.find('button.fw-header__tools-toggle');
    const tools = w.find('.fw-header__tools');
    expect(toggle.attributes('aria-controls')).toBe(tools.attributes('id'));
    expect(tools.attributes('role')).toBe('group');
    expect(tools.attributes('aria-label')).toBe('网站工具');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    const care = byText(w, 'button', /长辈版/);
    (care.element as HTMLElement).focus();
    await care.trigger('keydown', { key: 'Escape' });
    await nextTick();
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);
  });

  it('keeps the collapsed tools open while a display tool is used (larger text must not hide it)', async () => {
    const w = mountFw(FwHeader, { props: base });
    const toggle = w.find('button.fw-header__tools-toggle');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await byText(w, 'button', /长辈版/).trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(w.classes()).toContain('fw-header--tools-open');
  });

  it('renders plain links without stray attributes', () => {
    const w = mountFw(FwHeader, { props: { ...base, loginHref: '/login' } });
    expect(w.find('a.fw-header__home').attributes('is')).toBeUndefined();
    expect(byText(w, 'a', /^登录$/).attributes('is')).toBeUndefined();
  });

  it('renders its links with the host router link when given', () => {
    const w = mountFw(FwHeader, { props: { ...base, linkComponent: FakeRouterLink, loginHref: '/login', homeHref: '/home' } });
    expect(w.find('a.fw-header__home').attributes('data-router')).toBe('');
    expect(w.find('a.fw-header__home').attributes('href')).toBe('/home');
    expect(byText(w, 'a', /^登录$/).attributes('data-router')).toBe('');
  });

  it('speaks English', async () => {
    const w = mountFw(FwHeader, { props: { ...base, care: true }, locale: 'en' });
    await vi.waitFor(() => expect(w.find('[role="radiogroup"]').exists()).toBe(true));
    expect(w.find('a.fw-header__skip').text()).toBe('Skip to main content');
    expect(w.text()).toContain('Senior mode');
    expect(w.text()).toContain('Text size');
    expect(w.text()).toContain('Sign in');
    expect(w.text()).toContain('Largest');
  });
});
