import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwEmptyState from '../FwEmptyState.vue';

describe('FwEmptyState', () => {
  it('says there is nothing, in words, with an optional description and action', () => {
    const w = mountFw(FwEmptyState, {
      props: { description: '没有找到符合条件的律师事务所' },
      slots: { action: '<button type="button">清除筛选条件</button>' },
    });
    expect(w.text()).toContain('暂无数据');
    expect(w.text()).toContain('没有找到符合条件的律师事务所');
    expect(w.find('button').text()).toBe('清除筛选条件');
  });

  it('uses English and an optional heading level', () => {
    const w = mountFw(FwEmptyState, { props: { headingLevel: 2 }, locale: 'en' });
    expect(w.find('h2').text()).toBe('No data');
  });
});
