import { describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwInput from '../FwInput.vue';
import FwFormField from '../../form-field/FwFormField.vue';

describe('FwInput', () => {
  it('is labelled by its own label when standalone and updates v-model', async () => {
    const w = mountFw(FwInput, { props: { label: '律师事务所名称', modelValue: '' } });
    const input = w.get('input');
    expect(w.get('label').attributes('for')).toBe(input.attributes('id'));
    await input.setValue('北京市某某律师事务所');
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['北京市某某律师事务所']);
  });

  it('passes aria-label, autocomplete and inputmode to the <input>, class to the root', () => {
    const w = mountFw(FwInput, { props: { autocomplete: 'postal-code', inputmode: 'numeric' }, attrs: { 'aria-label': '邮政编码', class: 'extra' } });
    const input = w.get('input');
    expect(input.attributes('aria-label')).toBe('邮政编码');
    expect(input.attributes('autocomplete')).toBe('postal-code');
    expect(input.attributes('inputmode')).toBe('numeric');
    expect(w.classes()).toContain('extra');
    expect(input.classes()).not.toContain('extra');
  });

  it('supports the input types', () => {
    for (const type of ['text', 'email', 'search', 'number', 'password'] as const) {
      const w = mountFw(FwInput, { props: { type, label: '字段' } });
      expect(w.get('input').attributes('type')).toBe(type);
      w.unmount();
    }
  });

  it('has a named clear button that empties the value and returns focus to the input', async () => {
    const w = mountFw(FwInput, { props: { label: '关键词', clearable: true, modelValue: '婚姻家事', 'onUpdate:modelValue': (v: string) => w.setProps({ modelValue: v }) } });
    const button = w.get('button');
    expect(button.attributes('aria-label')).toBe('清除“关键词”');
    expect(button.attributes('type')).toBe('button');
    await button.trigger('click');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['']);
    expect(w.emitted('clear')).toHaveLength(1);
    expect(document.activeElement).toBe(w.get('input').element);
    await nextTick();
    expect(w.find('button').exists()).toBe(false);
  });

  it('names the clear button in English', () => {
    const w = mountFw(FwInput, { props: { clearable: true, modelValue: 'x' }, attrs: { 'aria-label': 'Keyword' }, locale: 'en' });
    expect(w.get('button').attributes('aria-label')).toBe('Clear “Keyword”');
  });

  it('does not offer clearing when disabled or readonly', () => {
    expect(mountFw(FwInput, { props: { label: 'a', clearable: true, modelValue: 'x', disabled: true } }).find('button').exists()).toBe(false);
    expect(mountFw(FwInput, { props: { label: 'a', clearable: true, modelValue: 'x', readonly: true } }).find('button').exists()).toBe(false);
    const w = mountFw(FwInput, { props: { label: 'a', disabled: true, readonly: false } });
    expect(w.get('input').attributes('disabled')).toBeDefined();
  });

  it('shows a counter with maxlength and describes the input by it', () => {
    const w = mountFw(FwInput, { props: { label: '案由', maxlength: 20, modelValue: '劳动争议' } });
    const input = w.get('input');
    expect(input.attributes('maxlength')).toBe('20');
    const counter = w.get('.fw-input__counter');
    expect(counter.text()).toContain('4/20');
    expect(counter.text()).toContain('已输入 4 个字，最多 20 个字');
    expect(input.attributes('aria-describedby')).toBe(counter.attributes('id'));
  });

  it('renders prefix and suffix slots', () => {
    const w = mountFw(FwInput, { props: { label: '金额' }, slots: { prefix: '¥', suffix: '元' } });
    expect(w.get('.fw-input__affix--prefix').text()).toBe('¥');
    expect(w.get('.fw-input__affix--suffix').text()).toBe('元');
  });

  it('takes id, aria-describedby, aria-invalid and aria-required from FwFormField and reports blur', async () => {
    const w = mountFw(FwFormField, {
      props: { label: '电子邮箱', required: true, hint: '用于接收受理通知', error: '邮箱格式不正确' },
      slots: { default: () => h(FwInput, { type: 'email', label: 'ignored' }) },
    });
    const input = w.get('input');
    expect(w.findAll('label')).toHaveLength(1);
    expect(w.get('label').attributes('for')).toBe(input.attributes('id'));
    expect(input.attributes('aria-describedby')).toContain(w.get('.fw-form-field__hint').attributes('id'));
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-required')).toBe('true');
  });

  it('keeps the DOM in step when the parent normalises the value back to the same model', async () => {
    const w = mountFw(FwInput, { props: { label: '号码', modelValue: 'AB', 'onUpdate:modelValue': () => {} } });
    const input = w.get('input');
    await input.setValue('AB ');
    await nextTick();
    expect((input.element as HTMLInputElement).value).toBe('AB');
  });
});
