import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h, reactive, ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@fawang/sdk';
import { required } from '@fawang/ui';
import { settle } from '../../testing/index.js';
import CaseActionDialog from '../CaseActionDialog.vue';
import CaseOverdueFilter from '../CaseOverdueFilter.vue';
import CaseQueryState from '../CaseQueryState.vue';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

function fakeQuery() {
  const refetched: string[] = [];
  return {
    refetched,
    query: { data: ref<{ reference: string } | undefined>(undefined), error: ref<unknown>(null), isLoading: ref(true), isFetching: ref(true), refetch: () => refetched.push('refetch') },
  };
}

describe('CaseQueryState', () => {
  it('shows loading, then not found for a 404, then a retry for a failure, then the data', async () => {
    const { query, refetched } = fakeQuery();
    const page = defineComponent(() => () =>
      h(CaseQueryState<{ reference: string }>, { query, loadingLabel: '正在加载', failedTitle: '加载失败', notFoundTitle: '找不到这件案件' }, { default: ({ data }: { data: { reference: string } }) => h('p', { 'data-testid': 'reference' }, data.reference) }),
    );
    const { wrapper } = await mountCasework(page);
    expect(wrapper.text()).toContain('正在加载');

    query.isLoading.value = false;
    query.isFetching.value = false;
    query.error.value = new ApiError(404, 'not_found', { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' });
    await settle();
    expect(wrapper.get('[data-testid="not-found"]').text()).toContain('找不到这件案件');

    query.error.value = new ApiError(500, 'internal', { type: 'about:blank', title: 'Internal', status: 500, code: 'internal' });
    await settle();
    expect(wrapper.text()).toContain('加载失败');
    await wrapper.findAll('button').at(-1)!.trigger('click');
    expect(refetched).toEqual(['refetch']);

    query.error.value = null;
    query.data.value = { reference: 'TJ-1' };
    await settle();
    expect(wrapper.get('[data-testid="reference"]').text()).toBe('TJ-1');
  });
});

describe('CaseActionDialog', () => {
  it('checks its rules before submitting and shows server messages beside their fields', async () => {
    const submitted: string[] = [];
    const model = reactive({ reason: '' });
    const dialog = ref<InstanceType<typeof CaseActionDialog> | null>(null);
    const page = defineComponent(() => () =>
      h(
        CaseActionDialog,
        { ref: dialog, open: true, action: 'decline', reference: 'TJ-1', model, rules: { reason: [required('请填写理由')] }, danger: true, 'data-action-form': 'decline', onSubmit: () => submitted.push(model.reason) },
        () => h('div', { class: 'fw-form-field' }, [h('input', { name: 'reason' })]),
      ),
    );
    await mountCasework(page);
    const form = document.body.querySelector<HTMLFormElement>('[role="dialog"] form[data-action-form="decline"]')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(submitted).toEqual([]);
    model.reason = '一方不同意调解';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(submitted).toEqual(['一方不同意调解']);
    expect(await dialog.value!.showServerErrors({})).toBe(false);
    expect(await dialog.value!.showServerErrors({ reason: '理由太短' })).toBe(true);
    expect(document.body.querySelector('[role="dialog"]')!.textContent).toContain('理由太短');
  });
});

describe('CaseOverdueFilter', () => {
  it('is a worded checkbox bound to the filter', async () => {
    const overdue = ref(false);
    const page = defineComponent(() => () => h(CaseOverdueFilter, { modelValue: overdue.value, 'onUpdate:modelValue': (value: boolean) => (overdue.value = value) }));
    const { wrapper } = await mountCasework(page);
    expect(wrapper.text()).toContain('只看已逾期');
    await wrapper.get('[data-testid="overdue-filter"] [role="checkbox"]').trigger('click');
    expect(overdue.value).toBe(true);
  });
});
