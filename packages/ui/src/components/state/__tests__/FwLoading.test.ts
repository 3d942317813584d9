import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwLoading from '../FwLoading.vue';

describe('FwLoading', () => {
  it('is a status with visible text', () => {
    const w = mountFw(FwLoading);
    expect(w.attributes('role')).toBe('status');
    expect(w.find('.fw-loading__text').text()).toBe('加载中…');
  });

  it('has a skeleton variant with rows and screen-reader text', () => {
    const w = mountFw(FwLoading, { props: { variant: 'skeleton', rows: 4 }, locale: 'en' });
    expect(w.attributes('role')).toBe('status');
    expect(w.findAll('.fw-loading__row')).toHaveLength(4);
    expect(w.findAll('.fw-loading__row').every((r) => r.attributes('aria-hidden') === 'true')).toBe(true);
    expect(w.find('.fw-visually-hidden').text()).toBe('Loading…');
  });

  it('takes a custom label', () => {
    expect(mountFw(FwLoading, { props: { label: '正在查询案件进度…' } }).text()).toContain('正在查询案件进度…');
  });
});
