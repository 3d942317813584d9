import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwButton from '../FwButton.vue';

describe('FwButton', () => {
  it('is a type="button" by default so it never submits a form by accident', () => {
    const w = mountFw(FwButton, { slots: { default: '提交' } });
    expect(w.attributes('type')).toBe('button');
    expect(w.text()).toBe('提交');
  });

  it('emits click on Enter/Space activation (native button) and on click', async () => {
    const w = mountFw(FwButton, { slots: { default: '查询' } });
    await w.trigger('click');
    expect(w.emitted('click')).toHaveLength(1);
  });

  it('does not emit while loading, stays focusable and announces it', async () => {
    const w = mountFw(FwButton, { props: { loading: true }, slots: { default: '提交' } });
    await w.trigger('click');
    expect(w.emitted('click')).toBeUndefined();
    expect(w.attributes('disabled')).toBeUndefined();
    expect(w.attributes('aria-busy')).toBe('true');
    expect(w.text()).toContain('加载中');
    (w.element as HTMLButtonElement).focus();
    expect(document.activeElement).toBe(w.element);
  });

  it('announces loading in English when the locale is en', () => {
    const w = mountFw(FwButton, { props: { loading: true }, slots: { default: 'Submit' }, locale: 'en' });
    expect(w.text()).toContain('Loading');
  });

  it('does not emit when disabled', async () => {
    const w = mountFw(FwButton, { props: { disabled: true }, slots: { default: '提交' } });
    await w.trigger('click');
    expect(w.emitted('click')).toBeUndefined();
    expect(w.attributes('disabled')).toBeDefined();
  });

  it('names an icon-only button', () => {
    const w = mountFw(FwButton, { props: { icon: 'close', label: '关闭' } });
    expect(w.attributes('aria-label')).toBe('关闭');
    expect(w.classes()).toContain('fw-button--icon-only');
  });
});
