import { describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwPhoneInput from '../FwPhoneInput.vue';
import FwFormField from '../../form-field/FwFormField.vue';

function mountPhone(props: Record<string, unknown> = {}, locale?: string) {
  const w = mountFw(FwPhoneInput, {
    props: { label: '联系电话', modelValue: '', 'onUpdate:modelValue': (v: string) => w.setProps({ modelValue: v }), ...props },
    locale,
  });
  return w;
}

describe('FwPhoneInput', () => {
  it('is a tel input with the right keyboard and autofill', () => {
    const input = mountPhone().get('input');
    expect(input.attributes('type')).toBe('tel');
    expect(input.attributes('inputmode')).toBe('tel');
    expect(input.attributes('autocomplete')).toBe('tel');
  });

  it('keeps what was typed in v-model and emits the normalised digits', async () => {
    const w = mountPhone();
    await w.get('input').setValue('+86 138-0013-8000');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['+86 138-0013-8000']);
    await nextTick();
    expect(w.emitted('normalized')?.at(-1)).toEqual(['13800138000']);
    await w.get('input').setValue('+86 138-0013-800');
    await nextTick();
    expect(w.emitted('normalized')?.at(-1)).toEqual([null]);
  });

  it('shows an error only after blur, then follows the input', async () => {
    const w = mountPhone();
    const input = w.get('input');
    await input.setValue('1380013');
    expect(w.get('.fw-phone-input__error').text()).toBe('');
    await input.trigger('blur');
    expect(w.get('.fw-phone-input__error').text()).toContain('请输入正确的手机号码，或带区号的固定电话');
    expect(input.attributes('aria-invalid')).toBe('true');
    await input.setValue('010-12345678');
    expect(w.get('.fw-phone-input__error').text()).toBe('');
    expect(input.attributes('aria-invalid')).toBeUndefined();
  });

  it('follows kinds: a landline is refused where only a mobile will do', async () => {
    const w = mountPhone({ kinds: ['mobile'], modelValue: '010-12345678' });
    await w.get('input').trigger('blur');
    expect(w.get('.fw-phone-input__error').text()).toContain('请输入正确的 11 位手机号码');
  });

  it('speaks English', async () => {
    const w = mountPhone({ kinds: ['landline'], modelValue: '13800138000' }, 'en');
    await w.get('input').trigger('blur');
    expect(w.get('.fw-phone-input__error').text()).toContain('Enter a landline number with its area code');
  });

  it('inside FwFormField, the field shows the message', async () => {
    const w = mountFw(FwFormField, { props: { label: '联系电话' }, slots: { default: () => h(FwPhoneInput, { modelValue: '12345' }) } });
    await w.get('input').trigger('blur');
    await nextTick();
    expect(w.get('.fw-form-field__error').text()).toContain('请输入正确的手机号码');
    expect(w.find('.fw-phone-input__error').exists()).toBe(false);
  });
});
