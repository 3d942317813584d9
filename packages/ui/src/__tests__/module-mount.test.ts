import { flushPromises, mount } from '@vue/test-utils';
import { defineAsyncComponent, defineComponent, ref } from 'vue';
import { describe, expect, it } from 'vitest';
import FwDialog from '../components/dialog/FwDialog.vue';
import { createFawangUI } from '../plugin.js';

/**
 * A module is a component tree the host mounts (bundled, or loaded at runtime as a federated remote that
 * shares the host's Vue). Its popups must open where the host says and behave there.
 */
const LegalAidModule = defineComponent({
  components: { FwDialog },
  setup: () => ({ open: ref(true) }),
  template: `<section aria-label="法律援助">
    <FwDialog v-model:open="open" title="撤回申请">确定撤回这份法律援助申请吗？</FwDialog>
  </section>`,
});

function host(portalTarget: string | HTMLElement) {
  // The module arrives asynchronously, as a remote would.
  const Remote = defineAsyncComponent(async () => LegalAidModule);
  return mount(defineComponent({ components: { Remote }, template: '<main><Remote /></main>' }), {
    attachTo: document.body,
    global: { plugins: [createFawangUI({ locale: 'zh-CN', portalTarget })] },
  });
}

describe('popups in a module the host mounted', () => {
  it('teleport to the host-configured container and are named', async () => {
    const container = document.createElement('div');
    container.id = 'fw-popups';
    document.body.appendChild(container);
    host(container);
    await flushPromises();
    const dialog = container.querySelector('[role="dialog"]');
    expect(dialog).not.toBeNull();
    expect(dialog!.textContent).toContain('撤回申请');
    const labelledBy = dialog!.getAttribute('aria-labelledby');
    expect(labelledBy && document.getElementById(labelledBy)?.textContent).toBe('撤回申请');
  });

  it('close on Escape inside the module', async () => {
    host('body');
    await flushPromises();
    const dialog = document.body.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog).not.toBeNull();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flushPromises();
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
  });
});
