import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwCard from '../FwCard.vue';

describe('FwCard', () => {
  it('renders the title as an h3 by default with header, body and footer slots', () => {
    const w = mountFw(FwCard, {
      props: { title: '北京市某某律师事务所' },
      slots: { header: '<span class="badge">执业中</span>', default: '<p>擅长婚姻家事</p>', footer: '执业律师 28 名' },
    });
    expect(w.find('h3').text()).toBe('北京市某某律师事务所');
    expect(w.find('.fw-card__header-extra .badge').text()).toBe('执业中');
    expect(w.find('.fw-card__body').text()).toBe('擅长婚姻家事');
    expect(w.find('.fw-card__footer').text()).toBe('执业律师 28 名');
    expect(w.element.tagName).toBe('ARTICLE');
  });

  it('uses the configured heading level and element', () => {
    const w = mountFw(FwCard, { props: { title: '公证处', headingLevel: 2, as: 'li' } });
    expect(w.find('h2').exists()).toBe(true);
    expect(w.find('h3').exists()).toBe(false);
    expect(w.element.tagName).toBe('LI');
  });

  it('with href makes the title the only link (stretched over the card)', () => {
    const w = mountFw(FwCard, { props: { title: '法律援助申请', href: '/legal-aid' }, slots: { default: '<p>说明</p>' } });
    const links = w.findAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.attributes('href')).toBe('/legal-aid');
    expect(links[0]!.text()).toBe('法律援助申请');
    expect(links[0]!.element.closest('h3')).not.toBeNull();
    expect(w.classes()).toContain('fw-card--linked');
  });

  it('says when an external link opens a new window, in the current locale', () => {
    const zh = mountFw(FwCard, { props: { title: '司法部', href: 'https://example.org', external: true } });
    expect(zh.find('a').attributes('target')).toBe('_blank');
    expect(zh.find('a').attributes('rel')).toContain('noopener');
    expect(zh.find('a').text()).toContain('在新窗口打开');
    const en = mountFw(FwCard, { props: { title: 'Ministry', href: 'https://example.org', external: true }, locale: 'en' });
    expect(en.find('a').text()).toContain('opens in a new window');
  });

  it('has no link without href', () => {
    const w = mountFw(FwCard, { props: { title: '说明' } });
    expect(w.find('a').exists()).toBe(false);
  });
});
