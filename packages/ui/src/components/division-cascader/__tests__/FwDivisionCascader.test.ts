import { describe, expect, it, vi } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwDivisionCascader from '../FwDivisionCascader.vue';
import { divisionAncestors, divisionLevel, treeChildren, type FwDivision, type FwDivisionOption } from '../division.js';

const tree: FwDivision[] = [
  {
    code: '510000',
    name: '四川省',
    children: [
      { code: '510100', name: '成都市', children: [{ code: '510104', name: '锦江区' }] },
      {
        code: '511100',
        name: '乐山市',
        children: [
          { code: '511102', name: '市中区' },
          { code: '511181', name: '峨眉山市' },
        ],
      },
    ],
  },
  {
    code: '440000',
    name: '广东省',
    children: [{ code: '441900', name: '东莞市' }],
  },
];

const flush = () => new Promise((r) => setTimeout(r, 0));

function selects(w: ReturnType<typeof mountFw>) {
  return w.findAll('select');
}

function labelOf(w: ReturnType<typeof mountFw>, select: ReturnType<typeof selects>[number]) {
  return w.find(`label[for="${select.attributes('id')}"]`).text();
}

describe('division codes', () => {
  it('knows the level of a GB/T 2260 code and its ancestors', () => {
    expect(divisionLevel('510000')).toBe(1);
    expect(divisionLevel('511100')).toBe(2);
    expect(divisionLevel('511102')).toBe(3);
    expect(divisionAncestors('511102')).toEqual(['510000', '511100', '511102']);
    expect(divisionAncestors('511100')).toEqual(['510000', '511100']);
    expect(divisionAncestors('510000')).toEqual(['510000']);
    expect(() => divisionLevel('5111')).toThrow(RangeError);
  });

  it('reads children from a tree, or takes a tree without the root as its children', () => {
    expect(treeChildren(tree, null, null).map((o) => o.code)).toEqual(['510000', '440000']);
    expect(treeChildren(tree, '511100', '511100')).toEqual([
      { code: '511102', name: '市中区', leaf: true },
      { code: '511181', name: '峨眉山市', leaf: true },
    ]);
    const counties = [{ code: '511102', name: '市中区' }];
    expect(treeChildren(counties, '511100', '511100')).toEqual([{ code: '511102', name: '市中区', leaf: true }]);
    expect(treeChildren(tree, '441900', null)).toEqual([]);
  });
});

