import { describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { mountFw } from '../../../testing/mount.js';
import FwSelect from '../FwSelect.vue';
import FwFormField from '../../form-field/FwFormField.vue';

const options = [
  { value: 'legal-aid', label: '法律援助' },
  { value: 'notary', label: '公证' },
  { value: 'mediation', label: '人民调解', disabled: true },
  { value: 'arbitration', label: '仲裁' },
];

async function settle() {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 20));
  await nextTick();
}

describe('FwSelect', () => {
  it('is a combobox button named by its label, showing the placeholder', () => {
    const w = mountFw(FwSelect, { props: { options, label: '服务类型' } });
    const trigger = w.get('[role="combobox"]');
    expect(w.get('label').attributes('for')).toBe(trigger.attributes('id'));
    expect(trigger.attributes('aria-expanded')).toBe('false');
    expect(trigger.text()).toContain('请选择');
  });

  it('shows the English placeholder in English', () => {
    const w = mountFw(FwSelect, { props: { options, label: 'Service' }, locale: 'en' });
    expect(w.get('[role="combobox"]').text()).toContain('Select…');
  });

  it('opens with the keyboard, lists the options (teleported) and picks one with Enter', async () => {
    const w = mountFw(FwSelect, { props: { options, label: '服务类型', modelValue: '' } });
    const trigger = w.get('[role="combobox"]');
    (trigger.element as HTMLElement).focus();
    await trigger.trigger('keydown', { key: 'ArrowDown' });
    await settle();
    expect(trigger.attributes('aria-expanded')).toBe('true');
    const listbox = document.body.querySelector('[role="listbox"]') as HTMLElement;
    expect(listbox).not.toBeNull();
    expect(listbox.getAttribute('aria-labelledby')).toBe(w.get('label').attributes('id'));
    const opts = [...document.body.querySelectorAll('[role="option"]')] as HTMLElement[];
    expect(opts.map((o) => o.textContent?.trim())).toEqual(['法律援助', '公证', '人民调解', '仲裁']);
    expect(opts[2]!.getAttribute('aria-disabled')).toBe('true');
    opts[1]!.focus();
    opts[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual(['notary']);
  });

  it('shows the chosen label', async () => {
    const w = mountFw(FwSelect, { props: { options, label: '服务类型', modelValue: 'arbitration' } });
    await settle();
    expect(w.get('[role="combobox"]').text()).toContain('仲裁');
  });

  it('is disabled', () => {
    const w = mountFw(FwSelect, { props: { options, label: '服务类型', disabled: true } });
    expect(w.get('[role="combobox"]').attributes('disabled')).toBeDefined();
  });

  it('takes id, aria-describedby and aria-invalid from FwFormField', () => {
    const w = mountFw(FwFormField, {
      props: { label: '办理机构', required: true, error: '请选择办理机构', hint: '按住所地选择' },
      slots: { default: () => h(FwSelect, { options }) },
    });
    const trigger = w.get('[role="combobox"]');
    expect(w.get('label').attributes('for')).toBe(trigger.attributes('id'));
    expect(trigger.attributes('aria-invalid')).toBe('true');
    expect(trigger.attributes('aria-required')).toBe('true');
    expect(trigger.attributes('aria-describedby')).toContain(w.get('.fw-form-field__error').attributes('id'));
  });
});
