import { describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwRadioGroup from '../FwRadioGroup.vue';
import FwFormField from '../../form-field/FwFormField.vue';

const options = [
  { value: 'online', label: '网上办理', description: '上传材料后 3 个工作日内答复' },
  { value: 'window', label: '窗口办理', description: '到公证处服务窗口提交原件' },
  { value: 'mail', label: '邮寄办理', disabled: true },
];

const wait = () => new Promise((r) => setTimeout(r, 10));

describe('FwRadioGroup', () => {
  it('is a radiogroup named by its legend, each radio named by its label and described by its description', () => {
    const w = mountFw(FwRadioGroup, { props: { options, legend: '办理方式' } });
    const group = w.get('[role="radiogroup"]');
    expect(group.attributes('aria-labelledby')).toBe(w.get('.fw-radio-group__legend').attributes('id'));
    const radios = w.findAll('[role="radio"]');
    expect(radios).toHaveLength(3);
    const first = radios[0]!;
    expect(document.getElementById(first.attributes('aria-labelledby')!)?.textContent).toBe('网上办理');
    expect(document.getElementById(first.attributes('aria-describedby')!)?.textContent).toBe('上传材料后 3 个工作日内答复');
    expect(radios[2]!.attributes('disabled')).toBeDefined();
    expect(radios[2]!.attributes('aria-describedby')).toBeUndefined();
  });

  it('selects on click and updates v-model', async () => {
    const w = mountFw(FwRadioGroup, { props: { options, legend: '办理方式', modelValue: '' } });
    await w.findAll('[role="radio"]')[1]!.trigger('click');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['window']);
  });

  it('moves and checks with the arrow keys (roving focus), skipping disabled options', async () => {
    const w = mountFw(FwRadioGroup, {
      props: { options, legend: '办理方式', modelValue: 'online', 'onUpdate:modelValue': (v: string) => w.setProps({ modelValue: v }) },
    });
    const radios = w.findAll('[role="radio"]');
    expect(radios[0]!.attributes('aria-checked')).toBe('true');
    (radios[0]!.element as HTMLElement).focus();
    await wait(); // Reka listens for keys on the item once it has had focus
    await radios[0]!.trigger('keydown', { key: 'ArrowDown' });
    await wait();
    await nextTick();
    expect(document.activeElement).toBe(radios[1]!.element);
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['window']);
    // The disabled third option is skipped; the group loops back to the first.
    await wait();
    await radios[1]!.trigger('keydown', { key: 'ArrowDown' });
    await wait();
    expect(document.activeElement).toBe(radios[0]!.element);
  });

  it('lays out horizontally', () => {
    const w = mountFw(FwRadioGroup, { props: { options, legend: '办理方式', orientation: 'horizontal' } });
    expect(w.classes()).toContain('fw-radio-group--horizontal');
    expect(w.get('[role="radiogroup"]').attributes('aria-orientation')).toBe('horizontal');
  });

  it('inside FwFormField it is named by the field label and described by its error', async () => {
    const w = mountFw(FwFormField, {
      props: { label: '办理方式', required: true, error: '请选择办理方式' },
      slots: { default: () => h(FwRadioGroup, { options }) },
    });
    await nextTick();
    const group = w.get('[role="radiogroup"]');
    expect(group.attributes('aria-labelledby')).toBe(w.get('.fw-form-field__label').attributes('id'));
    expect(group.attributes('aria-describedby')).toBe(w.get('.fw-form-field__error').attributes('id'));
    expect(group.attributes('aria-invalid')).toBe('true');
    expect(group.attributes('aria-required')).toBe('true');
  });
});
