 
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, reactive, ref } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwForm from '../FwForm.vue';
import FwFormField from '../../form-field/FwFormField.vue';
import FwInput from '../../input/FwInput.vue';
import { maxLength, minLength, pattern, phone, required, residentId, uscc, type FwRules } from '../rules.js';

function harness(initial: Record<string, unknown> = {}, rules: FwRules = {}) {
  const model = reactive<Record<string, unknown>>({ name: '', idNumber: '', applicant: { phone: '' }, ...initial });
  const form = ref<InstanceType<typeof FwForm> | null>(null);
  const submitted: unknown[] = [];
  const Harness = defineComponent({
    setup() {
      return () =>
        h(
          FwForm,
          { ref: form, model, rules, label: '法律援助申请', onSubmit: (m: unknown) => submitted.push(m) },
          () => [
            h(FwFormField, { label: '申请人姓名', name: 'name' }, () =>
              h(FwInput, { modelValue: model.name as string, 'onUpdate:modelValue': (v: string) => (model.name = v) }),
            ),
            h(FwFormField, { label: '身份证号码', name: 'idNumber' }, () =>
              h(FwInput, { modelValue: model.idNumber as string, 'onUpdate:modelValue': (v: string) => (model.idNumber = v) }),
            ),
            h(FwFormField, { label: '联系电话', name: 'applicant.phone' }, () =>
              h(FwInput, {
                modelValue: (model.applicant as { phone: string }).phone,
                'onUpdate:modelValue': (v: string) => ((model.applicant as { phone: string }).phone = v),
              }),
            ),
            h('button', { type: 'submit' }, '提交申请'),
          ],
        );
    },
  });
  const w = mountFw(Harness);
  return { w, model, form, submitted };
}

const rules: FwRules = {
  name: [required(), maxLength(10)],
  idNumber: [required(), residentId()],
  'applicant.phone': [required(), phone(['mobile'])],
};

describe('FwForm', () => {
  it('does not submit with errors; shows a summary with links in field order and focuses it', async () => {
    const { w, submitted } = harness({}, rules);
    await w.get('form').trigger('submit');
    await nextTick();
    expect(submitted).toHaveLength(0);
    const summary = w.get('.fw-form__summary');
    expect(summary.get('h2').text()).toContain('提交前请修正以下 3 处问题');
    const links = summary.findAll('a');
    expect(links.map((a) => a.text())).toEqual(['申请人姓名：此项为必填项', '身份证号码：此项为必填项', '联系电话：此项为必填项']);
    expect(document.activeElement).toBe(summary.element);
    expect(summary.attributes('aria-labelledby')).toBe(summary.get('h2').attributes('id'));
    // Every field shows its message and is marked invalid.
    for (const input of w.findAll('input')) expect(input.attributes('aria-invalid')).toBe('true');
  });

  it('a summary link moves focus to its field', async () => {
    const { w } = harness({}, rules);
    await w.get('form').trigger('submit');
    await nextTick();
    const link = w.findAll('.fw-form__summary a')[1]!;
    const target = w.findAll('input')[1]!;
    expect(link.attributes('href')).toBe(`#${target.attributes('id')}`);
    await link.trigger('click');
    expect(document.activeElement).toBe(target.element);
  });

  it('emits submit(model) when every rule passes', async () => {
    const { w, submitted, model } = harness({ name: '张三', idNumber: '11010519491231002X', applicant: { phone: '13800138000' } }, rules);
    await w.get('form').trigger('submit');
    expect(submitted).toEqual([model]);
    expect(w.find('.fw-form__summary').exists()).toBe(false);
  });

  it('validates a field on blur, then again on every change', async () => {
    const { w, model } = harness({}, rules);
    const input = w.findAll('input')[1]!;
    await input.setValue('110105194912310020');
    expect(w.findAll('.fw-form-field__error')[1]!.text()).toBe('');
    await input.trigger('blur');
    expect(w.findAll('.fw-form-field__error')[1]!.text()).toContain('校验码');
    model.idNumber = '11010519491231002X';
    await nextTick();
    await nextTick();
    expect(w.findAll('.fw-form-field__error')[1]!.text()).toBe('');
    expect(input.attributes('aria-invalid')).toBeUndefined();
  });

  it('marks fields with a required() rule as required', () => {
    const { w } = harness({}, rules);
    expect(w.findAll('label').every((l) => l.text().includes('（必填）'))).toBe(true);
  });

  it('setServerErrors shows the API messages on the fields and in the summary; they clear on change', async () => {
    const { w, form, model } = harness({ name: '张三', idNumber: '11010519491231002X', applicant: { phone: '13800138000' } }, rules);
    await form.value!.setServerErrors({ 'applicant.phone': '该手机号已绑定其他账号', idNumber: '身份证号码与姓名不一致' });
    await nextTick();
    const summary = w.get('.fw-form__summary');
    expect(summary.findAll('a').map((a) => a.text())).toEqual(['身份证号码：身份证号码与姓名不一致', '联系电话：该手机号已绑定其他账号']);
    expect(document.activeElement).toBe(summary.element);
    expect(w.findAll('.fw-form-field__error')[2]!.text()).toContain('该手机号已绑定其他账号');
    (model.applicant as { phone: string }).phone = '13900139000';
    await nextTick();
    await nextTick();
    expect(w.findAll('.fw-form-field__error')[2]!.text()).toBe('');
    expect(w.get('.fw-form__summary').findAll('a')).toHaveLength(1);
  });

  it('validate() returns the result and reset() clears every message', async () => {
    const { w, form } = harness({}, rules);
    expect(form.value!.validate()).toBe(false);
    await nextTick();
    expect(w.findAll('.fw-form-field--invalid')).toHaveLength(3);
    form.value!.reset();
    await nextTick();
    expect(w.findAll('.fw-form-field--invalid')).toHaveLength(0);
  });

  it('pluralises the summary heading in English', async () => {
    const model = reactive({ name: '' });
    const w = mountFw(
      defineComponent({
        setup: () => () =>
          h(FwForm, { model, rules: { name: [required()] } }, () => [
            h(FwFormField, { label: 'Name', name: 'name' }, () => h(FwInput, { modelValue: model.name })),
          ]),
      }),
      { locale: 'en' },
    );
    await w.get('form').trigger('submit');
    await nextTick();
    expect(w.get('h2').text()).toBe('Fix the following problem before submitting');
    expect(w.get('.fw-form__summary a').text()).toBe('Name: This field is required');
  });
});

