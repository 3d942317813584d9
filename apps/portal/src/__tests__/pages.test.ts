import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createFawangUI, createFwI18n } from '@fawang/ui';
import { createEventBus } from '@fawang/module-kit';
import { addModuleKitMessages, addModuleMessages, HOST_CONTEXT_KEY, type ReadyModule } from '@fawang/module-kit/host';
import type { ResolvedRegionProfile } from '@fawang/regions';
import lawyers from '@fawang/module-lawyers';
import type { HostSlot } from '../boot/modules.js';
import { hostReferenceMessages } from '../messages/index.js';
import HomePage from '../pages/HomePage.vue';
import { HOST_STATE } from '../shell/host-state.js';

const profile = {
  id: 'leshan',
  name: '乐山市',
  channels: {
    hotlines: [{ name: '公共法律服务热线', number: '12348', hours: '7×24' }],
    online: [{ name: '乐易办', kind: 'app', description: '乐山市政务服务' }],
  },
  servicePoints: [{ id: 'centre', name: '乐山市公共法律服务中心', kind: 'centre', level: 'city', divisionCode: '511100', address: '乐山市市中区' }],
} as unknown as ResolvedRegionProfile;

async function mountHome(slots: HostSlot[]) {
  const i18n = createFwI18n('zh-CN');
  i18n.global.mergeLocaleMessage('zh-CN', hostReferenceMessages as never);
  addModuleKitMessages(i18n);
  for (const slot of slots) if (slot.status === 'ready') addModuleMessages(i18n, slot.definition);
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: HomePage }] });
  await router.push('/');
  const wrapper = mount(HomePage, {
    global: {
      plugins: [router, i18n, createFawangUI({ i18n })],
      provide: { [HOST_STATE as symbol]: { profile, slots }, [HOST_CONTEXT_KEY]: { region: profile, bus: createEventBus() } },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('the home page', () => {
  it('shows the cards of the loaded modules, then service points, hotlines and channels from the profile', async () => {
    const slot: ReadyModule = { id: 'lawyers', source: 'bundled', status: 'ready', definition: lawyers, config: {} };
    const w = await mountHome([slot]);
    expect(w.find('h1').text()).toBe('乐山市公共法律服务，一网通办');
    const card = w.find('.fw-service-card-grid a[href="/leshan/lawyers/"]');
    expect(card.exists()).toBe(true);
    expect(w.text()).toContain('找律师');
    expect(w.text()).toContain('乐山市公共法律服务中心');
    expect(w.find('a[href="tel:12348"]').exists()).toBe(true);
    expect(w.text()).toContain('乐易办');
  });

  it('keeps a module that is loading or failed in view: a spinner, or its error in its own box', async () => {
    const w = await mountHome([
      { id: 'notary', source: 'remote', status: 'loading' },
      { id: 'mediation', source: 'remote', status: 'error', reason: 'load', error: new Error('offline') },
    ]);
    expect(w.text()).toContain('公证服务');
    expect(w.find('[role="alert"]').text()).toContain('人民调解暂时无法使用');
    expect(w.find('h1').exists()).toBe(true);
  });
});
