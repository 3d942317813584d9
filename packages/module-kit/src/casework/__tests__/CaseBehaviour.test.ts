import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h, ref, type Component, type Ref } from 'vue';
import type { LocationQueryRaw } from 'vue-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type FieldError } from '@fawang/sdk';
import { fwToastManager } from '@fawang/ui';
import { defineModule } from '../../define-module.js';
import { mountModule, settle } from '../../testing/index.js';
import CaseActionBar from '../CaseActionBar.vue';
import CaseDetailFrame from '../CaseDetailFrame.vue';
import CaseList from '../CaseList.vue';
import CaseQueue from '../CaseQueue.vue';
import CaseTrackingFrame from '../CaseTrackingFrame.vue';
import { defineCaseUi, defineCaseWords, type CaseWords } from '../caseWords.js';
import { formatCaseDay, formatCaseMoment } from '../dates.js';
import { useCaseActions, type CaseActionSubject } from '../useCaseActions.js';
import { defineUrlFilters, flagFilter, oneOfFilter } from '../urlFilters.js';

enableAutoUnmount(afterEach);

/** A small case workflow in the shape of `@fawang/workflow`'s (the kit does not depend on the engine). */
const spec = {
  states: ['open', 'refused', 'closed', 'rated'],
  actions: {
    review: { from: ['open'], actors: ['officer'] },
    refuse: { from: ['open'], actors: ['officer'], requires: ['reason'] },
    object: { from: ['refused'], actors: ['applicant'], requires: ['reason'], once: true },
    withdraw: { from: ['open', 'refused'], actors: ['applicant'] },
    close: { from: ['open'], actors: ['officer'], requires: ['outcome'] },
  },
} as const;
type SpecAction = { readonly from: readonly string[]; readonly actors: readonly string[]; readonly once?: boolean };
const workflow = {
  spec,
  actionsFor(state: (typeof spec.states)[number], actor: string, done: readonly string[] = []) {
    return (Object.entries(spec.actions) as [keyof typeof spec.actions, SpecAction][])
      .filter(([name, action]) => action.from.includes(state) && action.actors.includes(actor) && !(action.once && done.includes(name)))
      .map(([name]) => name);
  },
};
const ui = defineCaseUi(workflow, { tones: { refused: 'danger', closed: 'neutral' }, variants: { refuse: 'danger', close: 'primary' } });

const words = {
  statuses: { open: '办理中', refused: '不予办理', closed: '已办结', rated: '已评价' },
  actions: {
    names: { review: '审查', refuse: '不予办理', object: '提出异议', withdraw: '撤回', close: '办结' },
    heading: '办理',
    none: '没有可办理的操作',
    confirm: '确认',
    cancel: '取消',
    dialogDescription: '案件 {reference}',
    done: '已办理：{action}',
    conflict: '案件已有变化',
    failed: '办理失败：{message}',
  },
};
const messages = defineCaseWords(workflow, { 'zh-CN': { title: '家事法律服务', ...words }, en: { title: 'Family law', ...words } });

// A missing status or action name fails the typecheck.
// @ts-expect-error `rated` has no name
const missingStatus: CaseWords<typeof workflow>['statuses'] = { open: '', refused: '', closed: '' };
// @ts-expect-error `close` has no name
const missingAction: CaseWords<typeof workflow>['actions']['names'] = { review: '', refuse: '', object: '', withdraw: '' };
void missingStatus;
void missingAction;

const caseModule = defineModule({ id: 'family-law', title: 'title', icon: 'scale', routes: [{ path: '', component: { render: () => null } }], messages });

