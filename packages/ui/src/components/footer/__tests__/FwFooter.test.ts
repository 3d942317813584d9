import { afterEach, describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwFooter from '../FwFooter.vue';
import { errorReportUrl, ICP_URL, publicSecurityUrl, telHref } from '../gov.js';
import type { FwGovChrome } from '../types.js';

const sichuan: FwGovChrome = {
  organizer: '四川省司法厅',
  siteCode: '5100000000',
  icp: '蜀ICP备00000000号-1',
  publicSecurity: { text: '川公网安备 51010002000000号', code: '51010002000000' },
  partyGovMark: true,
  hotlines: [
    { name: '公共法律服务热线', number: '12348' },
    { name: '藏汉双语坐席', number: '12348-1' },
  ],
  privacyHref: '/privacy',
  accessibilityHref: '/accessibility',
};

describe('errorReportUrl', () => {
  it('builds the gov.cn 我要纠错 address with the site code and the encoded page address', () => {
    expect(errorReportUrl('5111000001', 'https://fw.leshan.gov.cn/lawyers?q=张三&page=2#list')).toBe(
      'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5111000001&url=' +
        'https%3A%2F%2Ffw.leshan.gov.cn%2Flawyers%3Fq%3D%E5%BC%A0%E4%B8%89%26page%3D2%23list',
    );
  });

  it('encodes characters that would break the query and trims the site code', () => {
    const url = new URL(errorReportUrl(' 5111000001 ', 'https://a.gov.cn/x?a=1&b=2 3'));
    expect(url.searchParams.get('site_code')).toBe('5111000001');
    expect(url.searchParams.get('url')).toBe('https://a.gov.cn/x?a=1&b=2 3');
    expect([...url.searchParams.keys()]).toEqual(['site_code', 'url']);
  });
});

describe('publicSecurityUrl and telHref', () => {
  it('keeps only the digits of a 公安机关备案号', () => {
    expect(publicSecurityUrl('川公网安备 51110202000123号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=51110202000123');
    expect(publicSecurityUrl('51110202000123')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=51110202000123');
  });

  it('turns hotline numbers as written into tel: addresses', () => {
    expect(telHref('12348')).toBe('tel:12348');
    expect(telHref('12348-1')).toBe('tel:12348,1');
    expect(telHref('028-1234 5678')).toBe('tel:02812345678');
    expect(telHref('(0833) 2100000')).toBe('tel:08332100000');
    expect(telHref('+86 833 210 0000')).toBe('tel:+868332100000');
  });
});

describe('FwFooter', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('is the contentinfo landmark with the organizer and site code', () => {
    const w = mountFw(FwFooter, { props: { chrome: sichuan } });
    expect(w.element.tagName).toBe('FOOTER');
    const facts = w.findAll('.fw-footer__fact').map((f) => f.text());
    expect(facts).toContain('主办单位四川省司法厅');
    expect(facts).toContain('网站标识码5100000000');
  });

  it('links the ICP and public-security filings to their lookups in a new window', () => {
    const w = mountFw(FwFooter, { props: { chrome: sichuan } });
    const icp = w.find(`a[href="${ICP_URL}"]`);
    expect(icp.text()).toContain('蜀ICP备00000000号-1');
    expect(icp.attributes('target')).toBe('_blank');
    expect(icp.attributes('rel')).toBe('noopener noreferrer');
    expect(icp.text()).toContain('（在新窗口打开）');
    const mps = w.find('a[href^="https://beian.mps.gov.cn/"]');
    expect(mps.attributes('href')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=51010002000000');
    expect(mps.text()).toContain('川公网安备 51010002000000号');
  });

  it('reports the given page in 我要纠错', () => {
    const w = mountFw(FwFooter, { props: { chrome: sichuan, pageUrl: 'https://fw.sc.gov.cn/notary?id=1' } });
    const link = w.findAll('a').find((a) => a.text().startsWith('我要纠错'))!;
    expect(link.attributes('href')).toBe(errorReportUrl('5100000000', 'https://fw.sc.gov.cn/notary?id=1'));
    expect(link.attributes('target')).toBe('_blank');
  });

  it('reports the current address by default, re-read when the link is used', async () => {
    window.history.replaceState(null, '', '/legal-aid?step=2');
    const w = mountFw(FwFooter, { props: { chrome: sichuan } });
    await w.vm.$nextTick();
    const link = w.findAll('a').find((a) => a.text().startsWith('我要纠错'))!;
    expect(link.attributes('href')).toBe(errorReportUrl('5100000000', window.location.href));
    window.history.pushState(null, '', '/mediation');
    await link.trigger('focus');
    expect((link.element as HTMLAnchorElement).href).toBe(errorReportUrl('5100000000', window.location.href));
    expect(decodeURIComponent((link.element as HTMLAnchorElement).href)).toContain('/mediation');
  });

  it('shows 我要纠错 only with a site code, and not when turned off', () => {
    const noCode = mountFw(FwFooter, { props: { chrome: { organizer: '乐山市司法局', errorReport: true } } });
    expect(noCode.text()).not.toContain('我要纠错');
    const off = mountFw(FwFooter, { props: { chrome: { ...sichuan, errorReport: false } } });
    expect(off.text()).not.toContain('我要纠错');
  });

  it('links 我要纠错 to the site\'s own page when it has one', () => {
    const w = mountFw(FwFooter, { props: { chrome: { ...sichuan, errorReportHref: 'https://sf.sc.gov.cn/jiucuo' } } });
    const link = w.findAll('a').find((a) => a.text().includes('我要纠错'))!;
    expect(link.attributes('href')).toBe('https://sf.sc.gov.cn/jiucuo');
    const withoutCode = mountFw(FwFooter, { props: { chrome: { organizer: '乐山市司法局', errorReportHref: 'https://fw.leshan.gov.cn/jiucuo' } } });
    expect(withoutCode.text()).toContain('我要纠错');
  });

  it('shows the 党政机关网站标识 as text with a decorative emblem', () => {
    const w = mountFw(FwFooter, { props: { chrome: sichuan } });
    const mark = w.find('.fw-footer__mark');
    expect(mark.text()).toBe('党政机关党政机关网站标识');
    expect(mark.find('svg').attributes('aria-hidden')).toBe('true');
    expect(w.find('img').exists()).toBe(false);
    const without = mountFw(FwFooter, { props: { chrome: { ...sichuan, partyGovMark: false } } });
    expect(without.find('.fw-footer__mark').exists()).toBe(false);
  });

  it('lists hotlines as tel: links under a heading', () => {
    const w = mountFw(FwFooter, { props: { chrome: sichuan, headingLevel: 3 } });
    const tels = w.findAll('a[href^="tel:"]');
    expect(tels.map((a) => a.attributes('href'))).toEqual(['tel:12348', 'tel:12348,1']);
    expect(w.find('h3').text()).toBe('服务热线');
    const list = w.find('.fw-footer__list');
    expect(list.attributes('aria-labelledby')).toBe(w.find('h3').attributes('id'));
  });

  it('renders a minimal city footer without empty sections', () => {
    const w = mountFw(FwFooter, { props: { chrome: { organizer: '乐山市司法局' } } });
    expect(w.find('.fw-footer__columns').exists()).toBe(false);
    expect(w.findAll('a')).toHaveLength(0);
    expect(w.text()).toContain('乐山市司法局');
  });

  it('speaks English labels and keeps Chinese filing texts marked zh-CN', () => {
    const w = mountFw(FwFooter, { props: { chrome: sichuan, pageUrl: 'https://x.gov.cn/' }, locale: 'en' });
    expect(w.text()).toContain('Organizer');
    expect(w.text()).toContain('Report an error');
    expect(w.text()).toContain('Privacy notice');
    expect(w.text()).toContain('Hotlines');
    expect(w.find('a[href="https://beian.miit.gov.cn/"] span[lang="zh-CN"]').text()).toBe('蜀ICP备00000000号-1');
  });
});
