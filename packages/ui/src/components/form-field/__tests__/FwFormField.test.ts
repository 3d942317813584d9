 
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwFormField from '../FwFormField.vue';
import FwInput from '../../input/FwInput.vue';
import FwRadioGroup from '../../radio-group/FwRadioGroup.vue';
import { useFormFieldContext, type FwFormFieldContext } from '../context.js';

describe('FwFormField', () => {
  it('labels the control inside it and links the hint through aria-describedby', () => {
    const w = mountFw(FwFormField, {
      props: { label: '申请人姓名', hint: '与身份证上的姓名一致' },
      slots: { default: () => h(FwInput) },
    });
    const label = w.get('label');
    const input = w.get('input');
    expect(label.attributes('for')).toBe(input.attributes('id'));
    expect(label.text()).toBe('申请人姓名');
    const hint = w.get('.fw-form-field__hint');
    expect(input.attributes('aria-describedby')).toBe(hint.attributes('id'));
    expect(input.attributes('aria-invalid')).toBeUndefined();
  });

  it('says "required" in words, in both languages, and sets aria-required', () => {
    const zh = mountFw(FwFormField, { props: { label: '联系电话', required: true }, slots: { default: () => h(FwInput) } });
    expect(zh.get('label').text()).toContain('（必填）');
    expect(zh.get('input').attributes('aria-required')).toBe('true');
    const en = mountFw(FwFormField, { props: { label: 'Phone', required: true }, slots: { default: () => h(FwInput) }, locale: 'en' });
    expect(en.get('label').text()).toContain('(required)');
  });

  it('shows a standalone error, marks the control invalid and describes it by the message first', async () => {
    const w = mountFw(FwFormField, {
      props: { label: '邮政编码', hint: '6 位数字', error: '邮政编码应为 6 位数字' },
      slots: { default: () => h(FwInput) },
    });
    const input = w.get('input');
    const error = w.get('.fw-form-field__error');
    expect(error.attributes('aria-live')).toBe('polite');
    expect(error.text()).toContain('错误：');
    expect(error.text()).toContain('邮政编码应为 6 位数字');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')?.split(' ')).toEqual([error.attributes('id'), w.get('.fw-form-field__hint').attributes('id')]);
    await w.setProps({ error: undefined });
    expect(w.get('.fw-form-field__error').text()).toBe('');
    expect(w.get('input').attributes('aria-invalid')).toBeUndefined();
  });

  it('provides id, describedBy, invalid, required and onBlur to a custom control', () => {
    let ctx: FwFormFieldContext | null = null;
    const Probe = defineComponent({
      setup() {
        ctx = useFormFieldContext();
        return () => h('input', { id: ctx?.id.value });
      },
    });
    mountFw(FwFormField, { props: { label: '案号', id: 'case-no', required: true, error: '请填写案号' }, slots: { default: () => h(Probe) } });
    expect(ctx).not.toBeNull();
    expect(ctx!.id.value).toBe('case-no');
    expect(ctx!.invalid.value).toBe(true);
    expect(ctx!.required.value).toBe(true);
    expect(ctx!.describedBy.value).toMatch(/-error$/);
    expect(typeof ctx!.onBlur).toBe('function');
  });

  it('names a group control with aria-labelledby instead of <label for>', async () => {
    const w = mountFw(FwFormField, {
      props: { label: '申请事项' },
      slots: { default: () => h(FwRadioGroup, { options: [{ value: 'a', label: '法律援助' }, { value: 'b', label: '公证' }] }) },
    });
    await nextTick();
    expect(w.find('label.fw-form-field__label').exists()).toBe(false);
    const label = w.get('span.fw-form-field__label');
    expect(w.get('[role="radiogroup"]').attributes('aria-labelledby')).toBe(label.attributes('id'));
  });

  it('shows a message a control reports (setControlError)', async () => {
    let ctx: FwFormFieldContext | null = null;
    const Probe = defineComponent({
      setup() {
        ctx = useFormFieldContext();
        return () => h('input');
      },
    });
    const w = mountFw(FwFormField, { props: { label: '日期' }, slots: { default: () => h(Probe) } });
    ctx!.setControlError('日期超出范围');
    await nextTick();
    expect(w.get('.fw-form-field__error').text()).toContain('日期超出范围');
    expect(w.classes()).toContain('fw-form-field--invalid');
  });
});
