import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import { createFawangUI } from '../plugin.js';

/**
 * Mounts a component with the kit installed (zh-CN unless `locale` says otherwise). Attached to the
 * document so focus and keyboard behaviour can be tested.
 */
export function mountFw<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: string } = {},
) {
  const { locale = 'zh-CN', global = {}, ...rest } = options;
  return mount(component, {
    attachTo: document.body,
    ...rest,
    global: { ...global, plugins: [...(global.plugins ?? []), createFawangUI({ locale })] },
  } as ComponentMountingOptions<C>);
}
