/**
 * vue-query composables over the client. Every argument may be a value, a ref or a getter
 * (`MaybeRefOrGetter`): the query key tracks it, so changing a filter refetches, and an undefined id
 * simply disables the query until it is known.
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type UseMutationReturnType } from '@tanstack/vue-query';
import type { ApiError } from '../client/api-error.js';
import type { BodyOf, QueryOf, ResultOf } from '../client/create-client.js';
import { useFawangClient } from '../client/provide.js';
import { fawangKeys } from './keys.js';

/** Drops undefined and empty-string values so `{ q: '' }` and `{}` share one cache entry and one request. */
export function compactParams<T extends object>(params: T | undefined): T {
  return Object.fromEntries(Object.entries(params ?? {}).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** A mutation whose failures are always ApiError (the client throws nothing else). */
export type FawangMutation<Data, Variables> = UseMutationReturnType<Data, ApiError, Variables, unknown>;

const FIVE_MINUTES = 5 * 60 * 1000;
/** The server lets browsers keep a profile for a minute; the query does the same. */
const ONE_MINUTE = 60 * 1000;

export function useRegions() {
  const client = useFawangClient();
  return useQuery({ queryKey: fawangKeys.regions.lists(), queryFn: () => client.listRegions(), staleTime: FIVE_MINUTES });
}

export function useRegion(regionId: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.regions.detail(toValue(regionId) ?? '')),
    queryFn: () => client.getRegion(toValue(regionId)!),
    enabled: () => !!toValue(regionId),
    staleTime: FIVE_MINUTES,
  });
}

/** The region's resolved profile, which the portal host composes the region's portal from. */
export function useRegionProfile(regionId: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.regions.profile(toValue(regionId) ?? '')),
    queryFn: () => client.getRegionProfile(toValue(regionId)!),
    enabled: () => !!toValue(regionId),
    staleTime: ONE_MINUTE,
  });
}

/** The signed-in user's saved display preferences (the session carries them too, from sign-in). */
export function useMyPreferences(options: { enabled?: MaybeRefOrGetter<boolean> } = {}) {
  const client = useFawangClient();
  return useQuery({
    queryKey: fawangKeys.preferences,
    queryFn: () => client.getMyPreferences(),
    enabled: () => toValue(options.enabled) ?? true,
  });
}

/** Saves the signed-in user's display preferences; the cached copy becomes what the server stored. */
export function useUpdatePreferences(): FawangMutation<ResultOf<'updateMyPreferences'>, BodyOf<'updateMyPreferences'>> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'updateMyPreferences'>, ApiError, BodyOf<'updateMyPreferences'>, unknown>({
    mutationFn: (body: BodyOf<'updateMyPreferences'>) => client.updateMyPreferences(body),
    onSuccess: (saved) => queryClient.setQueryData(fawangKeys.preferences, saved),
  });
}

export function useDivisions(params: MaybeRefOrGetter<QueryOf<'listDivisions'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.divisions.list(compactParams(toValue(params)))),
    queryFn: () => client.listDivisions(compactParams(toValue(params))),
    staleTime: Infinity,
  });
}

export function useDivision(code: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.divisions.detail(toValue(code) ?? '')),
    queryFn: () => client.getDivision(toValue(code)!),
    enabled: () => !!toValue(code),
    staleTime: Infinity,
  });
}

export function useOrganizations(params: MaybeRefOrGetter<QueryOf<'listOrganizations'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.organizations.list(compactParams(toValue(params)))),
    queryFn: () => client.listOrganizations(compactParams(toValue(params))),
    // Paging or refining a search keeps the old page on screen instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.organizations.detail(toValue(id) ?? '')),
    queryFn: () => client.getOrganization(toValue(id)!),
    enabled: () => !!toValue(id),
  });
}

export function usePractitioners(params: MaybeRefOrGetter<QueryOf<'listPractitioners'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.practitioners.list(compactParams(toValue(params)))),
    queryFn: () => client.listPractitioners(compactParams(toValue(params))),
    placeholderData: keepPreviousData,
  });
}

export function usePractitioner(id: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.practitioners.detail(toValue(id) ?? '')),
    queryFn: () => client.getPractitioner(toValue(id)!),
    enabled: () => !!toValue(id),
  });
}

export function useEvaluationSummary(params: MaybeRefOrGetter<QueryOf<'getEvaluationSummary'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.evaluations.summary(compactParams(toValue(params)))),
    queryFn: () => client.getEvaluationSummary(compactParams(toValue(params))),
  });
}