describe('FwDivisionCascader', () => {
  it('is a fieldset with a legend and three labelled selects, later ones waiting for their parent', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree } });
    await flush();
    expect(w.find('fieldset legend').text()).toBe('所在地区');
    const s = selects(w);
    expect(s).toHaveLength(3);
    expect(s.map((x) => labelOf(w, x))).toEqual(['省（自治区、直辖市）', '市（地区、自治州、盟）', '县（区、县级市、旗）']);
    expect(s[0]!.attributes('disabled')).toBeUndefined();
    expect(s[1]!.attributes('disabled')).toBeDefined();
    expect(s[1]!.find('option').text()).toBe('请先选择上一级');
    expect(s[0]!.findAll('option').map((o) => o.text())).toEqual(['请选择', '四川省', '广东省']);
  });

  it('cascades: choosing a province loads its cities, then counties; emits the code and the path', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree } });
    await flush();
    await selects(w)[0]!.setValue('510000');
    await flush();
    expect(selects(w)[1]!.attributes('disabled')).toBeUndefined();
    expect(selects(w)[1]!.findAll('option').map((o) => o.text())).toEqual(['请选择', '成都市', '乐山市']);
    await selects(w)[1]!.setValue('511100');
    await flush();
    await selects(w)[2]!.setValue('511181');
    expect(w.emitted('update:modelValue')).toEqual([['510000'], ['511100'], ['511181']]);
    expect(w.emitted('update:path')!.at(-1)).toEqual([
      [
        { code: '510000', name: '四川省' },
        { code: '511100', name: '乐山市' },
        { code: '511181', name: '峨眉山市' },
      ],
    ]);
  });

  it('changing a higher level clears the levels below it', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree, modelValue: '511102' } });
    await flush();
    await selects(w)[1]!.setValue('510100');
    await flush();
    expect((selects(w)[2]!.element as HTMLSelectElement).value).toBe('');
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual(['510100']);
    await selects(w)[1]!.setValue('');
    await flush();
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual(['510000']);
    expect(selects(w)[2]!.attributes('disabled')).toBeDefined();
  });

  it('shows a preselected code (乐山市市中区)', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree, modelValue: '511102' } });
    await flush();
    expect(selects(w).map((s) => (s.element as HTMLSelectElement).value)).toEqual(['510000', '511100', '511102']);
    expect(w.emitted('update:modelValue')).toBeUndefined();
  });

  it('follows a new v-model value from the host', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree, modelValue: '511102' } });
    await flush();
    await w.setProps({ modelValue: '510104' });
    await flush();
    expect(selects(w).map((s) => (s.element as HTMLSelectElement).value)).toEqual(['510000', '510100', '510104']);
  });

  it('starts below rootCode: a 乐山 portal (511100) gets one select of its counties', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree, rootCode: '511100' } });
    await flush();
    const s = selects(w);
    expect(s).toHaveLength(1);
    expect(labelOf(w, s[0]!)).toBe('县（区、县级市、旗）');
    expect(s[0]!.findAll('option').map((o) => o.text())).toEqual(['请选择', '市中区', '峨眉山市']);
    await s[0]!.setValue('511102');
    expect(w.emitted('update:path')!.at(-1)).toEqual([[{ code: '511102', name: '市中区' }]]);
  });

  it('stops at `levels` (2 = down to the city)', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree, levels: 2, rootCode: '510000' } });
    await flush();
    expect(selects(w)).toHaveLength(1);
    expect(labelOf(w, selects(w)[0]!)).toBe('市（地区、自治州、盟）');
  });

  it('hides the county select under a city without counties (东莞市)', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree } });
    await flush();
    await selects(w)[0]!.setValue('440000');
    await flush();
    await selects(w)[1]!.setValue('441900');
    await flush();
    expect(selects(w)).toHaveLength(2);
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual(['441900']);
  });

  it('loads lazily with `load`, showing a busy state per level', async () => {
    let release!: (v: FwDivisionOption[]) => void;
    const load = vi.fn((parent: string | null) =>
      parent === null
        ? Promise.resolve([{ code: '510000', name: '四川省' }])
        : new Promise<FwDivisionOption[]>((resolve) => {
            release = resolve;
          }),
    );
    const w = mountFw(FwDivisionCascader, { props: { load, levels: 2 } });
    await flush();
    expect(load).toHaveBeenCalledWith(null);
    await selects(w)[0]!.setValue('510000');
    expect(load).toHaveBeenLastCalledWith('510000');
    const city = selects(w)[1]!;
    expect(city.attributes('aria-busy')).toBe('true');
    expect(city.attributes('disabled')).toBeDefined();
    expect(city.find('option').text()).toBe('正在加载…');
    expect(w.find('[aria-live="polite"]').text()).toContain('市（地区、自治州、盟）');
    release([{ code: '511100', name: '乐山市', leaf: true }]);
    await flush();
    expect(city.attributes('aria-busy')).toBeUndefined();
    expect(city.findAll('option').map((o) => o.text())).toEqual(['请选择', '乐山市']);
    expect(w.find('[aria-live="polite"]').text()).toBe('');
  });

  it('shows a load error with a retry button and describes the select by it', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('network');
      return [{ code: '511102', name: '市中区' }];
    });
    const w = mountFw(FwDivisionCascader, { props: { load, rootCode: '511100' } });
    await flush();
    const message = w.find('.fw-division__load-error p');
    expect(message.text()).toContain('“县（区、县级市、旗）”选项加载失败');
    expect(selects(w)[0]!.attributes('aria-describedby')).toContain(message.attributes('id'));
    expect(w.find('[aria-live="polite"]').text()).toContain('加载失败');
    fail = false;
    await w.findAll('button').find((b) => b.text() === '重试')!.trigger('click');
    await flush();
    expect(w.find('.fw-division__load-error').exists()).toBe(false);
    expect(selects(w)[0]!.findAll('option').map((o) => o.text())).toEqual(['请选择', '市中区']);
  });

  it('ignores a stale response when the parent changed meanwhile', async () => {
    const resolvers: Record<string, (v: FwDivisionOption[]) => void> = {};
    const load = (parent: string | null) =>
      parent === null
        ? Promise.resolve([
            { code: '510000', name: '四川省' },
            { code: '440000', name: '广东省' },
          ])
        : new Promise<FwDivisionOption[]>((resolve) => {
            resolvers[parent] = resolve;
          });
    const w = mountFw(FwDivisionCascader, { props: { load, levels: 2 } });
    await flush();
    await selects(w)[0]!.setValue('510000');
    await selects(w)[0]!.setValue('440000');
    resolvers['440000']!([{ code: '441900', name: '东莞市' }]);
    await flush();
    resolvers['510000']!([{ code: '511100', name: '乐山市' }]);
    await flush();
    expect(selects(w)[1]!.findAll('option').map((o) => o.text())).toEqual(['请选择', '东莞市']);
  });

  it('wires hint, error, required and the hidden form value', async () => {
    const w = mountFw(FwDivisionCascader, {
      props: { options: tree, hint: '请选择户籍所在地', error: '请选择所在区县', required: true, name: 'divisionCode', modelValue: '511102' },
    });
    await flush();
    const first = selects(w)[0]!;
    expect(first.attributes('aria-invalid')).toBe('true');
    expect(first.attributes('required')).toBeDefined();
    const described = first.attributes('aria-describedby')!.split(' ');
    expect(described.map((id) => w.find(`#${CSS.escape(id)}`).text())).toEqual(['请选择户籍所在地', '请选择所在区县']);
    expect(w.find('legend').text()).toContain('必填');
    expect(w.find('input[type="hidden"]').attributes('name')).toBe('divisionCode');
    expect((w.find('input[type="hidden"]').element as HTMLInputElement).value).toBe('511102');
  });

  it('speaks English and takes custom labels', async () => {
    const w = mountFw(FwDivisionCascader, { props: { options: tree, levelLabels: { 1: 'Province/region' } }, locale: 'en' });
    await flush();
    expect(w.find('legend').text()).toBe('Region');
    expect(selects(w).map((s) => labelOf(w, s))).toEqual(['Province/region', 'City', 'County or district']);
    expect(selects(w)[1]!.find('option').text()).toBe('Select the level above first');
  });
});