describe('rules', () => {
  const m = {};
  it('required treats blank strings, empty lists and false as empty', () => {
    const r = required();
    expect(r('  ', m)).toEqual({ key: 'fw.forms.rules.required' });
    expect(r([], m)).not.toBe(true);
    expect(r(false, m)).not.toBe(true);
    expect(r('张三', m)).toBe(true);
    expect(r.fwRequired).toBe(true);
  });

  it('minLength / maxLength count characters as people do', () => {
    expect(minLength(2)('张', m)).toEqual({ key: 'fw.forms.rules.minLength', params: { min: 2 } });
    expect(minLength(2)('', m)).toBe(true);
    expect(maxLength(2)('张三', m)).toBe(true);
    expect(maxLength(2)('张三丰', m)).toEqual({ key: 'fw.forms.rules.maxLength', params: { max: 2 } });
  });

  it('pattern uses the given key', () => {
    const zip = pattern(/^\d{6}$/, 'app.zip');
    expect(zip('100000', m)).toBe(true);
    expect(zip('1000', m)).toEqual({ key: 'app.zip' });
    expect(pattern(/^\d+$/g)('12', m)).toBe(true);
    expect(pattern(/^\d+$/g)('12', m)).toBe(true);
  });

  it('residentId tells length, characters, birth date and check digit apart', () => {
    const today = new Date(Date.UTC(2025, 0, 1));
    const rule = residentId({ today });
    expect(rule('11010519491231002X', m)).toBe(true);
    expect(rule('11010519491231002x', m)).toBe(true);
    expect(rule('', m)).toBe(true);
    expect(rule('1101051949', m)).toEqual({ key: 'fw.forms.rules.residentId.length', params: { count: 10 } });
    expect(rule('11010519491231002A', m)).toMatchObject({ key: 'fw.forms.rules.residentId.characters' });
    expect(rule('990105194912310021', m)).toMatchObject({ key: 'fw.forms.rules.residentId.region' });
    expect(rule('110105194902300021', m)).toMatchObject({ key: 'fw.forms.rules.residentId.birthDateInvalid' });
    expect(rule('110105209901010021', m)).toMatchObject({ key: 'fw.forms.rules.residentId.birthDateFuture' });
    expect(rule('110105194912310020', m)).toMatchObject({ key: 'fw.forms.rules.residentId.checksum' });
  });

  it('phone follows the allowed kinds', () => {
    expect(phone()('138 0013 8000', m)).toBe(true);
    expect(phone()('010-12345678', m)).toBe(true);
    expect(phone()('12345', m)).toEqual({ key: 'fw.forms.rules.phone.any' });
    expect(phone(['mobile'])('010-12345678', m)).toEqual({ key: 'fw.forms.rules.phone.mobile' });
    expect(phone(['landline'])('13800138000', m)).toEqual({ key: 'fw.forms.rules.phone.landline' });
  });

  it('uscc reports format, authority and check digit', () => {
    expect(uscc()('31110000MD0012345Q', m)).toBe(true);
    expect(uscc()('31110000MD0012345', m)).toEqual({ key: 'fw.forms.rules.uscc.format' });
    expect(uscc()('31110000MD0012345A', m)).toEqual({ key: 'fw.forms.rules.uscc.checksum' });
    expect(uscc()('Y2110000MD0012345Q', m)).toEqual({ key: 'fw.forms.rules.uscc.authority' });
  });
});
