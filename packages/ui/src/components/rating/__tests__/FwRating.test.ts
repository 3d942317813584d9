import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwRating, { type FwRatingValue } from '../FwRating.vue';

function mountRating(value: Partial<FwRatingValue> = {}, locale?: string) {
  const w = mountFw(FwRating, {
    props: {
      modelValue: { level: null, details: '', followUpConsent: false, ...value },
      'onUpdate:modelValue': (v: FwRatingValue) => w.setProps({ modelValue: v }),
    },
    locale,
  });
  return w;
}

function radio(w: ReturnType<typeof mountRating>, name: string) {
  const r = w.findAll('[role="radio"]').find((el) => document.getElementById(el.attributes('aria-labelledby')!)?.textContent === name);
  if (!r) throw new Error(`no radio ${name}`);
  return r;
}

describe('FwRating', () => {
  it('offers the five levels as a named radio group, each with its words, best first', () => {
    const w = mountRating();
    const group = w.get('[role="radiogroup"]');
    expect(document.getElementById(group.attributes('aria-labelledby')!)?.textContent).toContain('您对本次服务的评价');
    const names = w.findAll('[role="radio"]').map((r) => document.getElementById(r.attributes('aria-labelledby')!)?.textContent);
    expect(names).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  });

  it('uses the English level names', () => {
    const w = mountRating({}, 'en');
    const names = w.findAll('[role="radio"]').map((r) => document.getElementById(r.attributes('aria-labelledby')!)?.textContent);
    expect(names).toEqual(['Very satisfied', 'Satisfied', 'Fairly satisfied', 'Dissatisfied', 'Very dissatisfied']);
  });

  it('maps 非常满意 to 5 and 非常不满意 to 1', async () => {
    const w = mountRating();
    await radio(w, '非常满意').trigger('click');
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([{ level: 5, details: '', followUpConsent: false }]);
    await radio(w, '非常不满意').trigger('click');
    expect((w.emitted('update:modelValue')?.at(-1)?.[0] as FwRatingValue).level).toBe(1);
  });

  it('reveals the required details and the consent on 不满意, and announces it politely', async () => {
    const w = mountRating();
    expect(w.find('textarea').exists()).toBe(false);
    await radio(w, '不满意').trigger('click');
    await nextTick();
    const textarea = w.get('textarea');
    expect(document.querySelector(`label[for="${textarea.attributes('id')}"]`)?.textContent).toContain('请告诉我们哪里没做好');
    expect(textarea.attributes('aria-required')).toBe('true');
    const consent = w.get('[role="checkbox"]');
    expect(document.getElementById(consent.attributes('aria-labelledby')!)?.textContent?.trim()).toBe('同意工作人员就此评价回访我');
    const live = w.findAll('[aria-live="polite"]').find((el) => el.classes('fw-visually-hidden') && el.element.parentElement === w.element);
    expect(live?.text()).toBe('已显示补充填写项：请告诉我们哪里没做好');
    await radio(w, '满意').trigger('click');
    await nextTick();
    expect(w.find('textarea').exists()).toBe(false);
  });

  it('does not submit without a level; shows why and focuses the group', async () => {
    const w = mountRating();
    await w.get('.fw-rating__actions button').trigger('click');
    await nextTick();
    await nextTick();
    expect(w.emitted('submit')).toBeUndefined();
    expect(w.text()).toContain('请选择一个评价等级');
    expect(w.get('[role="radiogroup"]').attributes('aria-invalid')).toBe('true');
    expect(w.get('[role="radiogroup"]').element.contains(document.activeElement)).toBe(true);
  });

  it('requires details for a bad level, then submits the value', async () => {
    const w = mountRating({ level: 2 });
    await w.get('.fw-rating__actions button').trigger('click');
    await nextTick();
    await nextTick();
    expect(w.emitted('submit')).toBeUndefined();
    expect(w.text()).toContain('请填写哪里没做好，便于我们改进');
    expect(document.activeElement).toBe(w.get('textarea').element);
    await w.get('textarea').setValue('窗口等候时间超过一小时');
    await w.get('[role="checkbox"]').trigger('click');
    await w.get('.fw-rating__actions button').trigger('click');
    expect(w.emitted('submit')?.[0]).toEqual([{ level: 2, details: '窗口等候时间超过一小时', followUpConsent: true }]);
  });

  it('submits a good level without details or consent', async () => {
    const w = mountRating({ level: 4, details: '旧的文字', followUpConsent: true });
    await w.get('.fw-rating__actions button').trigger('click');
    expect(w.emitted('submit')?.[0]).toEqual([{ level: 4, details: '', followUpConsent: false }]);
  });
});
