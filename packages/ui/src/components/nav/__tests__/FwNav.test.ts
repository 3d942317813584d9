import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwNav from '../FwNav.vue';
import type { FwNavItem } from '../types.js';

const items: FwNavItem[] = [
  { id: 'home', label: '首页', href: '/' },
  { id: 'lawyers', label: '找律师', href: '/lawyers', icon: 'search' },
  { id: 'legal-aid', label: '法律援助', href: '/legal-aid' },
  { id: 'notary', label: '公证服务', to: '/notary' },
];

const FakeRouterLink = defineComponent({
  props: { to: { type: [String, Object], required: true } },
  setup(props, { slots }) {
    return () => h('a', { href: String(props.to), 'data-router': '' }, slots.default?.());
  },
});

describe('FwNav', () => {
  it('is a nav landmark named 主导航, overridable', () => {
    const w = mountFw(FwNav, { props: { items } });
    expect(w.element.tagName).toBe('NAV');
    expect(w.attributes('aria-label')).toBe('主导航');
    const named = mountFw(FwNav, { props: { items, label: '法律服务导航' } });
    expect(named.attributes('aria-label')).toBe('法律服务导航');
  });

  it('is named in English when the locale is en', () => {
    const w = mountFw(FwNav, { props: { items }, locale: 'en' });
    expect(w.attributes('aria-label')).toBe('Main navigation');
    expect(w.find('.fw-nav__toggle').text()).toBe('Menu');
  });

  it('marks only the current item with aria-current="page"', () => {
    const w = mountFw(FwNav, { props: { items, current: 'legal-aid' } });
    const links = w.findAll('a');
    expect(links).toHaveLength(4);
    expect(links.map((a) => a.attributes('aria-current'))).toEqual([undefined, undefined, 'page', undefined]);
    expect(links[2]!.attributes('href')).toBe('/legal-aid');
  });

  it('has a menu button wired with aria-expanded and aria-controls', async () => {
    const w = mountFw(FwNav, { props: { items } });
    const toggle = w.find('button');
    const list = w.find('ul');
    expect(toggle.attributes('aria-controls')).toBe(list.attributes('id'));
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(w.classes()).toContain('fw-nav--open');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('false');
  });

  it('closes on Esc from inside the menu and returns focus to the button', async () => {
    const w = mountFw(FwNav, { props: { items } });
    const toggle = w.find('button');
    await toggle.trigger('click');
    const link = w.findAll('a')[1]!;
    (link.element as HTMLElement).focus();
    await link.trigger('keydown', { key: 'Escape' });
    await new Promise((r) => setTimeout(r));
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);
  });

  it('ignores Esc while closed (focus stays where it is)', async () => {
    const w = mountFw(FwNav, { props: { items } });
    const link = w.findAll('a')[0]!;
    (link.element as HTMLElement).focus();
    await link.trigger('keydown', { key: 'Escape' });
    expect(document.activeElement).toBe(link.element);
  });

  it('closes and emits navigate when an item is chosen, and when the current page changes', async () => {
    const w = mountFw(FwNav, { props: { items } });
    await w.find('button').trigger('click');
    await w.findAll('a')[1]!.trigger('click');
    expect(w.emitted('navigate')?.[0]?.[0]).toMatchObject({ id: 'lawyers' });
    expect(w.find('button').attributes('aria-expanded')).toBe('false');
    await w.find('button').trigger('click');
    await w.setProps({ current: 'notary' });
    expect(w.find('button').attributes('aria-expanded')).toBe('false');
  });

  it('renders items with `to` through linkComponent', () => {
    const w = mountFw(FwNav, { props: { items, linkComponent: FakeRouterLink, current: 'notary' } });
    const routed = w.findAll('a[data-router]');
    expect(routed).toHaveLength(1);
    expect(routed[0]!.attributes('href')).toBe('/notary');
    expect(routed[0]!.attributes('aria-current')).toBe('page');
    expect(routed[0]!.text()).toBe('公证服务');
  });

  it('falls back to href for a string `to` without linkComponent', () => {
    const w = mountFw(FwNav, { props: { items } });
    expect(w.findAll('a')[3]!.attributes('href')).toBe('/notary');
  });
});
