import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwWizard from '../FwWizard.vue';

const steps = [
  { id: 'applicant', title: '填写申请人信息' },
  { id: 'materials', title: '上传材料' },
  { id: 'confirm', title: '确认提交' },
];

const slots = {
  'step-applicant': '<p>申请人姓名：张三</p>',
  'step-materials': '<p>请上传身份证明</p>',
  'step-confirm': '<p>请核对信息</p>',
};

function buttons(w: ReturnType<typeof mountFw>) {
  return w.findAll('.fw-wizard__actions button');
}

describe('FwWizard', () => {
  it('shows the first step with its heading and only 下一步', () => {
    const w = mountFw(FwWizard, { props: { steps }, slots });
    expect(w.get('h2').text()).toBe('第 1 步：填写申请人信息');
    expect(w.text()).toContain('申请人姓名：张三');
    expect(w.text()).not.toContain('请上传身份证明');
    expect(buttons(w).map((b) => b.text())).toEqual(['下一步']);
    expect(w.get('li[aria-current="step"]').text()).toContain('填写申请人信息');
  });

  it('moves on, emits update:current and focuses the new heading', async () => {
    const w = mountFw(FwWizard, { props: { steps, current: 'applicant' }, slots });
    await w.setProps({ 'onUpdate:current': (v: string | undefined) => w.setProps({ current: v }) });
    await buttons(w)[0]!.trigger('click');
    await flushPromises();
    expect(w.emitted('update:current')![0]).toEqual(['materials']);
    expect(w.get('h2').text()).toBe('第 2 步：上传材料');
    expect(w.text()).toContain('请上传身份证明');
    expect(document.activeElement).toBe(w.get('h2').element);
    expect(buttons(w).map((b) => b.text())).toEqual(['上一步', '下一步']);
  });

  it('goes back with 上一步', async () => {
    const w = mountFw(FwWizard, { props: { steps, current: 'materials' }, slots });
    await buttons(w)[0]!.trigger('click');
    await flushPromises();
    expect(w.emitted('update:current')![0]).toEqual(['applicant']);
    expect(document.activeElement).toBe(w.get('h2').element);
  });

  it('stays when the beforeNext guard says no, and is busy while it runs', async () => {
    let resolve!: (ok: boolean) => void;
    const guard = vi.fn(() => new Promise<boolean>((r) => (resolve = r)));
    const w = mountFw(FwWizard, { props: { steps, beforeNext: guard }, slots });
    await buttons(w)[0]!.trigger('click');
    expect(guard).toHaveBeenCalledWith(steps[0], 0);
    expect(buttons(w)[0]!.attributes('aria-busy')).toBe('true');
    // A second click while the guard runs does nothing.
    await buttons(w)[0]!.trigger('click');
    expect(guard).toHaveBeenCalledTimes(1);
    resolve(false);
    await flushPromises();
    expect(w.emitted('update:current')).toBeUndefined();
    expect(w.get('h2').text()).toBe('第 1 步：填写申请人信息');
    expect(buttons(w)[0]!.attributes('aria-busy')).toBeUndefined();
  });

  it('moves on once the guard allows it', async () => {
    let valid = false;
    const w = mountFw(FwWizard, { props: { steps, beforeNext: () => valid }, slots });
    await buttons(w)[0]!.trigger('click');
    await flushPromises();
    expect(w.get('h2').text()).toContain('填写申请人信息');
    valid = true;
    await buttons(w)[0]!.trigger('click');
    await flushPromises();
    expect(w.get('h2').text()).toContain('上传材料');
  });

  it('treats a throwing guard as a no', async () => {
    const w = mountFw(FwWizard, { props: { steps, beforeNext: () => Promise.reject(new Error('network')) }, slots });
    await buttons(w)[0]!.trigger('click');
    await flushPromises();
    expect(w.emitted('update:current')).toBeUndefined();
  });

  it('goes back only once the beforePrev guard is done (files still uploading on the step)', async () => {
    let resolve!: (ok: boolean) => void;
    const guard = vi.fn(() => new Promise<boolean>((r) => (resolve = r)));
    const w = mountFw(FwWizard, { props: { steps, current: 'materials', beforePrev: guard }, slots });
    await buttons(w)[0]!.trigger('click');
    expect(guard).toHaveBeenCalledWith(steps[1], 1);
    expect(w.emitted('update:current')).toBeUndefined();
    resolve(true);
    await flushPromises();
    expect(w.emitted('update:current')![0]).toEqual(['applicant']);
  });

  it('shows 提交 on the last step and emits finish after the guard', async () => {
    const guard = vi.fn(async () => true);
    const w = mountFw(FwWizard, { props: { steps, current: 'confirm', beforeNext: guard }, slots });
    const submit = buttons(w).at(-1)!;
    expect(submit.text()).toBe('提交');
    await submit.trigger('click');
    await flushPromises();
    expect(guard).toHaveBeenCalledWith(steps[2], 2);
    expect(w.emitted('finish')).toHaveLength(1);
  });

  it('renders the default slot with the current step when no named slot is given', () => {
    const w = mountFw(FwWizard, {
      props: { steps, current: 'materials' },
      slots: { default: `<template #default="{ step, index }"><p class="generic">{{ index }}-{{ step.id }}</p></template>` },
    });
    expect(w.get('.generic').text()).toBe('1-materials');
  });

  it('speaks English and takes custom labels', () => {
    const w = mountFw(FwWizard, { props: { steps, current: 'materials', nextLabel: 'Continue' }, slots, locale: 'en' });
    expect(w.get('h2').text()).toBe('Step 2: 上传材料');
    expect(buttons(w).map((b) => b.text())).toEqual(['Previous', 'Continue']);
  });
});
