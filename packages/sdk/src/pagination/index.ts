/**
 * Pagination over the API's `{ items, page, pageSize, total }` pages: page counts, the page numbers a
 * pager shows (with gaps), and walking every page of a list for exports.
 */

export interface PageMeta {
  page: number;
  pageSize: number;
  total: number;
  /** Set by searches that stop counting (e.g. at 1,000): more items exist than `total`. */
  totalIsLowerBound?: boolean;
}

export interface PaginationState extends PageMeta {
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** 1-based index of the first and last item on this page (0 and 0 for an empty list). */
  firstItem: number;
  lastItem: number;
}

export function paginate({ page, pageSize, total, totalIsLowerBound = false }: PageMeta): PaginationState {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const firstItem = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  return {
    page,
    pageSize,
    total,
    totalIsLowerBound,
    pageCount,
    hasPrevious: page > 1,
    hasNext: page < pageCount || totalIsLowerBound,
    firstItem,
    lastItem: total === 0 ? 0 : Math.min(total, page * pageSize),
  };
}

/**
 * Page numbers for a pager: always the first and last page and `siblings` pages each side of the current
 * one, with `'gap'` where pages are left out — e.g. `[1, 'gap', 4, 5, 6, 'gap', 20]`.
 */
export function pageItems(page: number, pageCount: number, siblings = 1): (number | 'gap')[] {
  const current = Math.min(Math.max(1, page), Math.max(1, pageCount));
  const wanted = new Set<number>([1, pageCount]);
  for (let p = current - siblings; p <= current + siblings; p += 1) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].filter((p) => p >= 1).sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) items.push('gap');
    items.push(p);
  });
  return items;
}

/** Fetches every page of a list in order (up to `maxPages`, a guard against unbounded exports). */
export async function* allPages<T>(
  fetchPage: (page: number) => Promise<PageMeta & { items: T[] }>,
  { maxPages = 1000 }: { maxPages?: number } = {},
): AsyncGenerator<T[]> {
  for (let page = 1; page <= maxPages; page += 1) {
    const result = await fetchPage(page);
    yield result.items;
    if (page >= paginate(result).pageCount || result.items.length === 0) return;
  }
}
