/**
 * A typed client for the Fawang API. Every method maps to one contract operation, returns the success
 * body and throws `ApiError` otherwise, so callers (and vue-query) never inspect status codes.
 *
 * Sessions are cookies (HttpOnly, set by the server); the client sends them (`credentials: 'include'`)
 * and adds the session's CSRF token to every unsafe request.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths, operations } from '@fawang/contract';
import { ApiError } from './api-error.js';

export interface FawangClientOptions {
  /** Origin and prefix of the API, e.g. `https://fw.example.gov.cn/api/v1` or `/api/v1` (default). */
  baseUrl?: string;
  /** A fetch implementation (tests, SSR). Defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Headers added to every request (e.g. a deployment's tracing header). */
  headers?: Record<string, string>;
}

type Query<Op extends keyof operations> = operations[Op] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Body<Op extends keyof operations> = operations[Op] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Ok<Op extends keyof operations> = operations[Op]['responses'] extends infer R
  ? R extends Record<200, { content: { 'application/json': infer T } }>
    ? T
    : R extends Record<201, { content: { 'application/json': infer T } }>
      ? T
      : undefined
  : never;

export type QueryOf<Op extends keyof operations> = Query<Op>;
export type BodyOf<Op extends keyof operations> = Body<Op>;
export type ResultOf<Op extends keyof operations> = Ok<Op>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createFawangClient(options: FawangClientOptions = {}) {
  let csrfToken: string | undefined;
  const fetchImpl = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const baseUrl = (options.baseUrl ?? '/api/v1').replace(/\/$/, '');
  const raw: Client<paths> = createClient<paths>({
    baseUrl,
    credentials: 'include',
    fetch: (request: Request) => fetchImpl(request),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  raw.use({
    onRequest({ request }) {
      if (csrfToken && UNSAFE.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
      return request;
    },
  });

  /** Awaits an openapi-fetch call and turns its result into data or a thrown ApiError. */
  async function call<T>(pending: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      result = await pending;
    } catch (cause) {
      throw ApiError.network(cause);
    }
    if (!result.response.ok) throw ApiError.fromResponse(result.response, result.error);
    // A session in the answer (login, register, me) carries the CSRF token for later writes.
    const data = result.data as { csrfToken?: unknown } | undefined;
    if (data && typeof data === 'object' && typeof data.csrfToken === 'string') csrfToken = data.csrfToken;
    return result.data as T;
  }

  return {
    /** The underlying openapi-fetch client, for operations added by a deployment's own contract. */
    raw,
    /** The CSRF token of the current session, if any; set automatically from login/register/me. */
    get csrfToken() {
      return csrfToken;
    },
    setCsrfToken(token: string | undefined) {
      csrfToken = token;
    },

    getHealth: () => call<Ok<'getHealth'>>(raw.GET('/health')),

    registerCitizen: (body: Body<'registerCitizen'>) => call<Ok<'registerCitizen'>>(raw.POST('/auth/register', { body })),
    login: (body: Body<'login'>) => call<Ok<'login'>>(raw.POST('/auth/login', { body })),
    async logout(): Promise<void> {
      await call<undefined>(raw.POST('/auth/logout', { parseAs: 'text' }));
      csrfToken = undefined;
    },
    getCurrentUser: () => call<Ok<'getCurrentUser'>>(raw.GET('/auth/me')),
    getMyPreferences: () => call<Ok<'getMyPreferences'>>(raw.GET('/auth/me/preferences')),
    /** Saves the signed-in user's display preferences (every field) so they follow the account. */
    updateMyPreferences: (body: Body<'updateMyPreferences'>) => call<Ok<'updateMyPreferences'>>(raw.PUT('/auth/me/preferences', { body })),

    listRegions: () => call<Ok<'listRegions'>>(raw.GET('/regions')),
    getRegion: (regionId: string) => call<Ok<'getRegion'>>(raw.GET('/regions/{regionId}', { params: { path: { regionId } } })),
    /** The resolved profile (branding, channels, modules, rules …) the portal host composes a region from. */
    getRegionProfile: (regionId: string) =>
      call<Ok<'getRegionProfile'>>(raw.GET('/regions/{regionId}/profile', { params: { path: { regionId } } })),
    listDivisions: (query: Query<'listDivisions'> = {}) => call<Ok<'listDivisions'>>(raw.GET('/divisions', { params: { query } })),
    getDivision: (code: string) => call<Ok<'getDivision'>>(raw.GET('/divisions/{code}', { params: { path: { code } } })),

    listOrganizations: (query: Query<'listOrganizations'> = {}) =>
      call<Ok<'listOrganizations'>>(raw.GET('/organizations', { params: { query } })),
    getOrganization: (id: string) => call<Ok<'getOrganization'>>(raw.GET('/organizations/{id}', { params: { path: { id } } })),
    listPractitioners: (query: Query<'listPractitioners'> = {}) =>
      call<Ok<'listPractitioners'>>(raw.GET('/practitioners', { params: { query } })),
    getPractitioner: (id: string) => call<Ok<'getPractitioner'>>(raw.GET('/practitioners/{id}', { params: { path: { id } } })),

    createEvaluation: (body: Body<'createEvaluation'>) => call<Ok<'createEvaluation'>>(raw.POST('/evaluations', { body })),
    listMyEvaluations: (query: Query<'listMyEvaluations'> = {}) =>
      call<Ok<'listMyEvaluations'>>(raw.GET('/evaluations/mine', { params: { query } })),
    getEvaluationSummary: (query: Query<'getEvaluationSummary'> = {}) =>
      call<Ok<'getEvaluationSummary'>>(raw.GET('/evaluations/summary', { params: { query } })),

    /** 我的消息: the caller's notices, newest first, with the unread count. */
    listMyNotices: (query: Query<'listMyNotices'> = {}) => call<Ok<'listMyNotices'>>(raw.GET('/notices', { params: { query } })),
    countMyUnreadNotices: () => call<Ok<'countMyUnreadNotices'>>(raw.GET('/notices/unread-count')),
    markNoticeRead: (id: string) => call<Ok<'markNoticeRead'>>(raw.POST('/notices/{id}/read', { params: { path: { id } } })),
    markAllNoticesRead: () => call<Ok<'markAllNoticesRead'>>(raw.POST('/notices/read-all')),

    /**
     * Submits (or saves as a draft) a 法律援助 application. Pass the same `idempotencyKey` when retrying
     * after a network error: the server then returns the first result instead of creating a second one.
     */
    createLegalAidApplication: (body: Body<'createLegalAidApplication'>, idempotencyKey?: string) =>
      call<Ok<'createLegalAidApplication'>>(
        raw.POST('/legal-aid/applications', {
          body,
          params: { header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} },
        } as never),
      ),
    listLegalAidApplications: (query: Query<'listLegalAidApplications'> = {}) =>
      call<Ok<'listLegalAidApplications'>>(raw.GET('/legal-aid/applications', { params: { query } })),
    getLegalAidApplication: (id: string, query: Query<'getLegalAidApplication'> = {}) =>
      call<Ok<'getLegalAidApplication'>>(raw.GET('/legal-aid/applications/{id}', { params: { path: { id }, query } })),
    /** One workflow action with the `version` the caller saw; a stale version fails with 409 `version_conflict`. */
    transitionLegalAidApplication: (id: string, body: Body<'transitionLegalAidApplication'>) =>
      call<Ok<'transitionLegalAidApplication'>>(
        raw.POST('/legal-aid/applications/{id}/transitions', { params: { path: { id } }, body }),
      ),

    /** Records the quality review (案件质量评查) of a closed case. */
    reviewLegalAidQuality: (id: string, body: Body<'reviewLegalAidQuality'>) =>
      call<Ok<'reviewLegalAidQuality'>>(raw.PUT('/legal-aid/applications/{id}/quality-review', { params: { path: { id } }, body })),
    getLegalAidStatistics: (query: Query<'getLegalAidStatistics'>) =>
      call<Ok<'getLegalAidStatistics'>>(raw.GET('/legal-aid/statistics', { params: { query } })),
    /** The caller's saved wizard answers for a region, or `null` when there are none. */
    async getLegalAidDraft(regionId: string): Promise<Ok<'getLegalAidDraft'> | null> {
      try {
        return await call<Ok<'getLegalAidDraft'>>(raw.GET('/legal-aid/draft', { params: { query: { regionId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    saveLegalAidDraft: (body: Body<'saveLegalAidDraft'>) => call<Ok<'saveLegalAidDraft'>>(raw.PUT('/legal-aid/draft', { body })),
    deleteLegalAidDraft: (regionId: string) =>
      call<undefined>(raw.DELETE('/legal-aid/draft', { params: { query: { regionId } }, parseAs: 'text' })),
    /** Where the queue's CSV export downloads from, with the list's filters. */
    legalAidExportUrl: (query: Query<'exportLegalAidApplications'> = {}) => {
      const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
      return `${baseUrl}/legal-aid/applications/export${search.size ? `?${search}` : ''}`;
    },

    /**
     * Uploads a file's bytes for a case of any module (it stays the caller's until a filing names it in
     * `documentIds`); the server decides its type from the content (PDF, JPEG, PNG).
     */
    uploadDocument: (file: Blob, query: Query<'uploadDocument'>) =>
      call<Ok<'uploadDocument'>>(
        raw.POST('/documents', {
          params: { query },
          body: file as never,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': 'application/octet-stream' },
        }),
      ),
    deleteDocument: (id: string) => call<undefined>(raw.DELETE('/documents/{id}', { params: { path: { id } }, parseAs: 'text' })),
    /** Where a document downloads from (a plain link: the session cookie authorizes it). */
    documentUrl: (id: string) => `${baseUrl}/documents/${encodeURIComponent(id)}`,

    /** The competent 人民调解 committee for a dispute's place and type, with the reason and the alternatives. */
    proposeMediationCommittee: (query: Query<'proposeMediationCommittee'>) =>
      call<Ok<'proposeMediationCommittee'>>(raw.GET('/mediation/routing', { params: { query } })),
    /** Files a dispute; reuse the `idempotencyKey` when retrying so it is never filed twice. */
    createMediationCase: (body: Body<'createMediationCase'>, idempotencyKey?: string) =>
      call<Ok<'createMediationCase'>>(
        raw.POST('/mediation/cases', {
          body,
          params: { header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} },
        } as never),
      ),
    listMediationCases: (query: Query<'listMediationCases'> = {}) =>
      call<Ok<'listMediationCases'>>(raw.GET('/mediation/cases', { params: { query } })),
    getMediationCase: (id: string) => call<Ok<'getMediationCase'>>(raw.GET('/mediation/cases/{id}', { params: { path: { id } } })),
    /** One workflow action with the `version` the caller saw (409 `version_conflict` when stale, `calendar_conflict` for a clash). */
    transitionMediationCase: (id: string, body: Body<'transitionMediationCase'>) =>
      call<Ok<'transitionMediationCase'>>(raw.POST('/mediation/cases/{id}/transitions', { params: { path: { id } }, body })),
    /** A declared case module's cases (ADR 0016): `module` is its id. */
    listModuleCases: (module: string, query: Query<'listModuleCases'> = {}) =>
      call<Ok<'listModuleCases'>>(raw.GET('/modules/{module}/cases', { params: { path: { module }, query } })),
    getModuleCase: (module: string, id: string) =>
      call<Ok<'getModuleCase'>>(raw.GET('/modules/{module}/cases/{id}', { params: { path: { module, id } } })),
    /** Files a case with a declared case module; reuse the `idempotencyKey` when retrying so it is never filed twice. */
    createModuleCase: (module: string, body: Body<'createModuleCase'>, idempotencyKey?: string) =>
      call<Ok<'createModuleCase'>>(
        raw.POST('/modules/{module}/cases', {
          body,
          params: { path: { module }, header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} },
        } as never),
      ),
    /** One action of a declared module's workflow with the `version` the caller saw (409 `version_conflict` when stale). */
    transitionModuleCase: (module: string, id: string, body: Body<'transitionModuleCase'>) =>
      call<Ok<'transitionModuleCase'>>(raw.POST('/modules/{module}/cases/{id}/transitions', { params: { path: { module, id } }, body })),
    getMediationStatistics: (query: Query<'getMediationStatistics'>) =>
      call<Ok<'getMediationStatistics'>>(raw.GET('/mediation/statistics', { params: { query } })),
    /** Where the agreement (调解协议书, PDF) downloads from: a plain link, the session cookie authorizes it. */
    mediationAgreementUrl: (id: string) => `${baseUrl}/mediation/cases/${encodeURIComponent(id)}/agreement`,

    listAuditLog: (query: Query<'listAuditLog'> = {}) => call<Ok<'listAuditLog'>>(raw.GET('/audit-log', { params: { query } })),
  };
}

export type FawangClient = ReturnType<typeof createFawangClient>;
