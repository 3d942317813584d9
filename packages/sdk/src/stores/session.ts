/**
 * The signed-in user (pinia). The session itself is an HttpOnly cookie the page cannot read; this store
 * holds what the server says about it (`/auth/me`) and the CSRF token the client needs for writes.
 */
import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import type { Role, Schemas } from '@fawang/contract';
import { ApiError } from '../client/api-error.js';
import type { BodyOf } from '../client/create-client.js';
import { useFawangClient } from '../client/provide.js';

export type SessionStatus = 'unknown' | 'loading' | 'anonymous' | 'authenticated';

export const useSessionStore = defineStore('fawang-session', () => {
  const client = useFawangClient();
  const session = ref<Schemas['Session'] | null>(null);
  const status = ref<SessionStatus>('unknown');

  const user = computed(() => session.value?.user ?? null);
  const isAuthenticated = computed(() => status.value === 'authenticated');

  function accept(next: Schemas['Session']) {
    session.value = next;
    status.value = 'authenticated';
    client.setCsrfToken(next.csrfToken);
  }

  function clear() {
    session.value = null;
    status.value = 'anonymous';
    client.setCsrfToken(undefined);
  }

  /** Asks the server who is signed in; a 401 just means nobody is. */
  async function load(): Promise<void> {
    status.value = 'loading';
    try {
      accept(await client.getCurrentUser());
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) clear();
      else {
        status.value = 'unknown';
        throw error;
      }
    }
  }

  async function login(credentials: BodyOf<'login'>): Promise<void> {
    accept(await client.login(credentials));
  }

  async function register(input: BodyOf<'registerCitizen'>): Promise<void> {
    accept(await client.registerCitizen(input));
  }

  async function logout(): Promise<void> {
    try {
      await client.logout();
    } finally {
      clear();
    }
  }

  function hasRole(...roles: Role[]): boolean {
    return !!user.value && roles.includes(user.value.role);
  }

  return { session, status, user, isAuthenticated, load, login, register, logout, hasRole };
});
