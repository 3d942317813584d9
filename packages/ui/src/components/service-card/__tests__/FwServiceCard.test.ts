import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwServiceCard from '../FwServiceCard.vue';

const base = { title: '法律援助申请', description: '经济困难的公民可申请免费法律帮助', href: '/legal-aid/apply', icon: 'user' as const };

describe('FwServiceCard', () => {
  it('shows the title as a heading, the description and the action link', () => {
    const w = mountFw(FwServiceCard, { props: base });
    expect(w.find('h3').text()).toBe('法律援助申请');
    expect(w.text()).toContain('经济困难的公民可申请免费法律帮助');
    const action = w.find('a.fw-service-card__action');
    expect(action.attributes('href')).toBe('/legal-aid/apply');
    expect(action.text()).toContain('立即办理');
  });

  it('names the action with its service so a list of cards has distinct links', () => {
    const w = mountFw(FwServiceCard, { props: { ...base, actionLabel: '在线申请' } });
    const action = w.find('a.fw-service-card__action');
    expect(action.text().replace(/\s/g, '')).toBe('在线申请：法律援助申请');
    expect(action.find('.fw-visually-hidden').text()).toContain('法律援助申请');
  });

  it('shows the availability for a mode, or a given text', () => {
    expect(mountFw(FwServiceCard, { props: { ...base, mode: 'online' } }).text()).toContain('可全程网办');
    expect(mountFw(FwServiceCard, { props: { ...base, mode: 'onsite' } }).text()).toContain('需到现场');
    expect(mountFw(FwServiceCard, { props: { ...base, mode: 'online' }, locale: 'en' }).text()).toContain('Fully online');
    expect(mountFw(FwServiceCard, { props: { ...base, availability: '3 个工作日内答复' } }).text()).toContain('3 个工作日内答复');
    expect(mountFw(FwServiceCard, { props: base }).find('.fw-service-card__availability').exists()).toBe(false);
  });

  it('links the hotline with tel:', () => {
    const w = mountFw(FwServiceCard, { props: { ...base, hotline: '010-1234 5678' } });
    const tel = w.find('a.fw-service-card__hotline');
    expect(tel.attributes('href')).toBe('tel:01012345678');
    expect(tel.text()).toContain('咨询电话 010-1234 5678');
    expect(mountFw(FwServiceCard, { props: base }).find('a.fw-service-card__hotline').exists()).toBe(false);
  });

  it('uses the configured heading level', () => {
    expect(mountFw(FwServiceCard, { props: { ...base, headingLevel: 2 } }).find('h2').exists()).toBe(true);
  });
});
