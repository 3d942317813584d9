// @vitest-environment node
// (import.meta.url must stay a file: URL for the profile folder; the DOM comes from happy-dom directly.)
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { loadBuiltInRegions } from '@fawang/regions/node';
import { loadProfile, regionIdFromPath } from '../boot/profile.js';
import { govChrome } from '../shell/chrome.js';

const registry = await loadBuiltInRegions();
const leshan = registry.get('leshan')!;

function page(inline?: string): Document {
  const doc = new Window().document as unknown as Document;
  if (inline !== undefined) {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = 'fawang-profile';
    script.textContent = inline;
    doc.head.append(script);
  }
  return doc;
}

const json = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const unused = async (): Promise<Response> => {
  throw new Error('fetch must not be called');
};

describe('regionIdFromPath', () => {
  it('is the first path segment', () => {
    expect(regionIdFromPath('/leshan/lawyers/')).toBe('leshan');
    expect(regionIdFromPath('/')).toBe('');
  });
});

describe('loadProfile', () => {
  it('takes the profile the server inlined, without a request', async () => {
    expect(await loadProfile('leshan', page(JSON.stringify(leshan)), unused)).toEqual({ status: 'ok', profile: leshan });
  });

  it('fetches and validates the profile when none is inlined (vite dev)', async () => {
    expect(await loadProfile('leshan', page(), json(leshan))).toEqual({ status: 'ok', profile: leshan });
  });

  it('reports a profile that fails the schema with the failing path', async () => {
    const result = await loadProfile('leshan', page(), json({ ...leshan, branding: { siteName: '' } }));
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/branding\.siteName/);
  });

  it('tells a region that does not exist from a server that failed', async () => {
    expect(await loadProfile('atlantis', page(), json({ status: 404 }, 404))).toEqual({ status: 'not-found', regionId: 'atlantis' });
    expect(await loadProfile('Not A Region', page(), unused)).toEqual({ status: 'not-found', regionId: 'Not A Region' });
    expect((await loadProfile('leshan', page(), json({}, 503))).status).toBe('error');
    expect(await loadProfile('leshan', page(), async () => Promise.reject(new TypeError('offline')))).toEqual({ status: 'error', message: 'offline' });
  });

  it('ignores a corrupt inline copy and asks the API', async () => {
    expect(await loadProfile('leshan', page('{not json'), json(leshan))).toEqual({ status: 'ok', profile: leshan });
  });
});

describe('govChrome', () => {
  it('carries the filings of the region and its hotlines into the footer', () => {
    const chrome = govChrome(leshan);
    expect(chrome.organizer).toBe(leshan.site.organizer);
    expect(chrome.siteCode).toBe(leshan.site.siteCode);
    expect(chrome.icp).toBe(leshan.site.icp);
    expect(chrome.hotlines?.map((h) => h.number)).toEqual(leshan.channels.hotlines.map((h) => h.number));
  });
});

describe('govChrome and 我要纠错', () => {
  it('uses the site\'s own 纠错 page when the profile has one, and offers none for a demo site code', () => {
    expect(govChrome({ ...leshan, site: { ...leshan.site, siteCode: 'DEMO511100' } }).errorReport).toBe(false);
    expect(govChrome({ ...leshan, site: { ...leshan.site, siteCode: '5111000001' } }).errorReport).toBe(true);
    expect(govChrome({ ...leshan, site: { ...leshan.site, correctionHref: 'https://fw.leshan.gov.cn/jiucuo' } }).errorReportHref).toBe('https://fw.leshan.gov.cn/jiucuo');
  });
});
