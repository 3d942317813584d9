import { describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { mountFw } from '../../../testing/mount.js';
import FwDatePicker from '../FwDatePicker.vue';
import FwFormField from '../../form-field/FwFormField.vue';
import { formatIsoDate } from '../format.js';

async function settle() {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 30));
  await nextTick();
}

function segments(w: ReturnType<typeof mountFw>) {
  return w.findAll('[role="spinbutton"]');
}

describe('FwDatePicker', () => {
  it('shows an ISO value in segments ordered for zh-CN (年 月 日), each named', () => {
    const w = mountFw(FwDatePicker, { props: { label: '申请日期', modelValue: '2024-03-07' } });
    const segs = segments(w);
    expect(segs.map((s) => s.attributes('aria-label'))).toEqual(['年', '月', '日']);
    expect(segs.map((s) => s.text())).toEqual(['2024', '3', '7']);
  });

  it('follows the English locale: month, day, year and English names', () => {
    const w = mountFw(FwDatePicker, { props: { label: 'Date', modelValue: '2024-03-07' }, locale: 'en' });
    expect(segments(w).map((s) => s.attributes('aria-label'))).toEqual(['Month', 'Day', 'Year']);
    expect(w.get('button').attributes('aria-label')).toBe('Open calendar to choose a date');
  });

  it('labels the field group and names the calendar button', () => {
    const w = mountFw(FwDatePicker, { props: { label: '申请日期' } });
    const group = w.get('[role="group"]');
    expect(group.attributes('aria-labelledby')).toBe(w.get('.fw-date-picker__label').attributes('id'));
    expect(w.get('button').attributes('aria-label')).toBe('打开日历选择日期');
  });

  it('opens the calendar with named month buttons and emits the picked day as YYYY-MM-DD', async () => {
    const w = mountFw(FwDatePicker, { props: { label: '申请日期', modelValue: '2024-03-07' } });
    await w.get('button').trigger('click');
    await settle();
    const dialog = document.body.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog).not.toBeNull();
    expect(dialog.getAttribute('aria-label')).toBe('选择日期');
    expect(dialog.querySelector('[aria-label="上个月"]')).not.toBeNull();
    expect(dialog.querySelector('[aria-label="下个月"]')).not.toBeNull();
    const day = dialog.querySelector('[data-value="2024-03-15"]') as HTMLElement;
    day.click();
    await settle();
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['2024-03-15']);
  });

  it('changes a segment with the arrow keys', async () => {
    const w = mountFw(FwDatePicker, { props: { label: '申请日期', modelValue: '2024-03-07' } });
    const day = segments(w)[2]!;
    (day.element as HTMLElement).focus();
    await day.trigger('keydown', { key: 'ArrowUp' });
    await settle();
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['2024-03-08']);
  });

  it('says when the date is outside min/max, and marks the field invalid', async () => {
    const w = mountFw(FwDatePicker, { props: { label: '开庭日期', modelValue: '2023-12-31', min: '2024-01-01', max: '2024-12-31' } });
    const error = w.get('.fw-date-picker__error');
    expect(error.attributes('aria-live')).toBe('polite');
    expect(error.text()).toContain('请选择 2024年1月1日 至 2024年12月31日 之间的日期');
    expect(w.get('[role="group"]').attributes('aria-invalid')).toBe('true');
    expect(w.get('[role="group"]').attributes('aria-describedby')).toContain(error.attributes('id'));
    await w.setProps({ modelValue: '2024-06-01' });
    expect(w.get('.fw-date-picker__error').text()).toBe('');
  });

  it('inside FwFormField: named by the field label, the range message shown by the field', async () => {
    const w = mountFw(FwFormField, {
      props: { label: '出生日期', hint: '与身份证一致' },
      slots: { default: () => h(FwDatePicker, { modelValue: '2099-01-01', max: '2025-01-01' }) },
    });
    await nextTick();
    const group = w.get('[role="group"]');
    expect(group.attributes('aria-labelledby')).toBe(w.get('.fw-form-field__label').attributes('id'));
    expect(w.get('.fw-form-field__error').text()).toContain('请选择 2025年1月1日 或之前的日期');
    expect(group.attributes('aria-describedby')).toContain(w.get('.fw-form-field__error').attributes('id'));
  });

  it('is disabled', () => {
    const w = mountFw(FwDatePicker, { props: { label: '日期', disabled: true } });
    expect(w.get('button').attributes('disabled')).toBeDefined();
    expect(w.get('[role="group"]').attributes('aria-disabled')).toBe('true');
  });

  it('formats ISO dates per locale', () => {
    expect(formatIsoDate('1990-03-07', 'zh-CN')).toBe('1990年3月7日');
    expect(formatIsoDate('1990-03-07', 'en')).toBe('March 7, 1990');
    expect(formatIsoDate('nonsense', 'en')).toBe('nonsense');
  });
});