export function useMyEvaluations(params: MaybeRefOrGetter<QueryOf<'listMyEvaluations'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.evaluations.list(compactParams(toValue(params)))),
    queryFn: () => client.listMyEvaluations(compactParams(toValue(params))),
  });
}

export function useCreateEvaluation(): FawangMutation<ResultOf<'createEvaluation'>, BodyOf<'createEvaluation'>> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'createEvaluation'>, ApiError, BodyOf<'createEvaluation'>, unknown>({
    mutationFn: (body: BodyOf<'createEvaluation'>) => client.createEvaluation(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.evaluations.all }),
  });
}

export function useLegalAidApplications(params: MaybeRefOrGetter<QueryOf<'listLegalAidApplications'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.legalAidApplications.list(compactParams(toValue(params)))),
    queryFn: () => client.listLegalAidApplications(compactParams(toValue(params))),
    placeholderData: keepPreviousData,
  });
}

export function useLegalAidApplication(id: MaybeRefOrGetter<string | undefined>, options: { reveal?: MaybeRefOrGetter<boolean> } = {}) {
  const client = useFawangClient();
  const key = computed(() => {
    const reveal = toValue(options.reveal) ? 'idNumber' : undefined;
    return { id: toValue(id) ?? '', ...(reveal ? { reveal } : {}) };
  });
  return useQuery({
    queryKey: computed(() => fawangKeys.legalAidApplications.detail(key.value)),
    queryFn: () => client.getLegalAidApplication(key.value.id, key.value.reveal ? { reveal: 'idNumber' } : {}),
    enabled: () => !!toValue(id),
  });
}

export interface CreateApplicationVariables {
  body: BodyOf<'createLegalAidApplication'>;
  /** Reuse the same key when retrying one submission, so it is never stored twice. */
  idempotencyKey?: string;
}

export function useCreateLegalAidApplication(): FawangMutation<ResultOf<'createLegalAidApplication'>, CreateApplicationVariables> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'createLegalAidApplication'>, ApiError, CreateApplicationVariables, unknown>({
    mutationFn: ({ body, idempotencyKey }: CreateApplicationVariables) =>
      client.createLegalAidApplication(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.legalAidApplications.all }),
  });
}

export interface TransitionApplicationVariables {
  id: string;
  /** The action and the application's `version` as the caller saw it (409 `version_conflict` when stale). */
  body: BodyOf<'transitionLegalAidApplication'>;
}

/** Moves an application through the legal-aid workflow (approve, assign, object…); refreshes its lists and details. */
export function useTransitionLegalAidApplication(): FawangMutation<
  ResultOf<'transitionLegalAidApplication'>,
  TransitionApplicationVariables
> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'transitionLegalAidApplication'>, ApiError, TransitionApplicationVariables, unknown>({
    mutationFn: ({ id, body }: TransitionApplicationVariables) => client.transitionLegalAidApplication(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.legalAidApplications.all }),
  });
}

/** Records a closed case's quality review (案件质量评查); refreshes the application. */
export function useReviewLegalAidQuality(): FawangMutation<ResultOf<'reviewLegalAidQuality'>, { id: string; body: BodyOf<'reviewLegalAidQuality'> }> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'reviewLegalAidQuality'>, ApiError, { id: string; body: BodyOf<'reviewLegalAidQuality'> }, unknown>({
    mutationFn: ({ id, body }) => client.reviewLegalAidQuality(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.legalAidApplications.all }),
  });
}

/** A bureau's legal-aid figures (bureau_admin only). */
export function useLegalAidStatistics(regionId: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.legalAidStatistics(toValue(regionId) ?? '')),
    queryFn: () => client.getLegalAidStatistics({ regionId: toValue(regionId)! }),
    enabled: () => !!toValue(regionId),
  });
}

/** The citizen's saved application draft for a region; `null` when there is none. */
export function useLegalAidDraft(regionId: MaybeRefOrGetter<string | undefined>, options: { enabled?: MaybeRefOrGetter<boolean> } = {}) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.legalAidDraft(toValue(regionId) ?? '')),
    queryFn: () => client.getLegalAidDraft(toValue(regionId)!),
    enabled: () => !!toValue(regionId) && (toValue(options.enabled) ?? true),
    // A draft is edited here and nowhere else at the same time; refetching on focus would fight the form.
    refetchOnWindowFocus: false,
  });
}

