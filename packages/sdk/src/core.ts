/**
 * What an app's frame needs from the SDK without vue-query: the typed client and its provider, API errors,
 * and the session and preferences stores. The portal's first load imports this entry rather than the
 * package's root: the root's namespace (every vue-query hook with it) is what the host hands federated
 * modules on demand, and a root imported by the first load would bring all of it along.
 */
export * from './client/api-error.js';
export * from './client/create-client.js';
export * from './client/provide.js';
export * from './stores/session.js';
export * from './stores/preferences.js';
