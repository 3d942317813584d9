/**
 * vue-query composables over the client. Every argument may be a value, a ref or a getter
 * (`MaybeRefOrGetter`): the query key tracks it, so changing a filter refetches, and an undefined id
 * simply disables the query until it is known.
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import type { ApiError } from '../client/api-error.js';
import type { BodyOf, QueryOf, ResultOf } from '../client/create-client.js';
import { useFawangClient } from '../client/provide.js';
import { caseModuleHooks } from './case-module.js';
import { fawangKeys } from './keys.js';
import { compactParams, type FawangMutation } from './shared.js';

export { compactParams, type FawangMutation };

/** 法律援助 applications: the case-module hooks behind `useLegalAidApplications` and the others below. */
export const legalAidApplicationHooks = caseModuleHooks({
  module: 'legal-aid',
  resource: 'applications',
  list: 'listLegalAidApplications',
  get: 'getLegalAidApplication',
  create: 'createLegalAidApplication',
  transition: 'transitionLegalAidApplication',
  statistics: 'getLegalAidStatistics',
});

/** 人民调解 cases: the case-module hooks behind `useMediationCases` and the others below. */
export const mediationCaseHooks = caseModuleHooks({
  module: 'mediation',
  resource: 'cases',
  list: 'listMediationCases',
  get: 'getMediationCase',
  create: 'createMediationCase',
  transition: 'transitionMediationCase',
  statistics: 'getMediationStatistics',
});

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
  return legalAidApplicationHooks.useList(params);
}

/** One application; `reveal` asks for the applicant's full ID number (staff; audited). */
export function useLegalAidApplication(id: MaybeRefOrGetter<string | undefined>, options: { reveal?: MaybeRefOrGetter<boolean> } = {}) {
  return legalAidApplicationHooks.useOne(id, () => (toValue(options.reveal) ? { reveal: 'idNumber' } : undefined));
}

export interface CreateApplicationVariables {
  body: BodyOf<'createLegalAidApplication'>;
  /** Reuse the same key when retrying one submission, so it is never stored twice. */
  idempotencyKey?: string;
}

export function useCreateLegalAidApplication(): FawangMutation<ResultOf<'createLegalAidApplication'>, CreateApplicationVariables> {
  return legalAidApplicationHooks.useCreate();
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
  return legalAidApplicationHooks.useTransition();
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
  return legalAidApplicationHooks.useStatistics(regionId);
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
  return mediationCaseHooks.useList(params);
}

export function useMediationCase(id: MaybeRefOrGetter<string | undefined>) {
  return mediationCaseHooks.useOne(id);
}

export interface CreateMediationCaseVariables {
  body: BodyOf<'createMediationCase'>;
  /** Reuse the same key when retrying one filing, so it is never stored twice. */
  idempotencyKey?: string;
}

export function useCreateMediationCase(): FawangMutation<ResultOf<'createMediationCase'>, CreateMediationCaseVariables> {
  return mediationCaseHooks.useCreate();
}

export interface TransitionMediationCaseVariables {
  id: string;
  /** The action and the case's `version` as the caller saw it. */
  body: BodyOf<'transitionMediationCase'>;
}

/** Moves a case through the mediation workflow (accept, assign, schedule, agreement…); refreshes its lists and detail. */
export function useTransitionMediationCase(): FawangMutation<ResultOf<'transitionMediationCase'>, TransitionMediationCaseVariables> {
  return mediationCaseHooks.useTransition();
}

/** A bureau's mediation figures per committee (bureau_admin only). */
export function useMediationStatistics(regionId: MaybeRefOrGetter<string | undefined>) {
  return mediationCaseHooks.useStatistics(regionId);
}

export function useAuditLog(params: MaybeRefOrGetter<QueryOf<'listAuditLog'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.auditLog.list(compactParams(toValue(params)))),
    queryFn: () => client.listAuditLog(compactParams(toValue(params))),
    placeholderData: keepPreviousData,
  });
}

/** How often the unread count is asked again while a page stays open: staff act on cases meanwhile. */
export const NOTICE_POLL_MS = 60_000;

/** 我的消息: a page of the signed-in person's notices. */
export function useMyNotices(params: MaybeRefOrGetter<QueryOf<'listMyNotices'> | undefined>) {
  const client = useFawangClient();
  return useQuery({
    queryKey: computed(() => fawangKeys.notices.list(compactParams(toValue(params)))),
    queryFn: () => client.listMyNotices(compactParams(toValue(params))),
  });
}

/** The unread count beside 我的, asked again every minute and when the window regains focus. */
export function useUnreadNoticeCount(options: { enabled?: MaybeRefOrGetter<boolean> } = {}) {
  const client = useFawangClient();
  return useQuery({
    queryKey: fawangKeys.notices.unread,
    queryFn: () => client.countMyUnreadNotices(),
    enabled: computed(() => toValue(options.enabled) ?? true),
    refetchInterval: NOTICE_POLL_MS,
  });
}

export function useMarkNoticeRead(): FawangMutation<ResultOf<'markNoticeRead'>, string> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'markNoticeRead'>, ApiError, string, unknown>({
    mutationFn: (id: string) => client.markNoticeRead(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.notices.all }),
  });
}

export function useMarkAllNoticesRead(): FawangMutation<ResultOf<'markAllNoticesRead'>, void> {
  const client = useFawangClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'markAllNoticesRead'>, ApiError, void, unknown>({
    mutationFn: () => client.markAllNoticesRead(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fawangKeys.notices.all }),
  });
}
