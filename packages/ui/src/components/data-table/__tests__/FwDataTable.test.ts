import { describe, expect, it } from 'vitest';
import { h, type Component } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import GenericDataTable from '../FwDataTable.vue';
import type { FwDataTableColumn } from '../types.js';

interface Firm extends Record<string, unknown> {
  id: string;
  name: string;
  district: string;
  lawyers: number;
}

const columns: FwDataTableColumn<Firm>[] = [
  { key: 'name', title: '律师事务所' },
  { key: 'district', title: '所在区', sortable: true },
  { key: 'lawyers', title: '执业律师', sortable: true, align: 'end', format: (v) => `${v as number} 人` },
];

// Deliberately NOT in name order: the table must show rows exactly as given.
const rows: Firm[] = [
  { id: 'f2', name: '乙律师事务所', district: '海淀区', lawyers: 12 },
  { id: 'f1', name: '甲律师事务所', district: '朝阳区', lawyers: 40 },
  { id: 'f3', name: '丙律师事务所', district: '东城区', lawyers: 5 },
];

// A generic SFC (typed by its row) is not a plain `Component` for mount's typings.
const FwDataTable = GenericDataTable as unknown as Component;

const base = { columns, rows, rowKey: 'id', caption: '律师事务所名录' };

function bodyTexts(w: ReturnType<typeof mountFw>) {
  return w.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
}

describe('FwDataTable', () => {
  it('renders rows as given (never sorts or slices locally), with formatted cells', () => {
    const w = mountFw(FwDataTable, { props: { ...base, sort: { key: 'lawyers', order: 'asc' }, total: 3, pageSize: 2 } });
    expect(bodyTexts(w)).toEqual([
      ['乙律师事务所', '海淀区', '12 人'],
      ['甲律师事务所', '朝阳区', '40 人'],
      ['丙律师事务所', '东城区', '5 人'],
    ]);
  });

  it('has a caption that names the scrollable region', () => {
    const w = mountFw(FwDataTable, { props: base });
    const caption = w.get('caption');
    expect(caption.text()).toBe('律师事务所名录');
    const region = w.get('[role="region"]');
    expect(region.attributes('tabindex')).toBe('0');
    expect(region.attributes('aria-labelledby')).toBe(caption.attributes('id'));
    expect(caption.classes()).not.toContain('fw-visually-hidden');
    expect(mountFw(FwDataTable, { props: { ...base, captionHidden: true } }).get('caption').classes()).toContain(
      'fw-visually-hidden',
    );
  });

  it('puts sort buttons in sortable headers with aria-sort on the th', () => {
    const w = mountFw(FwDataTable, { props: { ...base, sort: { key: 'lawyers', order: 'desc' } } });
    const ths = w.findAll('th');
    expect(ths.map((th) => th.attributes('aria-sort'))).toEqual([undefined, 'none', 'descending']);
    expect(ths[0]!.find('button').exists()).toBe(false);
    expect(ths[1]!.get('button').text()).toBe('所在区');
    expect(ths.every((th) => th.attributes('scope') === 'col')).toBe(true);
  });

  it('emits update:sort cycling ascending → descending → none', async () => {
    const w = mountFw(FwDataTable, { props: base });
    const button = () => w.findAll('th')[1]!.get('button');
    await button().trigger('click');
    expect(w.emitted('update:sort')!.at(-1)).toEqual([{ key: 'district', order: 'asc' }]);
    await w.setProps({ sort: { key: 'district', order: 'asc' } });
    expect(w.findAll('th')[1]!.attributes('aria-sort')).toBe('ascending');
    await button().trigger('click');
    expect(w.emitted('update:sort')!.at(-1)).toEqual([{ key: 'district', order: 'desc' }]);
    await w.setProps({ sort: { key: 'district', order: 'desc' } });
    await button().trigger('click');
    expect(w.emitted('update:sort')!.at(-1)).toEqual([undefined]);
    // Rows were never touched.
    expect(bodyTexts(w)[0]![0]).toBe('乙律师事务所');
  });

  it('announces the applied sort', async () => {
    const w = mountFw(FwDataTable, { props: base });
    await w.setProps({ sort: { key: 'lawyers', order: 'desc' } });
    expect(w.get('p[role="status"]').text()).toBe('已按“执业律师”降序排列');
  });

  it('shows a loading row and aria-busy, and ignores sort clicks meanwhile', async () => {
    const w = mountFw(FwDataTable, { props: { ...base, loading: true } });
    expect(w.get('table').attributes('aria-busy')).toBe('true');
    const row = w.get('tbody tr');
    expect(row.get('td').attributes('colspan')).toBe('3');
    expect(row.get('[role="status"]').text()).toContain('加载中');
    const sortButton = w.findAll('th')[1]!.get('button');
    expect(sortButton.attributes('aria-disabled')).toBe('true');
    await sortButton.trigger('click');
    expect(w.emitted('update:sort')).toBeUndefined();
  });

  it('shows the empty state, or the #empty slot', () => {
    const w = mountFw(FwDataTable, { props: { ...base, rows: [] } });
    expect(w.get('tbody td').text()).toContain('暂无数据');
    const custom = mountFw(FwDataTable, { props: { ...base, rows: [], emptyText: '未找到律师事务所' } });
    expect(custom.get('tbody td').text()).toContain('未找到律师事务所');
    const slotted = mountFw(FwDataTable, { props: { ...base, rows: [] }, slots: { empty: '<p class="x">换个条件试试</p>' } });
    expect(slotted.get('tbody .x').text()).toBe('换个条件试试');
  });

  it('renders #cell-<key> slots with the row and value', () => {
    const w = mountFw(FwDataTable, {
      props: base,
      slots: { 'cell-name': (p: { row: Firm; value: unknown }) => h('a', { href: `/firms/${p.row.id}` }, String(p.value)) },
    });
    const link = w.get('tbody tr td a');
    expect(link.attributes('href')).toBe('/firms/f2');
    expect(link.text()).toBe('乙律师事务所');
  });

  it('paginates through FwPagination, emitting update:page and update:pageSize', async () => {
    const w = mountFw(FwDataTable, { props: { ...base, total: 128, page: 1, pageSize: 10 } });
    const nav = w.get('nav');
    expect(nav.attributes('aria-label')).toBe('律师事务所名录分页');
    await w.get('button[aria-label="下一页"]').trigger('click');
    expect(w.emitted('update:page')!.at(-1)).toEqual([2]);
    await w.get('select').setValue('20');
    expect(w.emitted('update:pageSize')!.at(-1)).toEqual([20]);
    expect(w.emitted('update:page')!.at(-1)).toEqual([1]);
    expect(mountFw(FwDataTable, { props: base }).find('nav').exists()).toBe(false);
  });

  it('aligns columns and applies widths', () => {
    const w = mountFw(FwDataTable, { props: { ...base, columns: [{ key: 'name', title: '名称', width: '40%' }, ...columns.slice(2)] } });
    expect(w.findAll('th')[0]!.attributes('style')).toContain('width: 40%');
    expect(w.findAll('tbody tr')[0]!.findAll('td')[1]!.classes()).toContain('fw-data-table__cell--end');
  });

  it('speaks English', async () => {
    const w = mountFw(FwDataTable, { props: { ...base, rows: [], total: 0 }, locale: 'en' });
    expect(w.get('tbody td').text()).toContain('No data');
    expect(w.get('nav').attributes('aria-label')).toBe('律师事务所名录 pagination');
    await w.setProps({ sort: { key: 'district', order: 'asc' } });
    expect(w.get('p[role="status"]').text()).toBe('Sorted by “所在区”, ascending');
  });
});
