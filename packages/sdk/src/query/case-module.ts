/**
 * One factory for the vue-query hooks of a case module (法律援助, 人民调解, and the notary, forensic,
 * arbitration and lawyer-booking modules to come). Given the module's operation ids it returns its typed list,
 * one-case, create (with an Idempotency-Key), transition and statistics hooks and their query keys; a create or
 * a transition invalidates the module's lists and details. The operations are called through the client
 * (`createFawangClient`), whose methods carry the operation ids' names.
 *
 * ```ts
 * export const mediationCases = caseModuleHooks({
 *   module: 'mediation', resource: 'cases',
 *   list: 'listMediationCases', get: 'getMediationCase', create: 'createMediationCase',
 *   transition: 'transitionMediationCase', statistics: 'getMediationStatistics',
 * });
 * const cases = mediationCases.useList(() => ({ status: 'submitted' }));
 * ```
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import type { operations, Schemas } from '@fawang/contract';
import type { ApiError } from '../client/api-error.js';
import type { BodyOf, FawangClient, QueryOf, ResultOf } from '../client/create-client.js';
import { useFawangClient } from '../client/provide.js';
import { caseModuleKeys } from './keys.js';
import { compactParams, type FawangMutation } from './shared.js';

/** Client methods that are contract operations. */
type ClientOperation = keyof FawangClient & keyof operations;

interface CasePage {
  items: Schemas['CaseSummaryBase'][];
  page: number;
  pageSize: number;
  total: number;
}

/** Operations that list a module's cases: `(query?) => page of case summaries`. */
export type CaseListOperation = {
  [K in ClientOperation]: FawangClient[K] extends (query?: never) => Promise<CasePage> ? K : never;
}[ClientOperation];

/** Operations that get one case: `(id, query?) => case`. */
export type CaseGetOperation = {
  [K in ClientOperation]: FawangClient[K] extends (id: string, query?: never) => Promise<Schemas['CaseBase']> ? K : never;
}[ClientOperation];

/** Operations that create a case and honour an `Idempotency-Key`: `(body, idempotencyKey?) => case`. */
export type CaseCreateOperation = {
  [K in ClientOperation]: FawangClient[K] extends (body: never, idempotencyKey?: string) => Promise<Schemas['CaseBase']>
    ? 'Idempotency-Key' extends keyof NonNullable<operations[K]['parameters']['header']>
      ? K
      : never
    : never;
}[ClientOperation];

/** Operations that move a case through its workflow: `(id, { action, version, … }) => case`. */
export type CaseTransitionOperation = {
  [K in ClientOperation]: FawangClient[K] extends (id: string, body: never) => Promise<Schemas['CaseBase']>
    ? BodyOf<K> extends Schemas['CaseTransitionInputBase']
      ? K
      : never
    : never;
}[ClientOperation];

/** Operations that give a region's figures: `({ regionId }) => statistics`. */
export type CaseStatisticsOperation = {
  [K in ClientOperation]: FawangClient[K] extends (query: { regionId: string }) => Promise<unknown>
    ? QueryOf<K> extends { regionId: string }
      ? K
      : never
    : never;
}[ClientOperation];

/** The get operation's query (`{ reveal?: 'idNumber' }`), or nothing when it takes none. */
export type CaseDetailQuery<G extends ClientOperation> = [QueryOf<G>] extends [never] ? Record<never, never> : QueryOf<G>;

export interface CaseCreateVariables<C extends ClientOperation> {
  body: BodyOf<C>;
  /** Reuse the same key when retrying one filing, so it is never stored twice. */
  idempotencyKey?: string;
}

export interface CaseTransitionVariables<T extends ClientOperation> {
  id: string;
  /** The action and the case's `version` as the caller saw it (409 `version_conflict` when stale). */
  body: BodyOf<T>;
}

export interface CaseModuleDefinition<
  Module extends string,
  Resource extends string,
  L extends CaseListOperation,
  G extends CaseGetOperation,
  C extends CaseCreateOperation,
  T extends CaseTransitionOperation,
  S extends CaseStatisticsOperation,
> {
  /** The module id, e.g. `mediation`: keys `['fawang', 'mediation-cases', …]`, `['fawang', 'mediation-statistics', regionId]`. */
  module: Module;
  /** What the module calls its cases in its paths, e.g. `cases` or `applications`. */
  resource: Resource;
  list: L;
  get: G;
  create: C;
  transition: T;
  statistics?: S;
}

type Call = (...args: unknown[]) => Promise<unknown>;

/** How a module's hooks reach its operations on the client (its own methods, or the kernel's with its id). */
interface CaseCallers {
  list(client: FawangClient, query: object): Promise<unknown>;
  get(client: FawangClient, id: string, query: object): Promise<unknown>;
  create(client: FawangClient, body: unknown, idempotencyKey?: string): Promise<unknown>;
  transition(client: FawangClient, id: string, body: unknown): Promise<unknown>;
}

/**
 * The list / one / create / transition hooks of a case module, typed by its operations (L, G, C, T) and
 * keyed by `keys`; `callers` say how each reaches the API.
 */
