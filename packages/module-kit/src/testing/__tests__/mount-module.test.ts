import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useModuleContext, useModuleI18n } from '../../context.js';
import { defineModule } from '../../define-module.js';
import { directoryConfigSchema } from '../../directory/config.js';
import { mountModule } from '../mount-module.js';

enableAutoUnmount(afterEach);

/** Shows what the module sees: its config and a message of its own. */
const ConfigPage = defineComponent({
  setup() {
    const { config, region } = useModuleContext<{ directoryPageSize: number }>();
    const { t } = useModuleI18n();
    return () => h('p', `${t('title')} ${region.id} ${config.directoryPageSize}`);
  },
});

const lawyers = defineModule({
  id: 'lawyers',
  title: 'title',
  icon: 'briefcase',
  routes: [{ path: '', component: async () => ConfigPage }],
  configSchema: directoryConfigSchema,
  messages: { 'zh-CN': { title: '律师服务' } },
});

describe('mountModule', () => {
  it('gives the page the config the host would: checked, with defaults', async () => {
    const { wrapper } = await mountModule(lawyers);
    expect(wrapper.text()).toBe('律师服务 leshan 10');
  });

  it('refuses a config the module schema rejects', async () => {
    await expect(mountModule(lawyers, { config: { directoryPageSize: 7 } })).rejects.toThrow(/modules\.lawyers\.config\.directoryPageSize/);
  });

  it('renders a given component in the module frame instead of its routes', async () => {
    const Section = defineComponent({ setup: () => () => h('section', useModuleContext().moduleId) });
    const { wrapper } = await mountModule(lawyers, { component: async () => Section });
    expect(wrapper.get('section').text()).toBe('lawyers');
  });
});
