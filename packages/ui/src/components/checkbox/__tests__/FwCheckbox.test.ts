import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwCheckbox from '../FwCheckbox.vue';
import FwFormField from '../../form-field/FwFormField.vue';

describe('FwCheckbox', () => {
  it('is a checkbox named by its label and described by its description', () => {
    const w = mountFw(FwCheckbox, { props: { label: '我已阅读并同意《法律援助申请须知》', description: '须知包含受理条件和所需材料' } });
    const box = w.get('[role="checkbox"]');
    expect(box.attributes('aria-checked')).toBe('false');
    expect(document.getElementById(box.attributes('aria-labelledby')!)?.textContent?.trim()).toBe('我已阅读并同意《法律援助申请须知》');
    expect(document.getElementById(box.attributes('aria-describedby')!)?.textContent).toBe('须知包含受理条件和所需材料');
    expect(w.get('label').attributes('for')).toBe(box.attributes('id'));
  });

  it('toggles v-model on click and on Space (a native button)', async () => {
    const w = mountFw(FwCheckbox, {
      props: { label: '同意', modelValue: false, 'onUpdate:modelValue': (v: boolean) => w.setProps({ modelValue: v }) },
    });
    const box = w.get('[role="checkbox"]');
    await box.trigger('click');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([true]);
    expect(box.attributes('aria-checked')).toBe('true');
    expect(box.attributes('type')).toBe('button');
    await box.trigger('click');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it('does not submit a form on Enter', async () => {
    const w = mountFw(FwCheckbox, { props: { label: '同意' } });
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true, bubbles: true });
    w.get('[role="checkbox"]').element.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('is disabled', async () => {
    const w = mountFw(FwCheckbox, { props: { label: '同意', disabled: true } });
    const box = w.get('[role="checkbox"]');
    expect(box.attributes('disabled')).toBeDefined();
    await box.trigger('click');
    expect(w.emitted('update:modelValue')).toBeUndefined();
  });

  it('says required in words when standalone, in English too', () => {
    const w = mountFw(FwCheckbox, { props: { label: 'I agree', required: true }, locale: 'en' });
    expect(w.get('label').text()).toContain('(required)');
    expect(w.get('[role="checkbox"]').attributes('aria-required')).toBe('true');
  });

  it('inside FwFormField without its own label, is named by the field', () => {
    const w = mountFw(FwFormField, { props: { label: '同意回访', error: '请勾选' }, slots: { default: () => h(FwCheckbox) } });
    const box = w.get('[role="checkbox"]');
    expect(box.attributes('id')).toBe(w.get('label').attributes('for'));
    expect(box.attributes('aria-labelledby')).toBe(w.get('label').attributes('id'));
    expect(box.attributes('aria-invalid')).toBe('true');
  });
});
