import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwTextarea from '../FwTextarea.vue';
import FwFormField from '../../form-field/FwFormField.vue';

describe('FwTextarea', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('binds v-model and rows, labelled by its own label', async () => {
    const w = mountFw(FwTextarea, { props: { label: '事实与理由', rows: 6 } });
    const ta = w.get('textarea');
    expect(ta.attributes('rows')).toBe('6');
    expect(w.get('label').attributes('for')).toBe(ta.attributes('id'));
    await ta.setValue('2024 年 3 月，申请人与被申请人签订劳动合同。');
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['2024 年 3 月，申请人与被申请人签订劳动合同。']);
  });

  it('shows the remaining characters and describes the textarea by it', () => {
    const w = mountFw(FwTextarea, { props: { label: '补充说明', maxlength: 200, modelValue: '一二三四五' } });
    const counter = w.get('.fw-textarea__counter');
    expect(counter.text()).toBe('还可输入 195 个字');
    expect(w.get('textarea').attributes('aria-describedby')).toBe(counter.attributes('id'));
    expect(w.get('textarea').attributes('maxlength')).toBe('200');
  });

  it('announces the remaining count politely only after typing pauses near the limit', async () => {
    const w = mountFw(FwTextarea, {
      props: { label: '补充说明', maxlength: 20, modelValue: '', 'onUpdate:modelValue': (v: string) => w.setProps({ modelValue: v }) },
    });
    const live = w.get('[aria-live="polite"]');
    const ta = w.get('textarea');
    await ta.setValue('一二三');
    vi.advanceTimersByTime(1200);
    await nextTick();
    expect(live.text()).toBe(''); // far from the limit: silence
    await ta.setValue('一二三四五六七八九十一二三四五六');
    vi.advanceTimersByTime(500);
    await nextTick();
    expect(live.text()).toBe(''); // still typing
    vi.advanceTimersByTime(600);
    await nextTick();
    expect(live.text()).toBe('还可输入 4 个字');
  });

  it('says when the limit is reached, in English too', () => {
    const w = mountFw(FwTextarea, { props: { label: 'Details', maxlength: 3, modelValue: 'abc' }, locale: 'en' });
    expect(w.get('.fw-textarea__counter').text()).toBe('You have reached the 3-character limit');
  });

  it('grows with its content when autoGrow is set', async () => {
    const w = mountFw(FwTextarea, { props: { label: '说明', autoGrow: true, modelValue: '' } });
    const el = w.get('textarea').element as HTMLTextAreaElement;
    Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => 180 });
    await w.setProps({ modelValue: '很长的内容\n第二行\n第三行' });
    await nextTick();
    expect(el.style.height).toBe('180px');
    expect(w.get('textarea').classes()).toContain('fw-textarea__control--auto');
  });

  it('takes its wiring from FwFormField', () => {
    const w = mountFw(FwFormField, {
      props: { label: '申请理由', required: true, error: '请填写申请理由' },
      slots: { default: () => h(FwTextarea) },
    });
    const ta = w.get('textarea');
    expect(w.get('label').attributes('for')).toBe(ta.attributes('id'));
    expect(ta.attributes('aria-invalid')).toBe('true');
    expect(ta.attributes('aria-required')).toBe('true');
  });
});
