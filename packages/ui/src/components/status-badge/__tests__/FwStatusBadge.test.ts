import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import { FW_ICONS } from '../../icon/icons.js';
import FwStatusBadge from '../FwStatusBadge.vue';

describe('FwStatusBadge', () => {
  it('always shows an icon and the text', () => {
    const w = mountFw(FwStatusBadge, { props: { tone: 'success', label: '已受理' } });
    expect(w.text()).toBe('已受理');
    expect(w.find('svg').exists()).toBe(true);
    expect(w.classes()).toContain('fw-status-badge--success');
  });

  it('uses a different icon per tone, so colour is never the only signal', () => {
    const paths = (['neutral', 'info', 'success', 'warning', 'danger'] as const).map((tone) =>
      mountFw(FwStatusBadge, { props: { tone, label: 'x' } }).find('path').attributes('d'),
    );
    expect(new Set(paths).size).toBe(5);
    expect(paths[4]).toBe(FW_ICONS.error);
  });

  it('takes its text from the slot and an icon override', () => {
    const w = mountFw(FwStatusBadge, { props: { tone: 'info', icon: 'calendar' }, slots: { default: '待预约' } });
    expect(w.text()).toBe('待预约');
    expect(w.find('path').attributes('d')).toBe(FW_ICONS.calendar);
  });

  it('keeps the icon hidden from screen readers (the text carries the meaning)', () => {
    const w = mountFw(FwStatusBadge, { props: { tone: 'danger', label: '已驳回' } });
    expect(w.find('svg').attributes('aria-hidden')).toBe('true');
  });
});
