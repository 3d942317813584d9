/**
 * What the server hands the browser with a page it rendered (entry-server.ts): the API answers the page
 * was rendered from (vue-query's dehydrated cache) and the region list of its header, so the browser
 * shows the same data without asking again, and each bundled module's summary (boot/modules.ts) and resolved configuration, so the browser
 * loads a module's code only when one of its pages is opened, and never its config validator. A JSON data block, like the profile; its presence is what tells the
 * browser to hydrate.
 */
import type { DehydratedState } from '@tanstack/vue-query';
import type { ModuleSummary } from '@fawang/module-kit/host';
import type { RegionSummary } from '../shell/regions.js';

export const SERVER_STATE_ID = 'fawang-ssr';

export interface ServerState {
  queries: DehydratedState;
  /** The deployment's regions (the header's region switcher). */
  regions: RegionSummary[];
  modules: Record<string, ModuleSummary>;
  /** Each bundled module's configuration as the server resolved it with the module's schema. */
  configs: Record<string, Record<string, unknown>>;
}

/** The block's HTML; `<` is escaped so no value can close the script element. */
export function serverStateScript(state: ServerState): string {
  return `<script type="application/json" id="${SERVER_STATE_ID}">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;
}

export function readServerState(doc: Document): ServerState | undefined {
  const text = doc.getElementById(SERVER_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    const state = JSON.parse(text) as Partial<ServerState>;
    return state.queries && state.regions && state.modules && state.configs
      ? { queries: state.queries, regions: state.regions, modules: state.modules, configs: state.configs }
      : undefined;
  } catch {
    return undefined; // A corrupt block: the app renders the page afresh instead.
  }
}
