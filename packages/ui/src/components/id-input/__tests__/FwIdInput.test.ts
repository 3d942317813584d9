import { describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwIdInput from '../FwIdInput.vue';
import FwFormField from '../../form-field/FwFormField.vue';

const VALID = '11010519491231002X';
const BAD_CHECK = '110105194912310020';

function mountId(props: Record<string, unknown> = {}, locale?: string) {
  const w = mountFw(FwIdInput, {
    props: { label: '身份证号码', modelValue: '', 'onUpdate:modelValue': (v: string) => w.setProps({ modelValue: v }), ...props },
    locale,
  });
  return w;
}

describe('FwIdInput', () => {
  it('strips spaces, upper-cases x and keeps at most 18 characters', async () => {
    const w = mountId();
    await w.get('input').setValue('110105 1949 1231 002x');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([VALID]);
    await w.get('input').setValue(`${VALID}99`);
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([VALID]);
    await nextTick();
    expect((w.get('input').element as HTMLInputElement).value).toBe(VALID);
  });

  it('rejects a bad check digit on blur, saying which rule failed, and emits validity', async () => {
    const w = mountId();
    const input = w.get('input');
    await input.setValue(BAD_CHECK);
    expect(w.get('.fw-id-input__error').text()).toBe('');
    await input.trigger('blur');
    const error = w.get('.fw-id-input__error');
    expect(error.text()).toContain('身份证号码最后一位（校验码）与前 17 位不符');
    expect(error.attributes('aria-live')).toBe('polite');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toContain(error.attributes('id'));
    expect(w.emitted('validity')?.at(-1)).toEqual([{ valid: false, reason: 'checksum' }]);
  });

  it('tells wrong length, impossible date and future date apart', async () => {
    const today = new Date(Date.UTC(2025, 0, 1));
    const w = mountId({ today });
    const input = w.get('input');
    await input.setValue('1101051949');
    await input.trigger('blur');
    expect(w.get('.fw-id-input__error').text()).toContain('应为 18 位，您输入了 10 位');
    await input.setValue('110105194902300021');
    expect(w.get('.fw-id-input__error').text()).toContain('出生日期不存在');
    await input.setValue('110105209901010021');
    expect(w.get('.fw-id-input__error').text()).toContain('晚于今天');
    expect(w.emitted('validity')?.at(-1)).toEqual([{ valid: false, reason: 'birthDateFuture' }]);
  });

  it('shows the birth date as a hint when valid', async () => {
    const w = mountId({ modelValue: '44030419900307123X' });
    const hint = w.get('.fw-id-input__birth');
    expect(hint.text()).toBe('出生日期：1990年3月7日');
    expect(w.get('input').attributes('aria-describedby')).toContain(hint.attributes('id'));
    await w.get('input').trigger('blur');
    expect(w.emitted('validity')?.at(-1)).toEqual([{ valid: true }]);
  });

  it('speaks English', async () => {
    const w = mountId({ modelValue: '44030419900307123X' }, 'en');
    expect(w.get('.fw-id-input__birth').text()).toBe('Date of birth: March 7, 1990');
  });

  it('masks a valid number when blurred, with a pressed-state toggle to show it', async () => {
    const w = mountId({ modelValue: VALID, mask: true });
    const input = w.get('input');
    expect((input.element as HTMLInputElement).value).toBe('110***********002X');
    const toggle = w.get('button[aria-pressed]');
    expect(toggle.text()).toBe('显示完整号码');
    expect(toggle.attributes('aria-pressed')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-pressed')).toBe('true');
    expect((input.element as HTMLInputElement).value).toBe(VALID);
    await toggle.trigger('click');
    expect((input.element as HTMLInputElement).value).toBe('110***********002X');
    // Focusing the input shows the real number for editing; v-model never holds the mask.
    await input.trigger('focus');
    expect((input.element as HTMLInputElement).value).toBe(VALID);
    expect(w.emitted('update:modelValue')).toBeUndefined();
  });

  it('inside FwFormField, hands its message to the field', async () => {
    const w = mountFw(FwFormField, {
      props: { label: '申请人身份证号码', required: true },
      slots: { default: () => h(FwIdInput, { modelValue: BAD_CHECK }) },
    });
    const input = w.get('input');
    await input.trigger('blur');
    await nextTick();
    const error = w.get('.fw-form-field__error');
    expect(error.text()).toContain('校验码');
    expect(w.find('.fw-id-input__error').exists()).toBe(false);
    expect(input.attributes('aria-describedby')).toContain(error.attributes('id'));
    expect(w.get('label').attributes('for')).toBe(input.attributes('id'));
  });
});
