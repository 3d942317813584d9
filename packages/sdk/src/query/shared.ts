/** Helpers the composables and the case-module factory share. */
import type { UseMutationReturnType } from '@tanstack/vue-query';
import type { ApiError } from '../client/api-error.js';

/** Drops undefined and empty-string values so `{ q: '' }` and `{}` share one cache entry and one request. */
export function compactParams<T extends object>(params: T | undefined): T {
  return Object.fromEntries(Object.entries(params ?? {}).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** A mutation whose failures are always ApiError (the client throws nothing else). */
export type FawangMutation<Data, Variables> = UseMutationReturnType<Data, ApiError, Variables, unknown>;
