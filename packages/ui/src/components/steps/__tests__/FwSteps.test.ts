import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwSteps from '../FwSteps.vue';

const steps = [
  { id: 'applicant', title: '填写申请人信息' },
  { id: 'materials', title: '上传材料' },
  { id: 'confirm', title: '确认提交' },
];

describe('FwSteps', () => {
  it('is a labelled ordered list with the current step marked', () => {
    const w = mountFw(FwSteps, { props: { steps, current: 'materials' } });
    const ol = w.get('ol');
    expect(ol.attributes('aria-label')).toBe('办理步骤');
    const li = w.findAll('li');
    expect(li.map((x) => x.attributes('aria-current'))).toEqual([undefined, 'step', undefined]);
  });

  it('says each state in text', () => {
    const w = mountFw(FwSteps, { props: { steps, current: 'materials' } });
    expect(w.findAll('.fw-steps__state').map((s) => s.text())).toEqual(['已完成', '当前步骤', '未开始']);
    expect(w.findAll('li')[0]!.find('svg').exists()).toBe(true);
    expect(w.findAll('li')[2]!.find('.fw-steps__marker').text()).toBe('3');
  });

  it('speaks English and takes a label', () => {
    const w = mountFw(FwSteps, { props: { steps, current: 'confirm', label: 'Legal aid application' }, locale: 'en' });
    expect(w.get('ol').attributes('aria-label')).toBe('Legal aid application');
    expect(w.findAll('.fw-steps__state').map((s) => s.text())).toEqual(['Done', 'Done', 'Current step']);
  });

  it('supports a vertical orientation', () => {
    expect(mountFw(FwSteps, { props: { steps, current: 'applicant', orientation: 'vertical' } }).classes()).toContain(
      'fw-steps--vertical',
    );
  });
});
