import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwLink from '../FwLink.vue';

/** A stand-in for vue-router's RouterLink: renders an <a> whose href is the `to` it received. */
const FakeRouterLink = defineComponent({
  props: { to: { type: [String, Object], required: true } },
  setup(props, { slots }) {
    return () => h('a', { href: typeof props.to === 'string' ? props.to : `/route/${(props.to as { name: string }).name}`, 'data-router': '' }, slots.default?.());
  },
});

describe('FwLink', () => {
  it('renders a plain underlined link from href', () => {
    const w = mountFw(FwLink, { props: { href: '/legal-aid/apply' }, slots: { default: '法律援助申请' } });
    expect(w.element.tagName).toBe('A');
    expect(w.attributes('href')).toBe('/legal-aid/apply');
    expect(w.classes()).toContain('fw-link');
    expect(w.attributes('target')).toBeUndefined();
    expect(w.text()).toBe('法律援助申请');
  });

  it('marks external links: new window, safe rel, icon and a hidden notice', () => {
    const w = mountFw(FwLink, { props: { href: 'https://beian.miit.gov.cn/', external: true }, slots: { default: '蜀ICP备00000000号' } });
    expect(w.attributes('target')).toBe('_blank');
    expect(w.attributes('rel')).toBe('noopener noreferrer');
    expect(w.find('svg.fw-link__icon').attributes('aria-hidden')).toBe('true');
    expect(w.find('.fw-visually-hidden').text()).toBe('（在新窗口打开）');
  });

  it('announces the new window in English', () => {
    const w = mountFw(FwLink, { props: { href: 'https://www.gov.cn/', external: true }, slots: { default: 'gov.cn' }, locale: 'en' });
    expect(w.find('.fw-visually-hidden').text()).toBe('(opens in a new window)');
  });

  it('renders `to` with the host router link given in `as`', () => {
    const w = mountFw(FwLink, { props: { to: { name: 'lawyers' }, as: FakeRouterLink }, slots: { default: '找律师' } });
    const a = w.find('a');
    expect(a.attributes('data-router')).toBe('');
    expect(a.attributes('href')).toBe('/route/lawyers');
    expect(a.classes()).toContain('fw-link');
  });

  it('uses a string `to` as href when no router link is given', () => {
    const w = mountFw(FwLink, { props: { to: '/notary' }, slots: { default: '公证' } });
    expect(w.attributes('href')).toBe('/notary');
  });

  it('passes other attributes through (e.g. aria-current, lang)', () => {
    const w = mountFw(FwLink, { props: { href: '/' }, attrs: { 'aria-current': 'page', lang: 'en' }, slots: { default: 'Home' } });
    expect(w.attributes('aria-current')).toBe('page');
    expect(w.attributes('lang')).toBe('en');
  });
});
