import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { settle } from '../../testing/index.js';
import CaseConfirmAction from '../CaseConfirmAction.vue';
import { serverFieldMessages } from '../fieldErrors.js';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

describe('CaseConfirmAction', () => {
  it('asks before acting, passes its attributes to the trigger and stays open until the module closes it', async () => {
    const confirmed: string[] = [];
    const open = ref(false);
    const page = defineComponent(() => () =>
      h(CaseConfirmAction, {
        open: open.value,
        'onUpdate:open': (value: boolean) => (open.value = value),
        label: '撤回申请',
        title: '撤回这件申请？',
        description: '撤回后不再办理。',
        confirmLabel: '确认撤回',
        cancelLabel: '不撤回',
        testId: 'withdraw',
        confirmTestId: 'withdraw-confirm',
        'data-action': 'withdraw',
        onConfirm: () => confirmed.push('withdraw'),
      }),
    );
    const { wrapper } = await mountCasework(page);
    const trigger = wrapper.get('[data-testid="withdraw"]');
    expect(trigger.attributes('data-action')).toBe('withdraw');
    await trigger.trigger('click');
    await settle();
    expect(document.body.querySelector('[role="dialog"]')?.textContent).toContain('撤回后不再办理。');
    document.body.querySelector<HTMLButtonElement>('[data-testid="withdraw-confirm"]')!.click();
    await settle();
    expect(confirmed).toEqual(['withdraw']);
    expect(open.value).toBe(true);
    open.value = false;
    await settle();
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
  });
});

describe('serverFieldMessages', () => {
  it('names the form fields of the API paths it knows, first message first', () => {
    const errors = [
      { field: 'body.session.startsAt', message: '时间冲突' },
      { field: 'body.session.startsAt', message: '第二条' },
      { field: 'query.page', message: '页码无效' },
      { field: 'body.reason', message: '请说明理由' },
    ];
    const names: Record<string, string> = { 'session.startsAt': 'startsAt', reason: 'reason' };
    expect(serverFieldMessages(errors, (path) => names[path])).toEqual({ startsAt: '时间冲突', reason: '请说明理由' });
  });
});
