import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwErrorState from '../FwErrorState.vue';

describe('FwErrorState', () => {
  it('announces the failure and emits retry', async () => {
    const w = mountFw(FwErrorState);
    expect(w.find('[role="alert"]').text()).toContain('加载失败');
    const button = w.find('button');
    expect(button.text()).toBe('重试');
    await button.trigger('click');
    expect(w.emitted('retry')).toHaveLength(1);
  });

  it('shows the error code and trace id small for support', () => {
    const w = mountFw(FwErrorState, { props: { code: 'E5001', traceId: '7f3a-91bc' } });
    const support = w.find('.fw-state__support');
    expect(support.text()).toContain('错误代码：E5001');
    expect(support.text()).toContain('追踪编号：7f3a-91bc');
  });

  it('hides the code line without them, and retry when not retryable', () => {
    const w = mountFw(FwErrorState, { props: { retryable: false } });
    expect(w.find('.fw-state__support').exists()).toBe(false);
    expect(w.find('button').exists()).toBe(false);
  });

  it('speaks English and shows retrying as busy', async () => {
    const w = mountFw(FwErrorState, { props: { retrying: true, code: 'E1' }, locale: 'en' });
    expect(w.text()).toContain('Could not load');
    expect(w.text()).toContain('Error code: E1');
    const button = w.find('button');
    expect(button.attributes('aria-busy')).toBe('true');
    await button.trigger('click');
    expect(w.emitted('retry')).toBeUndefined();
  });
});
