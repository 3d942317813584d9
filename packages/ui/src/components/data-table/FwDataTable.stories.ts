import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { computed, ref, watch, type ConcreteComponent } from 'vue';
import FwStatusBadge from '../status-badge/FwStatusBadge.vue';
import GenericDataTable from './FwDataTable.vue';
import type { FwDataTableColumn, FwDataTableSort } from './types.js';

interface Firm extends Record<string, unknown> {
  id: string;
  name: string;
  district: string;
  lawyers: number;
  founded: number;
  status: '执业' | '停业整顿';
}

const DISTRICTS = ['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区'];
// A fake "server" dataset (synthetic names).
const ALL: Firm[] = Array.from({ length: 57 }, (_, i) => ({
  id: `firm-${i + 1}`,
  name: `某某${['正义', '明德', '信达', '公正', '和诚', '中衡'][i % 6]}律师事务所（${i + 1}）`,
  district: DISTRICTS[(i * 7) % DISTRICTS.length]!,
  lawyers: 3 + ((i * 37) % 90),
  founded: 1995 + ((i * 13) % 29),
  status: i % 11 === 5 ? '停业整顿' : '执业',
}));

const columns: FwDataTableColumn<Firm>[] = [
  { key: 'name', title: '律师事务所' },
  { key: 'district', title: '所在区', sortable: true },
  { key: 'lawyers', title: '执业律师', sortable: true, align: 'end', format: (v) => `${v as number} 人` },
  { key: 'founded', title: '成立年份', sortable: true, align: 'end' },
  { key: 'status', title: '状态' },
];

/** What the parent does on the server's side: sort, slice, answer after a delay. */
function fakeServer(page: number, pageSize: number, sort: FwDataTableSort | undefined): Promise<Firm[]> {
  const sorted = [...ALL];
  if (sort) {
    const dir = sort.order === 'asc' ? 1 : -1;
    sorted.sort((a, b) => {
      const x = a[sort.key] as string | number;
      const y = b[sort.key] as string | number;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')) * dir;
    });
  }
  return new Promise((resolve) => setTimeout(() => resolve(sorted.slice((page - 1) * pageSize, page * pageSize)), 250));
}

// The table is generic over its row type; stories use it through a plain component type.
const FwDataTable = GenericDataTable as unknown as ConcreteComponent;

/** The story's args (the table is generic over its row type, so Meta cannot infer them). */
interface TableArgs {
  columns: FwDataTableColumn<Firm>[];
  rows: Firm[];
  rowKey: string;
  caption: string;
  captionHidden?: boolean;
  'onUpdate:sort': (sort: FwDataTableSort | undefined) => void;
  'onUpdate:page': (page: number) => void;
  'onUpdate:pageSize': (size: number) => void;
}

const meta: Meta<TableArgs> = {
  title: 'Display/Data table',
  component: FwDataTable,
  tags: ['autodocs'],
  args: {
    columns,
    rows: [],
    rowKey: 'id',
    caption: '律师事务所名录',
    'onUpdate:sort': fn(),
    'onUpdate:page': fn(),
    'onUpdate:pageSize': fn(),
  },
  render: (args) => ({
    components: { FwDataTable, FwStatusBadge },
    setup() {
      const page = ref(1);
      const pageSize = ref(10);
      const sort = ref<FwDataTableSort | undefined>();
      const rows = ref<Firm[]>([]);
      const loading = ref(true);
      let request = 0;
      async function load() {
        const id = ++request;
        loading.value = true;
        const result = await fakeServer(page.value, pageSize.value, sort.value);
        if (id !== request) return;
        rows.value = result;
        loading.value = false;
      }
      watch([page, pageSize, sort], load, { immediate: true });
      const handlers = {
        'update:sort': (v: FwDataTableSort | undefined) => {
          sort.value = v;
          page.value = 1;
          args['onUpdate:sort'](v);
        },
        'update:page': (v: number) => {
          page.value = v;
          args['onUpdate:page'](v);
        },
        'update:pageSize': (v: number) => {
          pageSize.value = v;
          args['onUpdate:pageSize'](v);
        },
      };
      const tableProps = computed(() => ({ columns: args.columns, rowKey: args.rowKey, caption: args.caption }));
      return { tableProps, rows, loading, page, pageSize, sort, handlers, total: ALL.length };
    },
    template: `<FwDataTable v-bind="tableProps" :rows="rows" :loading="loading" :page="page" :page-size="pageSize" :sort="sort" :total="total" v-on="handlers">
      <template #cell-status="{ value }">
        <FwStatusBadge :tone="value === '执业' ? 'success' : 'warning'" :label="value" />
      </template>
    </FwDataTable>`,
  }),
};

export default meta;
type Story = StoryObj<typeof meta>;

/** Server-side sorting and paging: the table only asks (`update:sort`, `update:page`); the parent fetches. */
export const ServerSide: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: '律师事务所名录' });
    await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
    const header = canvas.getByRole('columnheader', { name: /执业律师/ });
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header).getByRole('button'));
    await expect(args['onUpdate:sort']).toHaveBeenCalledWith({ key: 'lawyers', order: 'asc' });
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
    await userEvent.click(canvas.getByRole('button', { name: /下一页|Next page/ }));
    await expect(args['onUpdate:page']).toHaveBeenCalledWith(2);
    await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
  },
};

/** While a request runs: aria-busy and a visible loading row. */
export const Loading: Story = {
  render: (args) => ({
    components: { FwDataTable },
    setup: () => ({ args }),
    template: '<FwDataTable v-bind="args" loading :total="57" />',
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvas.getByRole('table')).getByRole('status')).toHaveTextContent(/加载中|Loading/);
  },
};

/** No results for the filters. */
export const Empty: Story = {
  render: (args) => ({
    components: { FwDataTable },
    setup: () => ({ args }),
    template: '<FwDataTable v-bind="args" :rows="[]" empty-text="没有符合条件的律师事务所" :total="0" />',
  }),
};

/** A caption hidden visually (the page heading already says it), with custom cells. */
export const CustomCells: Story = {
  args: { caption: '我的法律援助申请', captionHidden: true },
  render: (args) => ({
    components: { FwDataTable, FwStatusBadge },
    setup: () => ({
      args,
      cols: [
        { key: 'no', title: '申请编号' },
        { key: 'type', title: '援助类型' },
        { key: 'date', title: '申请日期', align: 'end' },
        { key: 'status', title: '状态' },
      ],
      data: [
        { no: 'FY-2026-000123', type: '劳动争议', date: '2026-11-20', status: '审查中', tone: 'info' },
        { no: 'FY-2026-000087', type: '婚姻家事', date: '2026-10-02', status: '已指派律师', tone: 'success' },
        { no: 'FY-2026-000031', type: '交通事故', date: '2026-08-15', status: '待补正材料', tone: 'warning' },
      ],
    }),
    template: `<h2>我的申请</h2>
    <FwDataTable :columns="cols" :rows="data" row-key="no" :caption="args.caption" caption-hidden>
      <template #cell-no="{ row, value }"><a :href="'#' + value">{{ value }}<span class="fw-visually-hidden">（{{ row.type }}）</span></a></template>
      <template #cell-status="{ row, value }"><FwStatusBadge :tone="row.tone" :label="value" /></template>
    </FwDataTable>`,
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: '我的法律援助申请' })).toHaveAttribute('tabindex', '0');
    await expect(canvas.getByRole('link', { name: /FY-2026-000123/ })).toBeInTheDocument();
    await expect(canvas.queryByRole('navigation')).toBeNull();
  },
};
