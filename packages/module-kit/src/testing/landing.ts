/**
 * What a visitor first sees of a module: its landing page in the default region (乐山), with the API
 * answering the organization directory. Module tests check the heading and the requests in one line.
 */
import type { ModuleDefinition } from '../types.js';
import { fakeApi, type FakeRoute } from './fake-api.js';
import { listPage, organizationSummary } from './fixtures.js';
import { mountModule, settle, type MountModuleOptions } from './mount-module.js';

export interface LandingPage {
  /** Text of the page's <h1>, or undefined when it has none. */
  heading: string | undefined;
  /** The API calls the page made, as fakeApi records them ('GET /organizations?type=…'). */
  calls: string[];
  /** Errors the module's boundary caught while the page rendered. */
  errors: unknown[];
}

export async function openLandingPage(
  definition: ModuleDefinition,
  options: Omit<MountModuleOptions, 'fetch' | 'path'> & { routes?: Record<string, FakeRoute> } = {},
): Promise<LandingPage> {
  const { routes, ...mountOptions } = options;
  const api = fakeApi({ 'GET /organizations': () => listPage([organizationSummary()]), ...routes });
  const mounted = await mountModule(definition, { ...mountOptions, fetch: api.fetch });
  await settle();
  const heading = mounted.wrapper.find('h1');
  const page = { heading: heading.exists() ? heading.text() : undefined, calls: [...api.calls], errors: mounted.errors };
  mounted.wrapper.unmount();
  return page;
}
