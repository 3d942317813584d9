/** Contract-shaped sample data for module tests (marked demo, like the seeded data). */
import type { Schemas } from '@fawang/contract';

type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

/** One page of a list answer: `listPage([a, b])` is page 1 of 2 items. */
export function listPage<T>(items: T[], options: { page?: number; pageSize?: number; total?: number } = {}): Page<T> {
  return { items, page: options.page ?? 1, pageSize: options.pageSize ?? 10, total: options.total ?? items.length };
}

let serial = 0;

/** A 乐山 organization summary; override what the test is about. */
export function organizationSummary(overrides: Partial<Schemas['OrganizationSummary']> = {}): Schemas['OrganizationSummary'] {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    type: 'law_firm',
    name: `【示例数据】乐山嘉州律师事务所${serial}`,
    regionId: 'leshan',
    divisionCode: '511102',
    divisionName: '市中区',
    address: '【示例数据】乐山市市中区嘉州大道 1 号',
    phone: '0833-2123456',
    practitionerCount: 12,
    demo: true,
    ...overrides,
  };
}