type Body = { action: string; version: number; reason?: string };
function fakeTransition(answer: (body: Body) => unknown) {
  const sent: Body[] = [];
  const transition = {
    isPending: ref(false),
    variables: ref<{ id: string; body: Body } | undefined>(undefined),
    mutateAsync: async ({ body }: { id: string; body: Body }) => {
      sent.push(body);
      const result = answer(body);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { transition, sent };
}

const problem = (status: number, code: string, fields: FieldError[] = []) =>
  new ApiError(status, code, { type: 'about:blank', title: code, status, code, ...(fields.length ? { errors: fields } : {}) });

async function mount(component: Parameters<typeof h>[0], path?: string) {
  return mountModule(caseModule, { component: defineComponent(() => () => h(component)), ...(path ? { path } : {}) });
}

describe('CaseActionBar', () => {
  const subject: CaseActionSubject = { id: 'c1', version: 3, status: 'open', history: [] };

  function bar(answer: (body: Body) => unknown) {
    const { transition, sent } = fakeTransition(answer);
    const events: string[] = [];
    const shown: FieldError[][] = [];
    const dialog = defineComponent({
      props: { action: { type: String, required: true } },
      emits: ['submit'],
      setup(props, { emit, expose }) {
        expose({ showServerErrors: async (fields: FieldError[]) => (shown.push(fields), fields.some((field) => field.field === 'body.reason')) });
        return () => h('form', { 'data-action-form': props.action, onSubmit: () => emit('submit', { reason: '不符合条件' }) });
      },
    });
    const page = defineComponent(() => () =>
      h(
        CaseActionBar,
        { ui, actor: 'officer', subject, transition, headingId: 'case-actions', onDone: (action: string) => events.push(`done:${action}`), onChanged: () => events.push('changed') },
        { dialog: (scope: { action: string; dialogRef: (form: unknown) => void; submit: (input: object) => void }) => h(dialog, { ref: scope.dialogRef as never, action: scope.action, onSubmit: scope.submit }) },
      ),
    );
    return { page, sent, events, shown };
  }

  it('offers the actor the workflow\'s actions in words and sends one without fields at once, with the version', async () => {
    const toasts = vi.spyOn(fwToastManager, 'add');
    const { page, sent, events } = bar(() => ({ ...subject, version: 4 }));
    const { wrapper } = await mount(page);
    const section = wrapper.get('section[aria-labelledby="case-actions"]');
    expect(section.get('h2').text()).toBe('办理');
    expect(section.findAll('[data-action]').map((button) => button.text())).toEqual(['审查', '不予办理', '办结']);
    expect(section.get('[data-action="refuse"]').classes().join(' ')).toContain('danger');
    await section.get('[data-action="review"]').trigger('click');
    await settle();
    expect(sent).toEqual([{ action: 'review', version: 3 }]);
    expect(events).toEqual(['done:review']);
    expect(toasts).toHaveBeenCalledWith(expect.objectContaining({ description: '已办理：审查' }));
  });

  it('opens the dialog of an action that requires fields, keeps it open for a field refusal and closes it for a changed case', async () => {
    const toasts = vi.spyOn(fwToastManager, 'add');
    let answer: unknown = problem(400, 'validation', [{ field: 'body.reason', message: '理由太短', code: 'too_short' }]);
    const { page, sent, events, shown } = bar(() => answer);
    const { wrapper } = await mount(page);
    await wrapper.get('[data-action="refuse"]').trigger('click');
    await settle();
    expect(sent).toEqual([]);
    await wrapper.get('form[data-action-form="refuse"]').trigger('submit');
    await settle();
    expect(sent).toEqual([{ action: 'refuse', version: 3, reason: '不符合条件' }]);
    expect(shown).toHaveLength(1);
    expect(wrapper.find('form[data-action-form="refuse"]').exists()).toBe(true);

    answer = problem(409, 'version_conflict');
    await wrapper.get('form[data-action-form="refuse"]').trigger('submit');
    await settle();
    expect(wrapper.find('form[data-action-form="refuse"]').exists()).toBe(false);
    expect(events).toEqual(['changed']);
    expect(toasts).toHaveBeenCalledWith(expect.objectContaining({ description: '案件已有变化', status: 'warning' }));
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('says anything else in a general message, and a field refusal the dialog does not have too', async () => {
    let answer: unknown = problem(400, 'validation', [{ field: 'body.other', message: '未知字段', code: 'x' }]);
    const { page } = bar(() => answer);
    const { wrapper } = await mount(page);
    await wrapper.get('[data-action="refuse"]').trigger('click');
    await settle();
    await wrapper.get('form[data-action-form="refuse"]').trigger('submit');
    await settle();
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.get('[role="alert"]').text()).toContain('办理失败：');
    answer = problem(500, 'internal');
    await wrapper.get('[data-action="review"]').trigger('click');
    await settle();
    expect(wrapper.get('[data-testid="action-problem"]').text()).toContain('办理失败：internal');
  });
});

describe('useCaseActions', () => {
  it('leaves out once-only actions already taken and keeps to `only`', async () => {
    const { transition } = fakeTransition(() => ({}));
    const subject = ref<CaseActionSubject>({ id: 'c1', version: 1, status: 'refused', history: [] });
    let offered: string[] = [];
    let withdrawOnly: string[] = [];
    const page = defineComponent(() => {
      const all = useCaseActions({ ui, actor: 'applicant', subject: () => subject.value, transition });
      const some = useCaseActions({ ui, actor: 'applicant', subject: () => subject.value, transition, only: ['withdraw'] });
      return () => {
        offered = all.actions.value;
        withdrawOnly = some.actions.value;
        return h('p', offered.join(','));
      };
    });
    await mount(page);
    expect(offered).toEqual(['object', 'withdraw']);
    expect(withdrawOnly).toEqual(['withdraw']);
    subject.value = { ...subject.value, history: [{ action: 'object' }, { action: null }] };
    await settle();
    expect(offered).toEqual(['withdraw']);
  });
});

function fakeQuery<Data>(data: Data) {
  const refetched: string[] = [];
  return { refetched, query: { data: ref(data) as Ref<Data | undefined>, error: ref<unknown>(null), isLoading: ref(false), isFetching: ref(false), refetch: () => refetched.push('refetch') } };
}

describe('CaseTrackingFrame', () => {
  const definition = { id: 'mediation' as const, rateable: ['closed'], rated: 'rated' };
  const rating = { heading: '评价本次服务', intro: '请评价', headingId: 'case-rating', ratedHeadingId: 'case-rated', subjectType: 'application' as const };

  it('shows the case under its title, the rating once it may be rated, and the record', async () => {
    const { query } = fakeQuery({ id: 'c1', status: 'closed', reference: 'TJ-1' });
    const page = defineComponent(() => () =>
      h(CaseTrackingFrame<{ id: string; status: string; reference: string }>, { query, title: '办理进度', loadingLabel: '加载中', failedTitle: '失败', notFoundTitle: '找不到', definition, rating }, {
        default: ({ data }: { data: { reference: string } }) => h('p', { 'data-testid': 'reference' }, data.reference),
        record: () => h('p', { 'data-testid': 'record' }, '办理记录'),
      }),
    );
    const { wrapper } = await mount(page);
    expect(wrapper.get('h1').text()).toBe('办理进度');
    expect(wrapper.get('[data-testid="reference"]').text()).toBe('TJ-1');
    expect(wrapper.find('section[aria-labelledby="case-rating"]').exists()).toBe(true);
    expect(wrapper.find('#case-rated').exists()).toBe(false);
    expect(wrapper.get('[data-testid="record"]').text()).toBe('办理记录');
  });

  it('says it was rated once the case is in the rated state, and offers no rating before it may be rated', async () => {
    const { query } = fakeQuery({ id: 'c1', status: 'rated' });
    const page = defineComponent(() => () => h(CaseTrackingFrame<{ id: string; status: string }>, { query, title: '办理进度', loadingLabel: '加载中', failedTitle: '失败', notFoundTitle: '找不到', definition, rating }));
    const { wrapper } = await mount(page);
    expect(wrapper.find('#case-rated').exists()).toBe(true);
    expect(wrapper.find('#case-rating').exists()).toBe(false);
    query.data.value = { id: 'c1', status: 'open' };
    await settle();
    expect(wrapper.find('#case-rated').exists()).toBe(false);
    expect(wrapper.find('#case-rating').exists()).toBe(false);
  });
});

describe('CaseDetailFrame', () => {
  it('leads back to the queue, heads the case by its reference and carries the module\'s class', async () => {
    const { query } = fakeQuery({ reference: 'TJ-1' });
    const page = defineComponent(() => () =>
      h(CaseDetailFrame<{ reference: string }>, { query, class: 'fw-family-detail', backTo: { query: { overdue: 'true' } }, backLabel: '返回队列', heading: (data: { reference: string }) => `案件 ${data.reference}`, loadingLabel: '加载中', failedTitle: '失败', notFoundTitle: '找不到' }, () => h('dl')),
    );
    const { wrapper } = await mount(page);
    const root = wrapper.get('.fw-family-detail');
    expect(root.get('a').text()).toBe('返回队列');
    expect(root.get('a').attributes('href')).toContain('overdue=true');
    expect(root.get('h1').text()).toBe('案件 TJ-1');
    expect(root.find('dl').exists()).toBe(true);
  });
});

describe('CaseQueue and CaseList', () => {
  const filters = defineUrlFilters({ status: oneOfFilter(spec.states), overdue: flagFilter });
  type Row = { id: string; reference: string; status: string; dueAt?: string; overdue?: boolean; [key: string]: unknown };
  const rows: Row[] = [
    { id: 'a', reference: 'TJ-1', status: 'refused', dueAt: '2026-11-30T08:00:00Z', overdue: true },
    { id: 'b', reference: 'TJ-2', status: 'open' },
  ];

  function queue(requests: unknown[]) {
    return defineComponent(() => () =>
      // h() cannot infer a generic component's type parameter from a value: the queue is typed in the modules.
      h(CaseQueue as unknown as Component, { definition: filters, title: '案件队列', description: '本地区的案件', filtersLabel: '筛选' }, {
        detail: ({ id, backTo }: { id: string; backTo: { query: Record<string, unknown> } }) => h('p', { 'data-testid': 'detail' }, `${id} ${JSON.stringify(backTo.query)}`),
        default: ({ filters: values, detailQuery }: { filters: Record<string, unknown>; detailQuery: (id: string) => LocationQueryRaw }) =>
          h(CaseList<Row>, {
            caption: '案件队列',
            ui,
            columns: [{ key: 'reference', title: '编号' }, { key: 'status', title: '状态' }, { key: 'dueAt', title: '期限' }],
            params: values,
            load: (paging: () => { page: number; pageSize: number }) => {
              requests.push({ ...paging(), ...values });
              return { data: ref({ items: rows, total: 2 }), error: ref(null), isError: ref(false), isPending: ref(false), refetch: () => undefined };
            },
            linkTo: (row: Row) => ({ query: detailQuery(row.id) }),
            emptyText: '没有案件',
            noDueText: '无',
          }),
      }),
    );
  }

  it('lists the cases with their status in words, the deadline with 已逾期 and links that keep the filters', async () => {
    const requests: unknown[] = [];
    const { wrapper, router } = await mount(queue(requests), '/family-law/?overdue=true');
    expect(wrapper.get('h1').text()).toBe('案件队列');
    expect(wrapper.get('legend').text()).toBe('筛选');
    expect(wrapper.get('[data-testid="overdue-filter"]').text()).toContain('只看已逾期');
    expect(requests).toEqual([{ page: 1, pageSize: 10, status: undefined, overdue: true }]);
    const cells = wrapper.findAll('tbody tr')[0]!.findAll('td, th').map((cell) => cell.text());
    expect(cells[1]).toBe('不予办理');
    expect(cells[2]).toContain('已逾期');
    expect(wrapper.findAll('tbody tr')[1]!.text()).toContain('无');
    const link = wrapper.get('tbody a');
    expect(link.attributes('href')).toContain('overdue=true');
    expect(link.attributes('href')).toContain('id=a');
    await router.push({ query: { overdue: 'true', id: 'a' } });
    await settle();
    expect(wrapper.get('[data-testid="detail"]').text()).toBe('a {"overdue":"true"}');
  });
});

describe('case words, tones and dates', () => {
  it('gives each status its tone (info unless named) and each action its variant and required fields', () => {
    expect([ui.tone('refused'), ui.tone('closed'), ui.tone('open')]).toEqual(['danger', 'neutral', 'info']);
    expect([ui.variant('refuse'), ui.variant('close'), ui.variant('review')]).toEqual(['danger', 'primary', 'secondary']);
    expect(ui.requires('refuse')).toEqual(['reason']);
    expect(ui.requires('review')).toEqual([]);
    expect(ui.requires('toString')).toEqual([]);
  });

  it('formats days and moments in the page\'s language, a date-only day never shifted', () => {
    expect(formatCaseDay('2026-12-25', 'zh-CN')).toBe('2026年12月25日');
    expect(formatCaseDay('2026-12-25', 'en')).toBe('December 25, 2026');
    expect(formatCaseMoment('2026-11-24T08:00:00Z', 'zh-CN')).toMatch(/^2026年11月24日 \d{2}:\d{2}$/);
  });
});
