import { describe, expect, it } from 'vitest';
import { defineComponent, ref } from 'vue';
import { expectEscapeClosesToTrigger, openFromTrigger, openModal as dialog, settle } from '../../../internal/__tests__/modalTestHelpers.js';
import { mountFw } from '../../../testing/mount.js';
import FwButton from '../../button/FwButton.vue';
import FwDialog from '../FwDialog.vue';

const Host = defineComponent({
  components: { FwDialog, FwButton },
  props: { description: { type: String, default: undefined } },
  setup: () => ({ open: ref(false), finished: ref(0) }),
  template: `
    <FwDialog v-model:open="open" title="撤回申请" :description="description">
      <template #trigger><FwButton class="trigger">撤回</FwButton></template>
      <p>撤回后需重新提交法律援助申请。</p>
      <template #footer="{ close }">
        <FwButton class="cancel" @click="close">取消</FwButton>
        <FwButton class="confirm" variant="danger" @click="finished++; close()">确认撤回</FwButton>
      </template>
    </FwDialog>`,
});

describe('FwDialog', () => {
  it('opens from the trigger as a titled, described dialog teleported to the body', async () => {
    const w = mountFw(Host, { props: { description: '此操作不可恢复' } });
    const trigger = w.get('button.trigger');
    expect(trigger.attributes('aria-haspopup')).toBe('dialog');
    expect(trigger.attributes('aria-expanded')).toBe('false');
    const el = await openFromTrigger(w);
    expect(w.element.contains(el)).toBe(false);
    const title = document.getElementById(el.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('撤回申请');
    const description = document.getElementById(el.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toContain('此操作不可恢复');
    expect(trigger.attributes('aria-expanded')).toBe('true');
  });

  it('keeps its class names, with the description below the header', async () => {
    const el = await openFromTrigger(mountFw(Host, { props: { description: '此操作不可恢复' } }));
    expect([...el.classList]).toEqual(expect.arrayContaining(['fw-dialog', 'fw-dialog--md']));
    expect(el.querySelector(':scope > .fw-dialog__header > .fw-dialog__title')).not.toBeNull();
    expect(el.querySelector(':scope > .fw-dialog__description')!.textContent).toContain('此操作不可恢复');
    expect(el.querySelector('.fw-dialog__header button')!.classList).toContain('fw-dialog__close');
  });

  it('drops aria-describedby when there is no description', async () => {
    const w = mountFw(Host);
    expect((await openFromTrigger(w)).hasAttribute('aria-describedby')).toBe(false);
  });

  it('moves focus inside when it opens', async () => {
    const w = mountFw(Host);
    expect((await openFromTrigger(w)).contains(document.activeElement)).toBe(true);
  });

  it('traps focus: Tab from the last control wraps to the first, Shift+Tab back', async () => {
    const w = mountFw(Host);
    const buttons = [...(await openFromTrigger(w)).querySelectorAll<HTMLButtonElement>('button')];
    const first = buttons[0]!;
    const last = buttons.at(-1)!;
    expect(first.getAttribute('aria-label')).toBe('关闭');
    last.focus();
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(first);
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(last);
  });

  it('has a named close button that closes it', async () => {
    const w = mountFw(Host);
    const close = (await openFromTrigger(w)).querySelector<HTMLButtonElement>('button[aria-label="关闭"]')!;
    expect(close).not.toBeNull();
    close.click();
    await settle();
    expect(dialog()).toBeNull();
    expect((w.vm as unknown as { open: boolean }).open).toBe(false);
  });

  it('closes on Escape and returns focus to the trigger', async () => {
    await expectEscapeClosesToTrigger(mountFw(Host));
  });

  it('gives the footer slot a close function', async () => {
    const w = mountFw(Host);
    (await openFromTrigger(w)).querySelector<HTMLButtonElement>('button.confirm')!.click();
    await settle();
    expect((w.vm as unknown as { finished: number }).finished).toBe(1);
    expect(dialog()).toBeNull();
  });

  it('opens through v-model:open and returns focus to what had it', async () => {
    const Controlled = defineComponent({
      components: { FwDialog },
      setup: () => ({ open: ref(false) }),
      template: `<div><button class="opener" @click="open = true">查看</button>
        <FwDialog v-model:open="open" title="办理须知"><p>请携带身份证原件。</p></FwDialog></div>`,
    });
    const w = mountFw(Controlled);
    const opener = w.get('button.opener');
    (opener.element as HTMLElement).focus();
    await opener.trigger('click');
    await settle();
    expect(dialog()).not.toBeNull();
    (w.vm as unknown as { open: boolean }).open = false;
    await settle();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener.element);
  });

  it('follows slots that come and go (they are passed on to the shared frame)', async () => {
    const Toggling = defineComponent({
      components: { FwDialog },
      setup: () => ({ open: ref(true), withFooter: ref(false) }),
      template: `<FwDialog v-model:open="open" title="办理须知">
        <p>请携带身份证原件。</p>
        <template v-if="withFooter" #footer><button class="ok">知道了</button></template>
      </FwDialog>`,
    });
    const w = mountFw(Toggling);
    await settle();
    expect(dialog()!.querySelector('.fw-dialog__footer')).toBeNull();
    (w.vm as unknown as { withFooter: boolean }).withFooter = true;
    await settle();
    expect(dialog()!.querySelector('.fw-dialog__footer button.ok')).not.toBeNull();
  });

  it('names the close button in English', async () => {
    mountFw(FwDialog, { props: { title: 'Notice', open: true }, locale: 'en' });
    await settle();
    expect(dialog()!.querySelector('button[aria-label="Close"]')).not.toBeNull();
  });
});
