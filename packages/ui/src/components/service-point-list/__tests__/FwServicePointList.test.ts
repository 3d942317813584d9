import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwServicePointList from '../FwServicePointList.vue';
import type { FwServicePoint } from '../types.js';

// Around Tian'anmen, Beijing; the origin is at Dongdan.
const points: FwServicePoint[] = [
  { id: 'far', name: '某某区公共法律服务中心', kind: '公共法律服务中心', address: '某某区某某路 100 号', phone: '010-1234 5678', openingHours: '周一至周五 9:00–17:00', location: { lat: 39.99, lng: 116.31 } },
  { id: 'none', name: '某某村公共法律服务工作室', kind: '工作室', address: '某某村村委会' },
  { id: 'near', name: '某某街道公共法律服务工作站', kind: '工作站', address: '某某街道 8 号', location: { lat: 39.915, lng: 116.418 } },
];
const ORIGIN = { lat: 39.9097, lng: 116.4178 };

afterEach(() => {
  vi.unstubAllGlobals();
});

function names(w: ReturnType<typeof mountFw>) {
  return w.findAll('li h3').map((h) => h.text());
}

function stubGeolocation(impl: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
  const getCurrentPosition = vi.fn(impl);
  vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
  return getCurrentPosition;
}

const denied = { code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError;
const unavailable = { ...denied, code: 2 } as GeolocationPositionError;

describe('FwServicePointList', () => {
  it('lists points in the given order, each with a heading, kind, address and tel: link', () => {
    const w = mountFw(FwServicePointList, { props: { points } });
    expect(w.get('ul').attributes('aria-label')).toBe('服务网点');
    expect(names(w)).toEqual(['某某区公共法律服务中心', '某某村公共法律服务工作室', '某某街道公共法律服务工作站']);
    const first = w.findAll('li')[0]!;
    expect(first.text()).toContain('公共法律服务中心');
    expect(first.text()).toContain('地址：某某区某某路 100 号');
    expect(first.text()).toContain('办公时间：周一至周五 9:00–17:00');
    expect(first.get('a').attributes('href')).toBe('tel:01012345678');
    expect(w.findAll('li')[1]!.find('a').exists()).toBe(false);
    expect(w.text()).not.toContain('公里');
  });

  it('sorts by distance from an origin and shows it', () => {
    const w = mountFw(FwServicePointList, { props: { points, origin: ORIGIN } });
    expect(names(w)).toEqual(['某某街道公共法律服务工作站', '某某区公共法律服务中心', '某某村公共法律服务工作室']);
    const distances = w.findAll('.fw-service-points__distance').map((d) => d.text());
    expect(distances[0]).toMatch(/^约 \d+ 米$/);
    expect(distances[1]).toMatch(/^约 \d+(\.\d)? 公里$/);
    expect(distances).toHaveLength(2);
  });

  it('formats distances in English', () => {
    const w = mountFw(FwServicePointList, { props: { points, origin: ORIGIN }, locale: 'en' });
    const distances = w.findAll('.fw-service-points__distance').map((d) => d.text());
    expect(distances[0]).toMatch(/^about \d+ m$/);
    expect(distances[1]).toMatch(/^about \d+(\.\d)? km$/);
    expect(w.text()).toContain('Address: ');
  });

  it('uses the configured heading level', () => {
    const w = mountFw(FwServicePointList, { props: { points, headingLevel: 2 } });
    expect(w.findAll('li h2')).toHaveLength(3);
  });

  it('locates the user on request and sorts nearest first', async () => {
    const get = stubGeolocation((ok) => ok({ coords: { latitude: ORIGIN.lat, longitude: ORIGIN.lng } } as GeolocationPosition));
    const w = mountFw(FwServicePointList, { props: { points, locate: true } });
    const button = w.get('button');
    expect(button.text()).toBe('使用我的位置');
    await button.trigger('click');
    await flushPromises();
    expect(get).toHaveBeenCalled();
    expect(names(w)[0]).toBe('某某街道公共法律服务工作站');
    expect(w.get('[role="status"]').text()).toBe('已按距离由近到远排列。');
    expect(w.emitted('located')![0]).toEqual([ORIGIN]);
  });

  it('shows a polite message and keeps the list unsorted when permission is denied', async () => {
    stubGeolocation((_ok, fail) => fail!(denied));
    const w = mountFw(FwServicePointList, { props: { points, locate: true } });
    await w.get('button').trigger('click');
    await flushPromises();
    expect(w.get('[role="status"]').text()).toBe('未获得定位权限，网点按默认顺序显示。');
    expect(names(w)[0]).toBe('某某区公共法律服务中心');
    expect(w.findAll('li')).toHaveLength(3);
  });

  it('says the position is unavailable on other errors or without geolocation', async () => {
    stubGeolocation((_ok, fail) => fail!(unavailable));
    const w = mountFw(FwServicePointList, { props: { points, locate: true } });
    await w.get('button').trigger('click');
    await flushPromises();
    expect(w.get('[role="status"]').text()).toBe('暂时无法获取您的位置，网点按默认顺序显示。');

    vi.stubGlobal('navigator', { ...navigator, geolocation: undefined });
    const none = mountFw(FwServicePointList, { props: { points, locate: true }, locale: 'en' });
    await none.get('button').trigger('click');
    await flushPromises();
    expect(none.get('[role="status"]').text()).toContain('not available');
  });

  it('shows the button busy while locating', async () => {
    stubGeolocation(() => undefined);
    const w = mountFw(FwServicePointList, { props: { points, locate: true } });
    await w.get('button').trigger('click');
    expect(w.get('button').attributes('aria-busy')).toBe('true');
    expect(w.get('[role="status"]').text()).toBe('正在获取您的位置…');
  });

  it('has no locate button unless asked', () => {
    expect(mountFw(FwServicePointList, { props: { points } }).find('button').exists()).toBe(false);
  });
});
