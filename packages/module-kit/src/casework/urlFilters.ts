/**
 * A workbench queue's filters (队列筛选) kept in the URL query, so a reload or a shared link shows the same
 * list. Each filter reads its query value (anything unknown — an old or edited link — falls back to the
 * default) and writes only what differs from the default: an unfiltered queue is a bare `?`.
 */
import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';

export interface UrlFilter<Value> {
  read: (raw: string | undefined) => Value;
  /** The query value, or undefined to leave the key out (the default). */
  write: (value: Value) => string | undefined;
}

/** Filters by query key; `write` takes `never` so that a filter of any value type fits. */
export type UrlFilterSpec = Record<string, { read: (raw: string | undefined) => unknown; write: (value: never) => string | undefined }>;
export type UrlFilterValues<Spec extends UrlFilterSpec> = { [Key in keyof Spec]: ReturnType<Spec[Key]['read']> };

/** One of `allowed`, or no filter. */
export function oneOfFilter<Value extends string>(allowed: readonly Value[]): UrlFilter<Value | undefined> {
  return {
    read: (raw) => (allowed as readonly string[]).includes(raw ?? '') ? (raw as Value) : undefined,
    write: (value) => value,
  };
}

/** One of `allowed` with a default that the URL leaves out (a sort order, say). */
export function choiceFilter<Value extends string>(allowed: readonly Value[], fallback: Value): UrlFilter<Value> {
  return {
    read: (raw) => (allowed as readonly string[]).includes(raw ?? '') ? (raw as Value) : fallback,
    write: (value) => (value === fallback ? undefined : value),
  };
}

/** On or off; `?<key>=true` when on. */
export const flagFilter: UrlFilter<boolean> = {
  read: (raw) => raw === 'true',
  write: (value) => (value ? 'true' : undefined),
};

function first(value: LocationQuery[string] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' && one !== '' ? one : undefined;
}

export interface UrlFilters<Spec extends UrlFilterSpec> {
  fromQuery: (query: LocationQuery) => UrlFilterValues<Spec>;
  /** The query of the filters alone; other keys of the current query are the caller's. */
  toQuery: (values: UrlFilterValues<Spec>) => LocationQueryRaw;
}

export function defineUrlFilters<Spec extends UrlFilterSpec>(spec: Spec): UrlFilters<Spec> {
  const keys = Object.keys(spec) as (keyof Spec & string)[];
  return {
    fromQuery: (query) => Object.fromEntries(keys.map((key) => [key, (spec[key] as UrlFilter<unknown>).read(first(query[key]))])) as UrlFilterValues<Spec>,
    toQuery: (values) =>
      Object.fromEntries(
        keys.flatMap((key) => {
          const written = (spec[key] as UrlFilter<unknown>).write(values[key]);
          return written === undefined ? [] : [[key, written]];
        }),
      ),
  };
}

/** The current route's filters, and `update` to change some of them (replacing the history entry). */
export function useUrlFilters<Spec extends UrlFilterSpec>(definition: UrlFilters<Spec>): { filters: ComputedRef<UrlFilterValues<Spec>>; update: (change: Partial<UrlFilterValues<Spec>>) => void } {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => definition.fromQuery(route.query));
  function update(change: Partial<UrlFilterValues<Spec>>) {
    void router.replace({ query: definition.toQuery({ ...filters.value, ...change }) });
  }
  return { filters, update };
}
