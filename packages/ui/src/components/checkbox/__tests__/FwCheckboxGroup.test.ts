import { describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwCheckboxGroup from '../FwCheckboxGroup.vue';
import FwFormField from '../../form-field/FwFormField.vue';

const options = [
  { value: 'id', label: '身份证复印件' },
  { value: 'income', label: '经济困难证明', description: '由户籍地或经常居住地乡镇人民政府出具' },
  { value: 'evidence', label: '案件相关证据' },
];

describe('FwCheckboxGroup', () => {
  it('is a fieldset with a legend and one checkbox per option', () => {
    const w = mountFw(FwCheckboxGroup, { props: { options, legend: '已准备的材料', required: true } });
    expect(w.element.tagName).toBe('FIELDSET');
    expect(w.get('legend').text()).toBe('已准备的材料（必填）');
    expect(w.findAll('[role="checkbox"]')).toHaveLength(3);
  });

  it('adds and removes values in v-model (string[])', async () => {
    const w = mountFw(FwCheckboxGroup, {
      props: { options, legend: '材料', modelValue: ['id'], 'onUpdate:modelValue': (v: string[]) => w.setProps({ modelValue: v }) },
    });
    const boxes = w.findAll('[role="checkbox"]');
    expect(boxes[0]!.attributes('aria-checked')).toBe('true');
    await boxes[2]!.trigger('click');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([['id', 'evidence']]);
    await boxes[0]!.trigger('click');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([['evidence']]);
  });

  it('keeps each box a Tab stop (no roving focus)', () => {
    const w = mountFw(FwCheckboxGroup, { props: { options, legend: '材料' } });
    for (const box of w.findAll('[role="checkbox"]')) expect(box.attributes('tabindex')).not.toBe('-1');
  });

  it('disables every box', () => {
    const w = mountFw(FwCheckboxGroup, { props: { options, legend: '材料', disabled: true } });
    expect(w.attributes('disabled')).toBeDefined();
    for (const box of w.findAll('[role="checkbox"]')) expect(box.attributes('disabled')).toBeDefined();
  });

  it('inside FwFormField: named by the field label; the boxes keep their own ids', async () => {
    const w = mountFw(FwFormField, {
      props: { label: '已准备的材料', hint: '可多选', id: 'materials' },
      slots: { default: () => h(FwCheckboxGroup, { options }) },
    });
    await nextTick();
    const fieldset = w.get('fieldset');
    expect(fieldset.attributes('aria-labelledby')).toBe(w.get('.fw-form-field__label').attributes('id'));
    expect(fieldset.attributes('aria-describedby')).toBe(w.get('.fw-form-field__hint').attributes('id'));
    const ids = w.findAll('[role="checkbox"]').map((b) => b.attributes('id'));
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('materials');
  });
});
