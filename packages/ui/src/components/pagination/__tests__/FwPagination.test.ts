import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwPagination from '../FwPagination.vue';

function pageButtons(w: ReturnType<typeof mountFw>) {
  return w.findAll('button[data-type="page"]');
}

describe('FwPagination', () => {
  it('is a named nav landmark with the total and named page buttons', () => {
    const w = mountFw(FwPagination, { props: { total: 128, page: 1, pageSize: 10 } });
    const nav = w.find('nav');
    expect(nav.attributes('aria-label')).toBe('分页');
    expect(w.text()).toContain('共 128 条');
    const pages = pageButtons(w);
    expect(pages[0]!.attributes('aria-label')).toBe('第 1 页');
    expect(pages[0]!.attributes('aria-current')).toBe('page');
    expect(pages.at(-1)!.text()).toBe('13');
  });

  it('shows ellipses for skipped pages', () => {
    const w = mountFw(FwPagination, { props: { total: 500, page: 10, pageSize: 10 } });
    const labels = pageButtons(w).map((b) => b.text());
    expect(labels).toEqual(['1', '9', '10', '11', '50']);
    expect(w.findAll('[data-type="ellipsis"]')).toHaveLength(2);
  });

  it('goes to the next, previous and a chosen page (v-model:page)', async () => {
    const w = mountFw(FwPagination, { props: { total: 128, page: 3, pageSize: 10 } });
    await w.get('button[aria-label="下一页"]').trigger('click');
    expect(w.emitted('update:page')!.at(-1)).toEqual([4]);
    await w.setProps({ page: 4 });
    await w.get('button[aria-label="上一页"]').trigger('click');
    expect(w.emitted('update:page')!.at(-1)).toEqual([3]);
    await w.get('button[aria-label="第 5 页"]').trigger('click');
    expect(w.emitted('update:page')!.at(-1)).toEqual([5]);
  });

  it('disables previous on the first page and next on the last', async () => {
    const w = mountFw(FwPagination, { props: { total: 30, page: 1, pageSize: 10 } });
    expect(w.get('button[aria-label="上一页"]').attributes('disabled')).toBeDefined();
    await w.setProps({ page: 3 });
    expect(w.get('button[aria-label="下一页"]').attributes('disabled')).toBeDefined();
  });

  it('changes the page size with a labelled select and goes back to page 1', async () => {
    const w = mountFw(FwPagination, { props: { total: 128, page: 5, pageSize: 10 } });
    const select = w.get('select');
    const label = w.get(`label[for="${select.attributes('id')}"]`);
    expect(label.text()).toBe('每页条数');
    expect(select.findAll('option').map((o) => o.text())).toEqual(['10 条/页', '20 条/页', '50 条/页']);
    await select.setValue('20');
    expect(w.emitted('update:pageSize')!.at(-1)).toEqual([20]);
    expect(w.emitted('update:page')!.at(-1)).toEqual([1]);
  });

  it('works uncontrolled', async () => {
    const w = mountFw(FwPagination, { props: { total: 50 } });
    await w.get('button[aria-label="第 2 页"]').trigger('click');
    await nextTick();
    expect(w.get('button[aria-label="第 2 页"]').attributes('aria-current')).toBe('page');
  });

  it('speaks English and takes a custom landmark name', () => {
    const w = mountFw(FwPagination, { props: { total: 128, page: 2, pageSize: 20, label: 'Lawyer list pages' }, locale: 'en' });
    expect(w.get('nav').attributes('aria-label')).toBe('Lawyer list pages');
    expect(w.text()).toContain('Total: 128');
    expect(w.get('button[aria-current="page"]').attributes('aria-label')).toBe('Page 2');
    expect(w.find('button[aria-label="Next page"]').exists()).toBe(true);
    expect(w.get('select').element.value).toBe('20');
  });
});
