/** Runs composables inside a component with vue-query and the SDK client on a fake fetch, for hook tests. */
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createFawangClient } from '../../client/create-client.js';
import { fawangSdk } from '../../client/provide.js';
import { fakeFetch } from '../../client/__tests__/fake-server.js';

export function mountWith<T>(setup: () => T, routes: Parameters<typeof fakeFetch>[0]) {
  const server = fakeFetch(routes);
  const client = createFawangClient({ baseUrl: 'http://portal.test/api/v1', fetch: server.fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let exposed!: T;
  const wrapper = mount(
    defineComponent({
      setup() {
        exposed = setup();
        return () => h('div');
      },
    }),
    { global: { plugins: [[VueQueryPlugin, { queryClient }], fawangSdk({ client })] } },
  );
  return { wrapper, server, queryClient, result: () => exposed };
}
