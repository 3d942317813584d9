/**
 * Makes one client available to every component and store of an app (and to modules loaded into it):
 * `app.use(fawangSdk({ client }))` or `provideFawangClient(client)` in a component.
 */
import { inject, provide, type App, type InjectionKey } from 'vue';
import type { FawangClient } from './create-client.js';

export const FAWANG_CLIENT: InjectionKey<FawangClient> = Symbol('fawang-client');

export function provideFawangClient(client: FawangClient): void {
  provide(FAWANG_CLIENT, client);
}

export function useFawangClient(): FawangClient {
  const client = inject(FAWANG_CLIENT, undefined);
  if (!client) throw new Error('No Fawang client: install it with app.use(fawangSdk({ client })) or provideFawangClient()');
  return client;
}

export function fawangSdk(options: { client: FawangClient }) {
  return {
    install(app: App) {
      app.provide(FAWANG_CLIENT, options.client);
    },
  };
}
