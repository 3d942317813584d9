import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { createFawangUI, createFwI18n } from '@fawang/ui';
import { addModuleKitMessages } from '../../host/messages.js';
import ModuleBoundary from '../ModuleBoundary.vue';

enableAutoUnmount(afterEach);

const failing = ref(false);
let mounts = 0;
/** A module page that throws while rendering as long as `failing` is set. */
const Page = defineComponent({
  setup() {
    mounts += 1;
    return () => {
      if (failing.value) throw new Error('render failed');
      return h('p', { class: 'page' }, '律师事务所名录');
    };
  },
});

function mountBoundary(props: { error?: Error | null; reason?: 'load' | 'config' | 'missing'; retryable?: boolean } = {}) {
  const i18n = createFwI18n('zh-CN');
  addModuleKitMessages(i18n);
  return mount(ModuleBoundary, {
    props: { label: '律师服务', ...props },
    slots: { default: () => h(Page) },
    global: { plugins: [i18n, createFawangUI({ i18n })] },
    attachTo: document.body,
  });
}

afterEach(() => {
  failing.value = false;
  mounts = 0;
});

describe('ModuleBoundary', () => {
  it('renders the module while nothing fails', () => {
    const wrapper = mountBoundary();
    expect(wrapper.find('.page').text()).toBe('律师事务所名录');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('replaces a page that throws in render with an error state naming the module, and reports it', async () => {
    failing.value = true;
    const wrapper = mountBoundary();
    await wrapper.vm.$nextTick();
    const alert = wrapper.get('[role="alert"]');
    expect(alert.get('h2').text()).toBe('律师服务暂时无法使用');
    expect(alert.text()).toContain('12348');
    expect(wrapper.find('.page').exists()).toBe(false);
    expect(wrapper.emitted('report')).toEqual([[new Error('render failed')]]);
  });

  it('re-mounts the page on retry', async () => {
    failing.value = true;
    const wrapper = mountBoundary();
    await wrapper.vm.$nextTick();
    failing.value = false;
    await wrapper.get('button').trigger('click');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('.page').text()).toBe('律师事务所名录');
    expect(mounts).toBe(2);
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('shows an error given before rendering at once, without mounting the page', () => {
    const wrapper = mountBoundary({ error: new Error('remote did not load') });
    expect(wrapper.get('[role="alert"] h2').text()).toBe('律师服务暂时无法使用');
    expect(wrapper.get('button').text()).toBe('重试');
    expect(mounts).toBe(0);
  });

  it('offers no retry when retrying cannot help (a misconfigured region)', () => {
    const wrapper = mountBoundary({ error: new Error('modules.lawyers.config.directoryPageSize'), reason: 'config', retryable: false });
    expect(wrapper.get('[role="alert"]').text()).toContain('本地区的该服务配置有误');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('says "try again later" for code that did not arrive, and leaves the retry to the host', async () => {
    const wrapper = mountBoundary({ error: new Error('remote offline'), reason: 'load' });
    expect(wrapper.get('[role="alert"]').text()).toContain('页面加载失败');
    expect(wrapper.get('[role="alert"]').text()).not.toContain('配置有误');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });
});
