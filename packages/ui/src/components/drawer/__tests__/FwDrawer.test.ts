import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, nextTick, ref } from 'vue';
import { mountFw } from '../../../testing/mount.js';
import FwButton from '../../button/FwButton.vue';
import FwDrawer from '../FwDrawer.vue';


const Host = defineComponent({
  components: { FwDrawer, FwButton },
  props: { side: { type: String, default: 'right' } },
  setup: () => ({ open: ref(false), applied: ref(0) }),
  template: `
    <FwDrawer v-model:open="open" title="筛选律师" description="按执业领域和区域筛选" :side="side">
      <template #trigger><FwButton class="trigger" icon="menu">筛选</FwButton></template>
      <label>执业领域 <input class="field" /></label>
      <template #footer="{ close }"><FwButton class="apply" variant="primary" @click="applied++; close()">查看结果</FwButton></template>
    </FwDrawer>`,
});

function drawer() {
  return document.body.querySelector<HTMLElement>('[role="dialog"]');
}

async function settle() {
  await flushPromises();
  await nextTick();
}

describe('FwDrawer', () => {
  it('opens as a titled, described dialog docked to the side', async () => {
    const w = mountFw(Host, { props: { side: 'left' } });
    await w.get('button.trigger').trigger('click');
    await settle();
    const el = drawer()!;
    expect(el.classList).toContain('fw-drawer--left');
    expect(document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent).toBe('筛选律师');
    expect(document.getElementById(el.getAttribute('aria-describedby')!)!.textContent).toContain('按执业领域和区域筛选');
    expect(el.contains(document.activeElement)).toBe(true);
  });

  it('defaults to the right side', async () => {
    const w = mountFw(Host);
    await w.get('button.trigger').trigger('click');
    await settle();
    expect(drawer()!.classList).toContain('fw-drawer--right');
  });

  it('closes on Escape and returns focus to the trigger', async () => {
    const w = mountFw(Host);
    const trigger = w.get('button.trigger');
    (trigger.element as HTMLElement).focus();
    await trigger.trigger('click');
    await settle();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(drawer()).toBeNull();
    expect(document.activeElement).toBe(trigger.element);
  });

  it('closes with the named close button and the footer close', async () => {
    const w = mountFw(Host);
    await w.get('button.trigger').trigger('click');
    await settle();
    drawer()!.querySelector<HTMLButtonElement>('button[aria-label="关闭"]')!.click();
    await settle();
    expect(drawer()).toBeNull();
    await w.get('button.trigger').trigger('click');
    await settle();
    drawer()!.querySelector<HTMLButtonElement>('button.apply')!.click();
    await settle();
    expect(drawer()).toBeNull();
    expect((w.vm as unknown as { applied: number }).applied).toBe(1);
  });

  it('traps focus inside', async () => {
    const w = mountFw(Host);
    await w.get('button.trigger').trigger('click');
    await settle();
    const apply = drawer()!.querySelector<HTMLButtonElement>('button.apply')!;
    apply.focus();
    apply.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(drawer()!.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(apply);
  });

  it('names the close button in English', async () => {
    mountFw(FwDrawer, { props: { title: 'Menu', open: true, side: 'bottom' }, locale: 'en' });
    await settle();
    expect(drawer()!.querySelector('button[aria-label="Close"]')).not.toBeNull();
    expect(drawer()!.classList).toContain('fw-drawer--bottom');
    expect(drawer()!.hasAttribute('aria-describedby')).toBe(false);
  });
});
