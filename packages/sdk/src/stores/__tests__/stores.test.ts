// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp, nextTick } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { createFawangClient } from '../../client/create-client.js';
import { fawangSdk } from '../../client/provide.js';
import { fakeFetch, SESSION } from '../../client/__tests__/fake-server.js';
import { useSessionStore } from '../session.js';
import { DEFAULT_PREFERENCES, parsePreferences, PREFERENCES_STORAGE_KEY, usePreferencesStore } from '../preferences.js';

function install(routes: Parameters<typeof fakeFetch>[0]) {
  const server = fakeFetch(routes);
  const client = createFawangClient({ baseUrl: 'http://portal.test/api/v1', fetch: server.fetch });
  const app = createApp({ render: () => null });
  const pinia = createPinia();
  app.use(fawangSdk({ client })).use(pinia);
  setActivePinia(pinia);
  // Setup stores resolve inject() through the app they are installed in.
  return { server, client, run: <T>(fn: () => T) => app.runWithContext(fn) };
}

describe('useSessionStore', () => {
  it('treats a 401 from /auth/me as anonymous', async () => {
    const { run } = install({ 'GET /api/v1/auth/me': () => ({ status: 401, body: { type: 'about:blank', title: 'Unauthenticated', status: 401, code: 'unauthenticated' } }) });
    const session = run(() => useSessionStore());
    await session.load();
    expect(session.status).toBe('anonymous');
    expect(session.isAuthenticated).toBe(false);
  });

  it('logs in, knows the role, and logs out', async () => {
    const { run, client } = install({
      'POST /api/v1/auth/login': () => ({ status: 200, body: SESSION }),
      'POST /api/v1/auth/logout': () => ({ status: 204 }),
    });
    const session = run(() => useSessionStore());
    await session.login({ username: 'leshan.citizen', password: 'Fawang-demo-2026' });
    expect(session.user?.username).toBe('leshan.citizen');
    expect(session.hasRole('citizen')).toBe(true);
    expect(session.hasRole('bureau_admin')).toBe(false);
    expect(client.csrfToken).toBe(SESSION.csrfToken);
    await session.logout();
    expect(session.status).toBe('anonymous');
    expect(client.csrfToken).toBeUndefined();
  });

  it('keeps the state unknown and rethrows when the server fails', async () => {
    const { run } = install({ 'GET /api/v1/auth/me': () => ({ status: 503, body: { type: 'about:blank', title: 'Down', status: 503, code: 'unavailable' } }) });
    const session = run(() => useSessionStore());
    await expect(session.load()).rejects.toMatchObject({ status: 503 });
    expect(session.status).toBe('unknown');
  });
});

describe('usePreferencesStore', () => {
  beforeEach(() => localStorage.clear());

  it('defaults to Chinese and persists changes', async () => {
    const { run } = install({});
    const prefs = run(() => usePreferencesStore());
    expect(prefs.preferences).toEqual(DEFAULT_PREFERENCES);
    prefs.update({ locale: 'en' });
    prefs.setCareMode(true);
    await nextTick();
    expect(JSON.parse(localStorage.getItem(PREFERENCES_STORAGE_KEY)!)).toEqual({
      locale: 'en', careMode: true, careFontSize: 18, highContrast: true,
    });
    prefs.update({ careFontSize: 22 });
    prefs.setCareMode(false);
    await nextTick();
    expect(prefs.preferences).toEqual({ locale: 'en', careMode: false, careFontSize: 22, highContrast: false });
  });

  it('takes a signed-in user\'s saved preferences as they come from the server', () => {
    const { run } = install({});
    const prefs = run(() => usePreferencesStore());
    prefs.update(SESSION.preferences);
    expect(prefs.preferences).toEqual(SESSION.preferences);
  });

  it('ignores invalid stored values field by field', () => {
    expect(parsePreferences('{"locale":"fr","careMode":"yes","careFontSize":24}')).toEqual({ ...DEFAULT_PREFERENCES, careFontSize: 24 });
    expect(parsePreferences('{"careFontSize":19,"highContrast":true,"fontScale":1.5}')).toEqual({ ...DEFAULT_PREFERENCES, highContrast: true });
    expect(parsePreferences('not json')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('[1,2]')).toEqual(DEFAULT_PREFERENCES);
  });
});