/** Saves the draft (send the version you loaded); the cache then holds the saved draft. */
export function useSaveLegalAidDraft(): FawangMutation<ResultOf<'saveLegalAidDraft'>, BodyOf<'saveLegalAidDraft'>> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'saveLegalAidDraft'>, ApiError, BodyOf<'saveLegalAidDraft'>, unknown>({
    mutationFn: (body) => client.saveLegalAidDraft(body),
    onSuccess: (draft) => queryClient.setQueryData(fawangKeys.legalAidDraft(draft.regionId), draft),
  });
}

export function useDeleteLegalAidDraft(): FawangMutation<undefined, string> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<undefined, ApiError, string, unknown>({
    mutationFn: (regionId) => client.deleteLegalAidDraft(regionId),
    onSuccess: (_result, regionId) => queryClient.setQueryData(fawangKeys.legalAidDraft(regionId), null),
  });
}

export interface UploadDocumentVariables {
  file: Blob;
  name: string;
  kind: QueryOf<'uploadDocument'>['kind'];
}

/** Uploads a document for a case of any module (legal aid, mediation…); a filing then names it in `documentIds`. */
export function useUploadDocument(): FawangMutation<ResultOf<'uploadDocument'>, UploadDocumentVariables> {
  const client = useFawangClient();
  return useMutation<ResultOf<'uploadDocument'>, ApiError, UploadDocumentVariables, unknown>({
    mutationFn: ({ file, name, kind }) => client.uploadDocument(file, { name, kind }),
  });
}

/** Deletes one of the caller's documents that no case holds yet. */
export function useDeleteDocument(): FawangMutation<undefined, string> {
  const client = useFawangClient();
  return useMutation<undefined, ApiError, string, unknown>({ mutationFn: (id) => client.deleteDocument(id) });
}

/** The proposed 人民调解 committee; waits until the place and the dispute type are known. */
export function useMediationRouting(query: MaybeRefOrGetter<QueryOf<'proposeMediationCommittee'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.mediationRouting(toValue(query) ?? { regionId: '', divisionCode: '', disputeType: 'other' })),
    queryFn: () => client.proposeMediationCommittee(toValue(query)!),
    enabled: () => !!toValue(query),
  });
}

export function useMediationCases(params: MaybeRefOrGetter<QueryOf<'listMediationCases'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.mediationCases.list(compactParams(toValue(params)))),
    queryFn: () => client.listMediationCases(compactParams(toValue(params))),
    placeholderData: keepPreviousData,
  });
}

export function useMediationCase(id: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.mediationCases.detail(toValue(id) ?? '')),
    queryFn: () => client.getMediationCase(toValue(id)!),
    enabled: () => !!toValue(id),
  });
}

export interface CreateMediationCaseVariables {
  body: BodyOf<'createMediationCase'>;
  /** Reuse the same key when retrying one filing, so it is never stored twice. */
  idempotencyKey?: string;
}

export function useCreateMediationCase(): FawangMutation<ResultOf<'createMediationCase'>, CreateMediationCaseVariables> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'createMediationCase'>, ApiError, CreateMediationCaseVariables, unknown>({
    mutationFn: ({ body, idempotencyKey }) => client.createMediationCase(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.mediationCases.all }),
  });
}

export interface TransitionMediationCaseVariables {
  id: string;
  /** The action and the case's `version` as the caller saw it. */
  body: BodyOf<'transitionMediationCase'>;
}

/** Moves a case through the mediation workflow (accept, assign, schedule, agreement…); refreshes its lists and detail. */
export function useTransitionMediationCase(): FawangMutation<ResultOf<'transitionMediationCase'>, TransitionMediationCaseVariables> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'transitionMediationCase'>, ApiError, TransitionMediationCaseVariables, unknown>({
    mutationFn: ({ id, body }) => client.transitionMediationCase(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.mediationCases.all }),
  });
}

/** A bureau's mediation figures per committee (bureau_admin only). */
export function useMediationStatistics(regionId: MaybeRefOrGetter<string | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.mediationStatistics(toValue(regionId) ?? '')),
    queryFn: () => client.getMediationStatistics({ regionId: toValue(regionId)! }),
    enabled: () => !!toValue(regionId),
  });
}

export function useAuditLog(params: MaybeRefOrGetter<QueryOf<'listAuditLog'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.auditLog.list(compactParams(toValue(params)))),
    queryFn: () => client.listAuditLog(compactParams(toValue(params))),
    placeholderData: keepPreviousData,
  });
}
