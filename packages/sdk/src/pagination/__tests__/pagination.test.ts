import { describe, expect, it } from 'vitest';
import { allPages, pageItems, paginate } from '../index.js';

describe('paginate', () => {
  it('computes counts and bounds', () => {
    expect(paginate({ page: 2, pageSize: 20, total: 45 })).toEqual({
      page: 2, pageSize: 20, total: 45, totalIsLowerBound: false, pageCount: 3, hasPrevious: true, hasNext: true, firstItem: 21, lastItem: 40,
    });
    expect(paginate({ page: 3, pageSize: 20, total: 45 })).toMatchObject({ hasNext: false, firstItem: 41, lastItem: 45 });
  });
  it('keeps a next page when the server stopped counting', () => {
    expect(paginate({ page: 50, pageSize: 20, total: 1000, totalIsLowerBound: true })).toMatchObject({ pageCount: 50, hasNext: true, lastItem: 1000 });
  });
  it('treats an empty list as one empty page', () => {
    expect(paginate({ page: 1, pageSize: 20, total: 0 })).toMatchObject({ pageCount: 1, hasNext: false, hasPrevious: false, firstItem: 0, lastItem: 0 });
  });
});

describe('pageItems', () => {
  it('shows every page when there are few', () => {
    expect(pageItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('puts gaps around the current window', () => {
    expect(pageItems(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
  });
  it('fills a gap of exactly one page with the page itself', () => {
    expect(pageItems(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
  });
  it('clamps an out-of-range page', () => {
    expect(pageItems(99, 3)).toEqual([1, 2, 3]);
    expect(pageItems(1, 1)).toEqual([1]);
  });
});

describe('allPages', () => {
  it('walks every page and stops after the last', async () => {
    const data = Array.from({ length: 45 }, (_, i) => i);
    const calls: number[] = [];
    const pages: number[][] = [];
    for await (const items of allPages(async (page) => {
      calls.push(page);
      return { items: data.slice((page - 1) * 20, page * 20), page, pageSize: 20, total: data.length };
    })) pages.push(items);
    expect(calls).toEqual([1, 2, 3]);
    expect(pages.flat()).toEqual(data);
  });
  it('respects maxPages', async () => {
    const calls: number[] = [];
    for await (const _ of allPages(async (page) => {
      calls.push(page);
      return { items: [page], page, pageSize: 1, total: 100 };
    }, { maxPages: 2 }));
    expect(calls).toEqual([1, 2]);
  });
});