function caseHooks<L extends ClientOperation, G extends ClientOperation, C extends ClientOperation, T extends ClientOperation, Keys extends CaseKeys<L, G>>(
  keys: Keys,
  callers: CaseCallers,
) {
  /** A page of the module's cases; keeps the previous page on screen while the next one loads. */
  function useList(params: MaybeRefOrGetter<QueryOf<L> | undefined>) {
    const client = useFawangClient();
    return useQuery({
      queryKey: computed(() => keys.list(compactParams(toValue(params)))),
      queryFn: () => callers.list(client, compactParams(toValue(params))) as Promise<ResultOf<L>>,
      placeholderData: keepPreviousData,
    });
  }

  /** One case; waits until the id is known. `query` is the get operation's (e.g. `{ reveal: 'idNumber' }`). */
  function useOne(id: MaybeRefOrGetter<string | undefined>, query?: MaybeRefOrGetter<CaseDetailQuery<G> | undefined>) {
    const client = useFawangClient();
    const detail = computed(() => ({ id: toValue(id) ?? '', ...compactParams(toValue(query)) }));
    return useQuery({
      queryKey: computed(() => keys.detail(detail.value)),
      queryFn: () => {
        const { id: caseId, ...rest } = detail.value;
        return callers.get(client, caseId, rest) as Promise<ResultOf<G>>;
      },
      enabled: () => !!toValue(id),
    });
  }

  /** Files a case; send an `idempotencyKey` and reuse it when retrying. Invalidates the module's lists and details. */
  function useCreate(): FawangMutation<ResultOf<C>, CaseCreateVariables<C>> {
    const client = useFawangClient();
    const queryClient = useQueryClient();
    return useMutation<ResultOf<C>, ApiError, CaseCreateVariables<C>, unknown>({
      mutationFn: ({ body, idempotencyKey }) => callers.create(client, body, idempotencyKey) as Promise<ResultOf<C>>,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
    });
  }

  /** One workflow action with the case's `version`; invalidates the module's lists and details. */
  function useTransition(): FawangMutation<ResultOf<T>, CaseTransitionVariables<T>> {
    const client = useFawangClient();
    const queryClient = useQueryClient();
    return useMutation<ResultOf<T>, ApiError, CaseTransitionVariables<T>, unknown>({
      mutationFn: ({ id, body }) => callers.transition(client, id, body) as Promise<ResultOf<T>>,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
    });
  }

  return { keys, useList, useOne, useCreate, useTransition };
}

/** What `caseHooks` needs of a module's query keys (`caseModuleKeys`). */
interface CaseKeys<L extends ClientOperation, G extends ClientOperation> {
  readonly all: readonly unknown[];
  list(params: QueryOf<L>): readonly unknown[];
  detail(params: { id: string } & Partial<CaseDetailQuery<G>>): readonly unknown[];
}

export function caseModuleHooks<
  const Module extends string,
  const Resource extends string,
  L extends CaseListOperation,
  G extends CaseGetOperation,
  C extends CaseCreateOperation,
  T extends CaseTransitionOperation,
  S extends CaseStatisticsOperation = never,
>(definition: CaseModuleDefinition<Module, Resource, L, G, C, T, S>) {
  const keys = caseModuleKeys<Module, Resource, QueryOf<L>, Partial<CaseDetailQuery<G>>>(definition.module, definition.resource);
  /** The client's method for an operation, bound to the client. */
  const method = (client: FawangClient, operationId: ClientOperation) => (client[operationId] as Call).bind(client);
  const hooks = caseHooks<L, G, C, T, typeof keys>(keys, {
    list: (client, query) => method(client, definition.list)(query),
    get: (client, id, query) => method(client, definition.get)(id, query),
    create: (client, body, idempotencyKey) => method(client, definition.create)(body, idempotencyKey),
    transition: (client, id, body) => method(client, definition.transition)(id, body),
  });

  /** A region's figures (bureau_admin only); waits until the region is known. */
  function useStatistics(regionId: MaybeRefOrGetter<string | undefined>) {
    const client = useFawangClient();
    const operationId = definition.statistics;
    if (!operationId) throw new Error(`the ${definition.module} module declares no statistics operation`);
    return useQuery({
      queryKey: computed(() => keys.statistics(toValue(regionId) ?? '')),
      queryFn: () => method(client, operationId)({ regionId: toValue(regionId)! }) as Promise<ResultOf<S>>,
      enabled: () => !!toValue(regionId),
    });
  }

  return {
    /** The operation ids the hooks call. */
    operations: definition,
    ...hooks,
    /** Only for a module that declares `statistics` (the type has it only then). */
    useStatistics: useStatistics as [S] extends [never] ? never : typeof useStatistics,
  };
}

/**
 * The hooks of a declared case module (ADR 0016), on the kernel's `/modules/{module}/cases` operations:
 * `declaredCaseHooks('consult').useList(() => ({ status: 'submitted' }))`. Keys `['fawang', '<module>-cases', …]`.
 */
export function declaredCaseHooks<const Module extends string>(module: Module) {
  const keys = caseModuleKeys<Module, 'cases', QueryOf<'listModuleCases'>>(module, 'cases');
  return {
    module,
    ...caseHooks<'listModuleCases', 'getModuleCase', 'createModuleCase', 'transitionModuleCase', typeof keys>(keys, {
      list: (client, query) => client.listModuleCases(module, query),
      get: (client, id) => client.getModuleCase(module, id),
      create: (client, body, idempotencyKey) => client.createModuleCase(module, body as BodyOf<'createModuleCase'>, idempotencyKey),
      transition: (client, id, body) => client.transitionModuleCase(module, id, body as BodyOf<'transitionModuleCase'>),
    }),
  };
}
