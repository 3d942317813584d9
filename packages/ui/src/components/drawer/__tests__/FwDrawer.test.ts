import { describe, expect, it } from 'vitest';
import { defineComponent, ref } from 'vue';
import { expectEscapeClosesToTrigger, openFromTrigger, openModal as drawer, settle } from '../../../internal/__tests__/modalTestHelpers.js';
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

describe('FwDrawer', () => {
  it('opens as a titled, described dialog docked to the side', async () => {
    const w = mountFw(Host, { props: { side: 'left' } });
    const el = await openFromTrigger(w);
    expect(el.classList).toContain('fw-drawer--left');
    expect(document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent).toBe('筛选律师');
    expect(document.getElementById(el.getAttribute('aria-describedby')!)!.textContent).toContain('按执业领域和区域筛选');
    expect(el.contains(document.activeElement)).toBe(true);
  });

  it('puts the description under the title, beside the close button', async () => {
    const el = await openFromTrigger(mountFw(Host));
    expect(el.querySelector('.fw-drawer__header > .fw-drawer__heading > .fw-drawer__description')!.textContent).toContain('按执业领域和区域筛选');
    expect(el.querySelector('.fw-drawer__header > button')!.classList).toContain('fw-drawer__close');
  });

  it('defaults to the right side', async () => {
    const w = mountFw(Host);
    expect((await openFromTrigger(w)).classList).toContain('fw-drawer--right');
  });

  it('closes on Escape and returns focus to the trigger', async () => {
    await expectEscapeClosesToTrigger(mountFw(Host));
  });

  it('closes with the named close button and the footer close', async () => {
    const w = mountFw(Host);
    (await openFromTrigger(w)).querySelector<HTMLButtonElement>('button[aria-label="关闭"]')!.click();
    await settle();
    expect(drawer()).toBeNull();
    (await openFromTrigger(w)).querySelector<HTMLButtonElement>('button.apply')!.click();
    await settle();
    expect(drawer()).toBeNull();
    expect((w.vm as unknown as { applied: number }).applied).toBe(1);
  });

  it('traps focus inside', async () => {
    const w = mountFw(Host);
    const apply = (await openFromTrigger(w)).querySelector<HTMLButtonElement>('button.apply')!;
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
