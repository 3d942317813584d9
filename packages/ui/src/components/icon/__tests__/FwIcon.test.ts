import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwIcon from '../FwIcon.vue';
import { FW_ICONS } from '../icons.js';

describe('FwIcon', () => {
  it('is hidden from assistive technology when decorative', () => {
    const w = mountFw(FwIcon, { props: { name: 'search' } });
    expect(w.attributes('aria-hidden')).toBe('true');
    expect(w.attributes('role')).toBeUndefined();
    expect(w.find('path').attributes('d')).toBe(FW_ICONS.search);
  });

  it('becomes a named image when labelled', () => {
    const w = mountFw(FwIcon, { props: { name: 'phone', label: '电话' } });
    expect(w.attributes('role')).toBe('img');
    expect(w.attributes('aria-label')).toBe('电话');
    expect(w.attributes('aria-hidden')).toBeUndefined();
  });

  it('draws custom path data', () => {
    const w = mountFw(FwIcon, { props: { path: 'M0 0h24' } });
    expect(w.find('path').attributes('d')).toBe('M0 0h24');
  });
});
