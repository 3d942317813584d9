/**
 * vue-query, installed when the first page that reads the API through it opens. The home page and the
 * sign-in pages read nothing but the profile, so their first load does not carry vue-query (about 15 KB of
 * the JavaScript a visitor fetches before the home page is idle, issue 16); every other page waits for it
 * in the router's guard (app.ts), and the header's unread count loads it once someone signs in. A page the
 * server rendered hands over its answers (the dehydrated cache), which the client takes in as it is made.
 */
import type { App } from 'vue';
import type { DehydratedState, QueryClient } from '@tanstack/vue-query';

export interface QueryLayer {
  /** The app's query client, installed on first use; the same client every time after. */
  ensure(): Promise<QueryClient>;
}

export function queryLayer(app: App, dehydrated?: DehydratedState): QueryLayer {
  let installed: Promise<QueryClient> | undefined;
  return {
    ensure: () =>
      (installed ??= import('@tanstack/vue-query').then(({ QueryClient, VueQueryPlugin, hydrate }) => {
        const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } });
        if (dehydrated) hydrate(queryClient, dehydrated);
        // Provided to the app after it may have mounted: components read it when they are set up, and the
        // pages that use it are set up only once the guard has waited for this.
        app.use(VueQueryPlugin, { queryClient });
        return queryClient;
      })),
  };
}
