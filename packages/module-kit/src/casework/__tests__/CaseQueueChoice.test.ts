import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { FwSelect } from '@fawang/ui';
import CaseQueueChoice from '../CaseQueueChoice.vue';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

describe('CaseQueueChoice', () => {
  it('offers "all" first, holds it as no filter, and passes a known choice through', async () => {
    const chosen = ref<string | undefined>('submitted');
    const { wrapper } = await mountCasework(
      defineComponent(() => () =>
        h(CaseQueueChoice, {
          label: '状态',
          allLabel: '全部状态',
          options: [{ value: 'submitted', label: '已提交' }, { value: 'closed', label: '已结案' }],
          modelValue: chosen.value,
          'onUpdate:modelValue': (value: string | undefined) => (chosen.value = value),
        }),
      ),
    );
    const select = wrapper.getComponent(FwSelect);
    expect(select.props('options')).toEqual([{ value: 'all', label: '全部状态' }, { value: 'submitted', label: '已提交' }, { value: 'closed', label: '已结案' }]);
    expect(select.props('modelValue')).toBe('submitted');
    select.vm.$emit('update:modelValue', 'all');
    expect(chosen.value).toBeUndefined();
    select.vm.$emit('update:modelValue', 'closed');
    expect(chosen.value).toBe('closed');
  });
});
