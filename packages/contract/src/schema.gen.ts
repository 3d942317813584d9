/**
 * generated — do not edit; run pnpm --filter @fawang/contract generate
 *
 * TypeScript types of the Fawang API contract (openapi.yaml + spec/), made by openapi-typescript.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the API and its database answer
         * @description Liveness probe. Answers exactly `{"status":"ok"}` once the database has answered a query.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register as a citizen
         * @description Self-registration of a citizen (群众) account; the role is always `citizen`. Logs the new user in: the answer sets the session cookie and carries the CSRF token. At most 10 registrations an hour from one client address (429 with `Retry-After`).
         */
        post: operations["registerCitizen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Starts a session (登录) and sets the cookie `fw_session`. Unknown user and wrong password get the same 401. The answer is 429 (with `Retry-After`) after 5 failed attempts for one username from one client address within 15 minutes, 20 for one username from any address within an hour, or 100 from one address within 15 minutes; the limits hold across every server process.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the session (退出登录) and clears the cookie.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current session
         * @description The signed-in user and the session's CSRF token; 401 when nobody is logged in.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my display preferences
         * @description The signed-in user's display preferences (language, 长辈版 care mode and its text size, contrast); the defaults when none were saved.
         */
        get: operations["getMyPreferences"];
        /**
         * Save my display preferences
         * @description Replaces the signed-in user's display preferences; every field is required and unknown fields are a 400 naming the field. Answers with what was stored.
         */
        put: operations["updateMyPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List region profiles
         * @description All region profiles (地区) served by this deployment, with their enabled modules.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a region profile
         * @description One region profile (地区) summary.
         */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{regionId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a region's resolved profile
         * @description The complete resolved profile (inheritance applied) that the portal host loads to compose the region's portal: branding, channels, site chrome, modules with their remotes and configuration, service points, legal-aid rules, notary catalogue, arbitration fees and indicators. Public and cacheable for 60 s.
         */
        get: operations["getRegionProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List administrative divisions
         * @description Children of a GB/T 2260 administrative division (行政区划), or the provinces when `parentCode` is absent.
         */
        get: operations["listDivisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/divisions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an administrative division
         * @description One GB/T 2260 division (行政区划) with its ancestors, top first.
         */
        get: operations["getDivision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search organizations
         * @description Searches the directory of organizations (机构): law firms, notary offices, legal-aid centres, public legal service centres and more.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description One organization (机构) with contacts, opening hours and description.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/practitioners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search practitioners
         * @description Searches the directory of practitioners (从业人员): lawyers, notaries, mediators, forensic appraisers, arbitrators and legal-aid workers.
         */
        get: operations["listPractitioners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/practitioners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a practitioner
         * @description One practitioner (从业人员) with languages, biography and public credit record (信用信息).
         */
        get: operations["getPractitioner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate a service
         * @description 好差评: rates an application, organization or practitioner, once per user and subject (一事一评, else 409). A bad review needs `details` and `followUpConsent`. An `application` must be the caller's own (else 404) and closed (else 409 `invalid_state`).
         */
        post: operations["createEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my notices
         * @description The caller's inbox (我的消息): notices their cases' transitions sent them, newest first; reminders appear once they are due. `unread=true` lists the unread ones only.
         */
        get: operations["listMyNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count my unread notices
         * @description The number the header shows beside 我的.
         */
        get: operations["countMyUnreadNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my notices read
         * @description Marks every notice of the caller's inbox that is due to show as read.
         */
        post: operations["markAllNoticesRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notice read
         * @description Marks one of the caller's notices read (again is harmless); someone else's notice is 404.
         */
        post: operations["markNoticeRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my ratings
         * @description The caller's own ratings (我的评价), newest first.
         */
        get: operations["listMyEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluations/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Summarise ratings
         * @description Public 好差评 statistics — counts per level and the satisfaction rate (满意率) — for any filter.
         */
        get: operations["getEvaluationSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-aid/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List legal-aid applications
         * @description 法律援助 applications: a citizen sees their own; a legal_aid_officer or bureau_admin those of their region and its sub-regions, except drafts (an application is the applicant's own until submitted). Other roles, and filtering by a region outside the caller's scope, get 403.
         */
        get: operations["listLegalAidApplications"];
        put?: never;
        /**
         * Apply for legal aid
         * @description Submits a 法律援助 application, or stores a draft with `submit: false` (citizens only). Send an `Idempotency-Key`: a retry with the same key returns the first result instead of creating a second application.
         */
        post: operations["createLegalAidApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-aid/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a legal-aid application
         * @description One 法律援助 application. Outside the caller's scope (for staff: also a draft) it is a 404, never a 403, so ids cannot be probed. Staff see the ID number masked unless they pass `reveal=idNumber`, which is audited.
         */
        get: operations["getLegalAidApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-aid/applications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a legal-aid application through its workflow
         * @description Takes one action of the 法律援助 workflow (`@fawang/workflow/legal-aid`). The applicant (the owner) may `submit`, `provide_material`, `object` and `withdraw`; an officer (legal_aid_officer or bureau_admin of the application's region or a region above it) the others. Send the `version` you saw: if the application changed meanwhile the answer is 409 `version_conflict`, so of two officers acting at once exactly one wins. An action the state does not allow is 409 `invalid_transition`; an action the caller's kind may never take is 403; a missing `reason`, `material`, `assignee` or `outcome` is 400 naming the field. Statutory clocks start and stop with the actions (decide within decideWithinDays, suspended while material is missing; assign within assignWithinDays of approval; review an objection within objectionReviewWithinDays — counted as the region profile says). Every transition is written to the history and the audit log.
         */
        post: operations["transitionLegalAidApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-aid/applications/{id}/quality-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the quality review of a closed case
         * @description An officer records (or corrects) the quality review (案件质量评查) of a closed or rated application: file check, follow-up with the aided person and grade. Before closure it is 409 `invalid_state`. A follow-up without a note, or a failing grade without findings, is 400 naming the field. Recorded in the history and the audit log.
         */
        put: operations["reviewLegalAidQuality"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-aid/applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the legal-aid queue as CSV
         * @description The officer's queue (legal_aid_officer or bureau_admin) as CSV (UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese text), with the same filters as the list and at most 10,000 rows, newest first. Names and ID numbers are masked; a cell that starts with `=`, `+`, `-` or `@` is prefixed with `'` so it cannot run as a formula. The export is written to the audit log.
         */
        get: operations["exportLegalAidApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-aid/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Legal-aid statistics of a region
         * @description For a bureau_admin (司法局管理员) of the region or a region above it: applications by status, the median decision time, overdue clocks and aided cases per 100,000 people against the plan's target. Applications of sub-regions are included. Other roles get 403.
         */
        get: operations["getLegalAidStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal-aid/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Load my application draft
         * @description The caller's (a citizen's) saved wizard answers for the region; 404 when there is none.
         */
        get: operations["getLegalAidDraft"];
        /**
         * Save my application draft
         * @description Stores the wizard's answers on the server so they survive a reload, a new device and a new sign-in. Citizens only. A stale `version` is 409 `version_conflict`; a document id that is not the caller's is 400 on `body.data.documentIds`. Submitting the application deletes the draft.
         */
        put: operations["saveLegalAidDraft"];
        post?: never;
        /**
         * Discard my application draft
         * @description Deletes the caller's draft for the region, and its documents that no application holds.
         */
        delete: operations["deleteLegalAidDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediation/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Propose the competent mediation committee
         * @description The people's mediation committee (人民调解委员会) competent for a dispute from where it arose and its type, among the committees of the region and the regions below it, with the reason as a rule id and the other committees the applicant may choose (`@fawang/mediation`). Public: a visitor can see it before signing in.
         */
        get: operations["proposeMediationCommittee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediation/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mediation cases
         * @description A citizen sees the cases they filed; a mediator or bureau_admin those of their region and the regions below it. Other roles, and a region filter outside the caller's scope, get 403.
         */
        get: operations["listMediationCases"];
        put?: never;
        /**
         * File a dispute for people's mediation
         * @description A citizen files a dispute (申请人民调解) with the committee they chose from the routing proposal; the committee's answer clock starts. Send an `Idempotency-Key`: a retry with the same key returns the first result.
         */
        post: operations["createMediationCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediation/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a mediation case
         * @description One case; outside the caller's scope a 404, never a 403.
         */
        get: operations["getMediationCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediation/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a mediation case through its workflow
         * @description One action of `@fawang/workflow/mediation`. The applicant may `withdraw`; a mediator or bureau_admin of the case's region or a region above it the others. 409 `invalid_transition` or `version_conflict` (stale `version`); 403 for a kind of caller that may never take the action; 400 naming a missing or invalid field (a mediator who is not of the case's committee, a committee that does not take the dispute, a session in the past, longer than 8 hours, or on site without a location). A session that overlaps another session of one of its mediators is 409 `calendar_conflict`. Every transition is written to the history and the audit log.
         */
        post: operations["transitionMediationCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediation/cases/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the mediation agreement (调解协议书)
         * @description The agreement of an agreed (or rated) case as a PDF generated from the template with the parties' data, the terms and the reminder that the parties may apply to the court for judicial confirmation (司法确认) within 30 days (人民调解法 art. 33). For the applicant and staff who may see the case; before an agreement 409 `invalid_state`.
         */
        get: operations["getMediationAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mediation/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People's mediation statistics of a region
         * @description For a bureau_admin of the region or a region above it: per committee cases, agreements, failures, success rate and median days to an outcome; the full-time mediator share against the plan's target.
         */
        get: operations["getMediationStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/{module}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a declared case module's cases
         * @description A citizen sees the cases they filed; the module's staff those they handle (their organization's, or their region's and the regions below it). Other roles, and a region filter outside the caller's scope, get 403.
         */
        get: operations["listModuleCases"];
        put?: never;
        /**
         * File a case with a declared case module
         * @description A citizen files a case with an organization of the module's type, with the module's declared fields; the workflow's first clocks start. Send an `Idempotency-Key`: a retry with the same key returns the first result.
         */
        post: operations["createModuleCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/{module}/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a case of a declared case module
         * @description One case; outside the caller's scope a 404, never a 403. Staff reading it is audited.
         */
        get: operations["getModuleCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/{module}/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an action of a declared case module's workflow
         * @description One action with the case's `version` as the caller saw it: 403 when the caller's role may never take it, 409 `version_conflict` on a stale version, 400 naming a required field that is missing, 409 `invalid_transition` when the status does not allow it.
         */
        post: operations["transitionModuleCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document
         * @description Uploads one document (the file's bytes as the body) for a case being filed or material asked for: a legal-aid draft, application or 补充材料, a mediation dispute. Citizens only; the document stays the uploader's until a case takes it. The type is decided by the content, not the name or the Content-Type: only PDF, JPEG and PNG are accepted, and the whole file must read as one (a PDF must open, an image must decode; anything else is 415 `unsupported_document_type`, naming `body`); at most 10 MB (413) and 30 unattached documents per person (409 `too_many_documents`).
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document
         * @description The document's bytes, for its uploader and for the staff of the module whose case holds it and whose region covers that case (legal-aid officers for an application, mediators for a mediation case, bureau admins for both; a staff download is audited); anyone else gets 404. Sent as an attachment with the detected media type.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /**
         * Delete an unattached document
         * @description The uploader removes a document that no case holds yet (409 `document_attached` otherwise).
         */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log
         * @description The audit log (审计日志) of the bureau_admin's region and its sub-regions, newest first: who read or changed personal data, never the data itself.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An error answer (RFC 9457 problem details), always sent as `application/problem+json`. `code` is the machine-readable reason; `errors` names each failing field. */
        Problem: {
            /**
             * Format: uri-reference
             * @description Identifies the problem type, e.g. `/api/v1/problems/validation_failed`.
             * @example /api/v1/problems/validation_failed
             */
            type: string;
            /**
             * @description Short, human-readable summary of the problem type.
             * @example Bad request
             */
            title: string;
            /**
             * @description The HTTP status code of this answer.
             * @example 400
             */
            status: number;
            /** @description Human-readable explanation of this occurrence. */
            detail?: string;
            /** @description The request path this problem occurred on. */
            instance?: string;
            /**
             * @description Machine-readable reason, e.g. `validation_failed`, `unauthenticated`, `forbidden`, `not_found`, `conflict`, `rate_limited`, `payload_too_large`, `unsupported_media_type`, `csrf_failed`, `invalid_state`.
             * @example validation_failed
             */
            code: string;
            /** @description One entry per failing field (validation errors). */
            errors?: components["schemas"]["FieldError"][];
        };
        /** @description One failing field of a request. */
        FieldError: {
            /**
             * @description Location and path of the field: `body.applicant.idNumber`, `query.pageSize`, `path.id`, `header.x-csrf-token`.
             * @example body.applicant.idNumber
             */
            field: string;
            /** @description Human-readable message. */
            message: string;
            /**
             * @description Machine-readable reason, e.g. `required`, `pattern`, `unknown_field`.
             * @example required
             */
            code: string;
        };
        /** @description Liveness answer; the server also checked that its database answers. */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @description What a user may do: citizen (群众), legal_aid_officer (法律援助工作人员), lawyer (律师), notary (公证员), mediator (调解员), appraiser (司法鉴定人), arbitration_secretary (仲裁秘书), bureau_admin (司法局管理员).
         * @enum {string}
         */
        Role: "citizen" | "legal_aid_officer" | "lawyer" | "notary" | "mediator" | "appraiser" | "arbitration_secretary" | "bureau_admin";
        /** @description A citizen's self-registration. The role is always `citizen`. */
        RegisterRequest: {
            /**
             * @description 3–32 characters, lower case letters, digits, `.`, `_` and `-`.
             * @example wang.fang
             */
            username: string;
            password: string;
            /** @example 王芳 */
            displayName: string;
            regionId: components["schemas"]["RegionId"];
            /**
             * @description Mainland China mobile number.
             * @example 13900001111
             */
            phone?: string;
        };
        LoginRequest: {
            username: string;
            password: string;
        };
        /** @description The signed-in user and the CSRF token to send as `X-CSRF-Token` on every unsafe request of this session. The session itself is the HttpOnly cookie `fw_session`. */
        Session: {
            user: components["schemas"]["User"];
            preferences: components["schemas"]["UserPreferences"];
            csrfToken: string;
            /**
             * Format: date-time
             * @description When the session ends if it is not used again: the idle limit (30 minutes for staff, 2 hours for citizens by default) from its last use, and never later than 12 hours after login.
             */
            expiresAt: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            role: components["schemas"]["Role"];
            regionId: components["schemas"]["RegionId"];
            /**
             * @description Masked mobile number.
             * @example 138****5678
             */
            phone?: string;
            /**
             * Format: uuid
             * @description The organization a staff account works for (a mediation committee, a notary office…); an organization-bound role (mediator, notary, appraiser, arbitration secretary) handles that organization's cases only.
             */
            organizationId?: string;
            /**
             * Format: uuid
             * @description The staff account's practitioner record in the directory (a lawyer, a mediator).
             */
            practitionerId?: string;
        };
        /** @description Display preferences remembered per account, so the portal applies them on sign-in: language, care mode (长辈版/适老化) with its text size in px, and high contrast. An account that never saved any gets the defaults (zh-CN, care mode off at 18 px, standard contrast). */
        UserPreferences: {
            locale: components["schemas"]["Locale"];
            careMode: boolean;
            /**
             * @description Base text size in care mode (the MIIT rules ask for at least 18 px).
             * @enum {integer}
             */
            careFontSize: 18 | 20 | 22 | 24;
            highContrast: boolean;
        };
        /**
         * @description Id of a region profile.
         * @example leshan
         */
        RegionId: string;
        /**
         * @description A service module: legal-aid (法律援助), lawyers (律师), notary (公证), mediation (人民调解), forensic (司法鉴定), arbitration (仲裁).
         * @enum {string}
         */
        ModuleId: "legal-aid" | "lawyers" | "notary" | "mediation" | "forensic" | "arbitration";
        Hotline: {
            /** @example 公共法律服务热线 */
            name: string;
            /**
             * @description Digits, "-" between groups (an area code, or a menu key as in 12348-1).
             * @example 12348
             */
            number: string;
            /** @example 7×24 */
            hours?: string;
            description?: string;
        };
        /** @description What a portal needs to know about a region profile. */
        RegionSummary: {
            id: components["schemas"]["RegionId"];
            /** @example 乐山市 */
            name: string;
            /**
             * @description The portal's name (branding.siteName of the profile).
             * @example 乐山法律服务网
             */
            siteName: string;
            /** @enum {string} */
            level: "national" | "province" | "city" | "county";
            /** @description The administrative parent, e.g. leshan → sichuan. */
            parentId?: components["schemas"]["RegionId"];
            /** @description The profile this one inherits settings from. */
            extends?: components["schemas"]["RegionId"];
            /**
             * @description GB/T 2260 code of the region.
             * @example 511100
             */
            divisionCode?: string;
            population?: number;
            hotlines: components["schemas"]["Hotline"][];
            /** @description The modules the region offers, the built-in ones first. */
            enabledModules: components["schemas"]["ModuleKey"][];
        };
        /** @description A GB/T 2260 division: 6-digit codes for provinces, cities and counties, 9 digits for towns and streets (乡镇/街道). */
        Division: {
            /** @example 511132 */
            code: string;
            /** @example 峨边彝族自治县 */
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "town";
            parentCode?: string;
            hasChildren: boolean;
        };
        /** @description A division with its ancestors (`path`, top first). */
        DivisionDetail: {
            /** @example 511132 */
            code: string;
            /** @example 峨边彝族自治县 */
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "town";
            parentCode?: string;
            hasChildren: boolean;
            /** @description Ancestors, top (province) first; empty for a province. */
            path: components["schemas"]["Division"][];
        };
        /**
         * @description A portal locale; zh-CN first.
         * @enum {string}
         */
        Locale: "zh-CN" | "en";
        /** @description The region's name on the portal and its brand (the design system derives the palette from brandColor). */
        Branding: {
            /** @example 四川法律服务网 */
            siteName: string;
            /** @example Sichuan Legal Services */
            siteNameEn?: string;
            /** @example #1f5fa8 */
            brandColor?: string;
            logo?: {
                /** @description An absolute https URL or a path on the portal's origin. */
                src: string;
                alt: string;
            };
        };
        /** @description A local online channel the portal links to (天府通办, 乐易办, 粤省事 …). */
        OnlineChannel: {
            /** @example 天府通办 */
            name: string;
            /** @enum {string} */
            kind: "app" | "mini_program" | "website" | "wechat" | "alipay";
            /** Format: uri */
            href?: string;
            description?: string;
        };
        Channels: {
            hotlines: components["schemas"]["Hotline"][];
            online: components["schemas"]["OnlineChannel"][];
        };
        /** @description Government-site chrome (政府网站) shown in the footer: organizer (主办单位), site code (网站标识码), ICP and public-security filings (备案), the party and government mark and the 我要纠错 link. */
        SiteChrome: {
            /** @example 四川省司法厅 */
            organizer: string;
            /** @description 网站标识码; `DEMO` and 6 digits marks a demo site. */
            siteCode?: string;
            icp?: string;
            publicSecurity?: {
                text: string;
                code: string;
            };
            partyGovMark?: boolean;
            /** Format: uri */
            correctionHref?: string;
            privacyHref?: string;
            accessibilityHref?: string;
        };
        /** @description One module in a region: whether it is offered, where its federated remote lives (absent → the module bundled with the host) and its configuration, which the module's own schema validates. */
        ModuleSettings: {
            enabled: boolean;
            remote?: {
                /**
                 * @description URL (or path on the portal's origin) of the remote's mf-manifest.json.
                 * @example https://lawyers.example.gov.cn/mf-manifest.json
                 */
                entry: string;
            };
            /** @description Module-specific settings; open here because each module defines (and validates) its own. */
            config?: {
                [key: string]: unknown;
            };
        };
        /** @description The settings of each of the six modules, and of the modules the region adds (`pnpm create-module`, a declared case module), keyed by module id. */
        RegionModules: {
            "legal-aid": components["schemas"]["ModuleSettings"];
            lawyers: components["schemas"]["ModuleSettings"];
            notary: components["schemas"]["ModuleSettings"];
            mediation: components["schemas"]["ModuleSettings"];
            forensic: components["schemas"]["ModuleSettings"];
            arbitration: components["schemas"]["ModuleSettings"];
        } & {
            [key: string]: components["schemas"]["ModuleSettings"];
        };
        /** @description A public legal service point (公共法律服务中心/工作站/室, hotline centre). */
        ServicePoint: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "centre" | "station" | "room" | "hotline_centre";
            /** @enum {string} */
            level: "province" | "city" | "county" | "town" | "village";
            divisionCode: string;
            address: string;
            phone?: string;
            hours?: string;
            /** @description WGS84 coordinates. */
            location?: {
                lat: number;
                lng: number;
            };
        };
        /** @description A category exempt by 法律援助法 §32 (no hardship condition) or §42 (hardship not verified). */
        ExemptCategory: {
            id: string;
            name: string;
            /** @enum {string} */
            basis: "art32" | "art42";
        };
        /** @description Applicants who may show hardship by a personal pledge (个人诚信承诺, §41). */
        PledgeCategory: {
            id: string;
            name: string;
            /** @description The pledge is open to every applicant on hardship grounds (e.g. 北京 告知承诺制). */
            allApplicants?: boolean;
        };
        /** @description 经济困难标准 from a date on. */
        HardshipThreshold: {
            /** Format: date */
            effectiveFrom: string;
            monthlyIncomePerMemberYuan: number;
            assetsLimitYuan?: number;
            /** @description What the figure is, e.g. 当地最低生活保障标准的2倍, or its source. */
            basis: string;
        };
        /** @description 法律援助 rules of the region. */
        LegalAidRules: {
            deadlines: {
                decideWithinDays: number;
                assignWithinDays: number;
                objectionReviewWithinDays: number;
                /** @enum {string} */
                dayCounting: "working" | "calendar";
            };
            matterTypes: components["schemas"]["MatterType"][];
            hardship: {
                thresholds: components["schemas"]["HardshipThreshold"][];
                /** @description Matters and applicants exempt from the hardship test (法律援助法 §32) or from its verification (§42); `basis` says which. */
                exemptCategories: components["schemas"]["ExemptCategory"][];
                /** @description Applicants whose hardship is shown by a personal pledge (个人诚信承诺). */
                pledgeCategories: components["schemas"]["PledgeCategory"][];
            };
            /** @description Ids of regions whose hardship decisions are recognised (e.g. 成渝); they need no profile here. */
            mutualRecognition?: components["schemas"]["RegionId"][];
        };
        /** @description One item of the notary catalogue (公证事项). */
        NotaryService: {
            id: string;
            name: string;
            nameEn?: string;
            /** @description A fixed fee or a range. */
            feeYuan?: number | {
                min: number;
                max: number;
            };
            feeBasis?: string;
            online: boolean;
            /** @description 最多跑一次. */
            maxOneVisit: boolean;
        };
        /** @description A bracket of a progressive fee; `rate` applies to the part above the previous bracket. */
        FeeBracket: {
            /** @description Upper bound of the bracket; null for the last (everything above). */
            upToYuan: number | null;
            baseYuan: number;
            rate: number;
        };
        /** @description 仲裁收费 from a date on. */
        ArbitrationFeeSchedule: {
            /** Format: date */
            effectiveFrom: string;
            /** @description 案件受理费. */
            acceptance: components["schemas"]["FeeBracket"][];
            /** @description 案件处理费. */
            handling?: components["schemas"]["FeeBracket"][];
            basis: string;
        };
        /** @description A figure, or a phrase when the plan states one (e.g. 全覆盖). */
        IndicatorValue: number | string;
        /** @description A row of the region plan's indicator table (主要指标). */
        Indicator: {
            id: string;
            name: string;
            nameEn?: string;
            /**
             * @description Absent only when the target is words, not a number.
             * @example %
             * @example 人/10万人
             */
            unit?: string;
            /**
             * @description binding (约束性), expected (预期性) or unstated (未标注).
             * @enum {string}
             */
            kind: "binding" | "expected" | "unstated";
            baseline?: {
                value: components["schemas"]["IndicatorValue"];
                year?: number;
            };
            target: {
                value: components["schemas"]["IndicatorValue"];
                /** @enum {string} */
                comparator?: ">=" | "<=" | "=";
            };
            deadline: string;
            /**
             * @description Where the plan states it (seed file and lines).
             * @example 000 L57–60
             */
            source: string;
            /**
             * @description Set when the system can compute the figure itself.
             * @enum {string}
             */
            measure?: "legal_aid_per_100k" | "lawyers_per_10k" | "notaries_per_100k" | "mediation_success_rate" | "full_time_mediator_share" | "online_share";
        };
        /** @description A region's resolved profile (inheritance applied): identity, locales, branding, channels, site chrome, modules, service points, legal-aid and mediation rules, notary catalogue, arbitration fees and the plan's indicators. */
        RegionProfile: {
            id: components["schemas"]["RegionId"];
            /** @example 乐山市 */
            name: string;
            nameEn?: string;
            /** @enum {string} */
            level: "national" | "province" | "city" | "county";
            /** @description The administrative parent, e.g. leshan → sichuan. */
            parent?: components["schemas"]["RegionId"];
            /** @description The profile this one inherits settings from. */
            extends?: components["schemas"]["RegionId"];
            divisionCode?: string;
            population?: number;
            locales: components["schemas"]["Locale"][];
            branding: components["schemas"]["Branding"];
            channels: components["schemas"]["Channels"];
            site: components["schemas"]["SiteChrome"];
            modules: components["schemas"]["RegionModules"];
            servicePoints: components["schemas"]["ServicePoint"][];
            legalAid: components["schemas"]["LegalAidRules"];
            mediation?: components["schemas"]["MediationRules"];
            notary: {
                catalogue: components["schemas"]["NotaryService"][];
                /** @description How many 最多跑一次 items the region has in all, when `catalogue` is a selection. */
                maxOneVisitTotal?: number;
            };
            arbitration: {
                feeSchedules: components["schemas"]["ArbitrationFeeSchedule"][];
            };
            /** @description The region's own plan table (never inherited); empty when it has none. */
            indicators: components["schemas"]["Indicator"][];
        };
        /**
         * @description law_firm (律师事务所), notary_office (公证处), forensic_institution (司法鉴定机构), arbitration_commission (仲裁委员会), mediation_committee (人民调解委员会), legal_aid_centre (法律援助中心), service_centre (公共法律服务中心), service_station (公共法律服务工作站), service_room (公共法律服务室).
         * @enum {string}
         */
        OrganizationType: "law_firm" | "notary_office" | "forensic_institution" | "arbitration_commission" | "mediation_committee" | "legal_aid_centre" | "service_centre" | "service_station" | "service_room";
        /**
         * @description What a people's mediation committee (人民调解委员会) is set up for: village (村/居民委员会人民调解委员会), township (乡镇/街道人民调解委员会), industry (行业性, e.g. 医疗纠纷、交通事故、劳动争议、物业) or professional (专业性, e.g. 婚姻家庭).
         * @enum {string}
         */
        MediationKind: "village" | "township" | "industry" | "professional";
        /**
         * @description A kind of dispute people's mediation takes: neighbour (邻里纠纷), marriage_family (婚姻家庭), property (房屋宅基地), land (山林土地), contract (合同), labour (劳动争议), medical (医疗纠纷), traffic (交通事故), consumer (消费), property_management (物业), other (其他).
         * @enum {string}
         */
        MediationDisputeType: "neighbour" | "marriage_family" | "property" | "land" | "contract" | "labour" | "medical" | "traffic" | "consumer" | "property_management" | "other";
        /** @description How a mediation committee is set up. Industry and professional committees name the dispute types they take; village and township committees take any dispute of their area, so they name none. */
        OrganizationMediation: {
            kind: components["schemas"]["MediationKind"];
            disputeTypes?: components["schemas"]["MediationDisputeType"][];
        } & unknown;
        /**
         * @description Grade of a people's mediator (人民调解员等级), chief (首席人民调解员), first (一级), second (二级), third (三级).
         * @enum {string}
         */
        MediatorGrade: "chief" | "first" | "second" | "third";
        /** @description A people's mediator's standing (人民调解员), full-time (专职) or part-time (兼职), and grade. */
        PractitionerMediator: {
            fullTime: boolean;
            grade: components["schemas"]["MediatorGrade"];
        };
        /** @description Opening hours on the given ISO weekdays (1 = Monday … 7 = Sunday). */
        OpeningHours: {
            days: number[];
            /** @example 08:30 */
            opens: string;
            /** @example 17:30 */
            closes: string;
        };
        /** @description WGS 84 coordinates. */
        Location: {
            lat: number;
            lng: number;
        };
        Contacts: {
            /** @example 0833-2123456 */
            phone: string;
            /** Format: email */
            email?: string;
            /** Format: uri */
            website?: string;
        };
        /** @description An organization as listed. `demo` marks synthetic demo data, shown as 示例数据. */
        OrganizationSummary: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["OrganizationType"];
            name: string;
            regionId: components["schemas"]["RegionId"];
            divisionCode: string;
            divisionName: string;
            address: string;
            phone: string;
            practitionerCount: number;
            demo: boolean;
            mediation?: components["schemas"]["OrganizationMediation"];
        };
        /** @description An organization with its contacts, opening hours and description. */
        Organization: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["OrganizationType"];
            name: string;
            regionId: components["schemas"]["RegionId"];
            divisionCode: string;
            divisionName: string;
            address: string;
            phone: string;
            practitionerCount: number;
            demo: boolean;
            mediation?: components["schemas"]["OrganizationMediation"];
            /** @description Unified social credit code (统一社会信用代码, GB 32100). */
            uscc?: string;
            location?: components["schemas"]["Location"];
            contacts: components["schemas"]["Contacts"];
            openingHours: components["schemas"]["OpeningHours"][];
            description?: string;
            /**
             * @description Level of a service point or mediation committee.
             * @enum {string}
             */
            level?: "province" | "city" | "county" | "town" | "village";
        };
        OrganizationPage: {
            items: components["schemas"]["OrganizationSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description lawyer (律师), notary (公证员), mediator (调解员), appraiser (司法鉴定人), arbitrator (仲裁员), legal_aid_worker (法律援助人员), grassroots_legal_worker (基层法律服务工作者).
         * @enum {string}
         */
        PractitionerType: "lawyer" | "notary" | "mediator" | "appraiser" | "arbitrator" | "legal_aid_worker" | "grassroots_legal_worker";
        /**
         * @description A field of practice (业务专长).
         * @enum {string}
         */
        Specialty: "civil" | "criminal" | "administrative" | "labour" | "marriage_family" | "contract" | "company" | "intellectual_property" | "real_estate" | "traffic_accident" | "medical_dispute" | "finance" | "tax" | "environment" | "foreign_related" | "juvenile" | "inheritance" | "consumer";
        /** @enum {string} */
        Gender: "male" | "female";
        /**
         * @description active (执业), suspended (停止执业), revoked (吊销执业证).
         * @enum {string}
         */
        PractitionerStatus: "active" | "suspended" | "revoked";
        /** @description A practitioner as listed. `demo` marks synthetic demo data, shown as 示例数据. */
        PractitionerSummary: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["PractitionerType"];
            name: string;
            gender: components["schemas"]["Gender"];
            /** @description Practising licence number (执业证号). */
            licenceNumber: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            regionId: components["schemas"]["RegionId"];
            divisionCode: string;
            specialties: components["schemas"]["Specialty"][];
            yearsOfPractice: number;
            status: components["schemas"]["PractitionerStatus"];
            demo: boolean;
            /** @description Languages of service as BCP 47 tags, e.g. zh, bo (Tibetan), ii (Yi), en. */
            languages?: string[];
            mediator?: components["schemas"]["PractitionerMediator"];
        };
        /** @description A practitioner with languages, biography and public credit record (信用信息). */
        Practitioner: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["PractitionerType"];
            name: string;
            gender: components["schemas"]["Gender"];
            /** @description Practising licence number (执业证号). */
            licenceNumber: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            regionId: components["schemas"]["RegionId"];
            divisionCode: string;
            specialties: components["schemas"]["Specialty"][];
            yearsOfPractice: number;
            status: components["schemas"]["PractitionerStatus"];
            demo: boolean;
            mediator?: components["schemas"]["PractitionerMediator"];
            /** @description Languages of service as BCP 47 tags, e.g. zh, bo (Tibetan), ii (Yi), en. */
            languages: string[];
            biography?: string;
            creditRecords: components["schemas"]["CreditRecord"][];
            proBonoHours?: number;
        };
        /** @description A reward (表彰) or sanction (行政处罚/行业处分) on a practitioner's public record. */
        CreditRecord: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "reward" | "sanction";
            title: string;
            issuedBy: string;
            /** Format: date */
            date: string;
            description?: string;
        };
        /** @description A page of practitioners. Broad searches stop counting at 1,000 matches (or just past the requested page): `total` is then a lower bound and `totalIsLowerBound` is true ("1,000+ results"). */
        PractitionerPage: {
            items: components["schemas"]["PractitionerSummary"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description True when more matches exist than `total` says. */
            totalIsLowerBound?: boolean;
        };
        /**
         * @description The id of any module: one of the six built-in ones (ModuleId) or a module a province adds (`pnpm create-module`), such as a declared case module.
         * @example legal-aid
         * @example consult
         */
        ModuleKey: string;
        /** @description The values of the module's declared fields by key, as text (dates as YYYY-MM-DD). The server checks them against the module's case definition and answers 400 naming `body.fields.<key>`. */
        CaseFieldValues: {
            [key: string]: string;
        };
        /** @description The organization handling a case (the one the applicant chose among the module's). */
        OrganizationRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @description A filing: the region, the organization that should handle it (an organization of the module's type in the region or a region below it), the declared fields and the documents uploaded for it. */
        ModuleCaseInput: {
            regionId: components["schemas"]["RegionId"];
            /** Format: uuid */
            organizationId: string;
            fields: components["schemas"]["CaseFieldValues"];
            documentIds?: string[];
        };
        /** @description A case as listed; the applicant's name is masked for everyone but the applicant. */
        ModuleCaseSummary: {
            module: components["schemas"]["ModuleKey"];
            organization: components["schemas"]["OrganizationRef"];
            applicantName: string;
            overdue: boolean;
        } & components["schemas"]["CaseSummaryBase"];
        /** @description A full case. The fields the definition marks personal (phones, ID numbers) are masked for staff; the applicant sees them as filed. `outcomeReason` is why the case ended (declined, concluded, withdrawn). */
        ModuleCase: {
            module: components["schemas"]["ModuleKey"];
            organization: components["schemas"]["OrganizationRef"];
            applicantName: string;
            overdue: boolean;
            fields: components["schemas"]["CaseFieldValues"];
            outcomeReason?: string;
            /** @description The documents filed with the case and provided since, in upload order (always sent). */
            documents: components["schemas"]["StoredDocument"][];
            /** @description The clocks of the module's workflow, oldest first (always sent). */
            deadlines: components["schemas"]["CaseDeadline"][];
        } & components["schemas"]["CaseBase"];
        /** @description One action of the module's workflow; `reason` where the action requires it (a refusal, an outcome), and documents the applicant provides with it. */
        ModuleCaseTransitionInput: {
            documentIds?: string[];
        } & components["schemas"]["CaseTransitionInputBase"];
        ModuleCasePage: {
            items: components["schemas"]["ModuleCaseSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description From best to worst: very_satisfied (非常满意), satisfied (满意), basically_satisfied (基本满意), dissatisfied (不满意), very_dissatisfied (非常不满意). The last two are bad reviews (差评).
         * @enum {string}
         */
        EvaluationLevel: "very_satisfied" | "satisfied" | "basically_satisfied" | "dissatisfied" | "very_dissatisfied";
        /** @description A rating of a service. A bad review (`dissatisfied`, `very_dissatisfied`) must say what went wrong (`details`, at least 5 characters) and whether the person may be contacted (`followUpConsent`). */
        EvaluationInput: {
            module: components["schemas"]["ModuleKey"];
            /**
             * @description What is rated; an `application` must be the caller's own closed legal-aid application, which the rating moves to `evaluated` (已评价).
             * @enum {string}
             */
            subjectType: "application" | "organization" | "practitioner";
            /** Format: uuid */
            subjectId: string;
            level: components["schemas"]["EvaluationLevel"];
            comment?: string;
            /** @description What went wrong; required (at least 5 characters) for a bad review. */
            details?: string;
            /** @description Whether the person may be contacted about a bad review; required for a bad review. */
            followUpConsent?: boolean;
        } & unknown;
        /** @description A stored rating. Every bad review is followed up (差评整改); `followUpStatus` tracks it. */
        Evaluation: {
            /** Format: uuid */
            id: string;
            module: components["schemas"]["ModuleKey"];
            /** @enum {string} */
            subjectType: "application" | "organization" | "practitioner";
            /** Format: uuid */
            subjectId: string;
            level: components["schemas"]["EvaluationLevel"];
            comment?: string;
            details?: string;
            followUpConsent: boolean;
            regionId: components["schemas"]["RegionId"];
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            followUpStatus: "not_required" | "pending" | "done";
        };
        /** @description Counts per level and the share of ratings that are not bad reviews (满意率). */
        EvaluationSummary: {
            total: number;
            counts: {
                very_satisfied: number;
                satisfied: number;
                basically_satisfied: number;
                dissatisfied: number;
                very_dissatisfied: number;
            };
            /** @description (total − bad reviews) / total; 0 when there are no ratings. */
            satisfactionRate: number;
        };
        EvaluationPage: {
            items: components["schemas"]["Evaluation"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description What a notice (通知) tells the applicant about their case: status_changed (办理状态已更新), material_requested (需补充材料), session_scheduled (已安排调解/听证), judicial_confirmation_due (调解协议司法确认提醒: apply to the court within 30 days of the agreement).
         * @enum {string}
         */
        NoticeKind: "status_changed" | "material_requested" | "session_scheduled" | "judicial_confirmation_due";
        /** @description One notice in the signed-in person's inbox (我的消息), sent by a case's transition. It names the case and what happened, never the case's personal data: the page of the case shows the rest. */
        Notice: {
            /** Format: uuid */
            id: string;
            module: components["schemas"]["ModuleKey"];
            /** Format: uuid */
            caseId: string;
            /** @description The case's reference number (受理编号 / 调解编号). */
            reference: string;
            kind: components["schemas"]["NoticeKind"];
            /** @description The case's status the transition led to, in its module's workflow words. */
            status: string;
            /** @description The workflow action that sent it; absent for a reminder. */
            action?: string;
            /**
             * Format: date-time
             * @description When the notice was sent; for a reminder, when it became due to show.
             */
            at: string;
            /** Format: date-time */
            readAt?: string;
            /**
             * Format: date-time
             * @description A scheduled session's start (session_scheduled).
             */
            startsAt?: string;
            /**
             * Format: date
             * @description The last day to act (judicial_confirmation_due), Beijing date.
             */
            dueBy?: string;
        };
        NoticePage: {
            items: components["schemas"]["Notice"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description How many of all the caller's notices are unread (not only on this page). */
            unread: number;
        };
        NoticeCount: {
            unread: number;
        };
        /** @description Who acted on a case (经办人): the user's id, role and name — masked unless it is the caller's own. */
        CaseActor: {
            /** Format: uuid */
            id: string;
            displayName: string;
            role: components["schemas"]["Role"];
        };
        /** @description A status change of a case (办理记录): when, the status it led to, the workflow action (absent for the creation), who, and why (`note`: the reason, the material provided, the assignee or the outcome). `status` and `action` hold the module's own values; each module narrows them to its enums. */
        CaseHistoryEntry: {
            /** Format: date-time */
            at: string;
            status: string;
            action?: string;
            by: components["schemas"]["CaseActor"];
            note?: string;
        };
        /** @description A statutory clock (法定时限) of a case: what it times (`kind`, narrowed by each module), when it started and is due; `stoppedAt` once met or suspended. A running clock is overdue after `dueAt`. */
        CaseDeadline: {
            kind: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            stoppedAt?: string;
        };
        /** @description What every case module lists about a case: its id and reference, the region, the status (narrowed by each module to its own enum), when it was created, last changed and submitted, the earliest running statutory deadline and whether a clock is overdue. A module's summary is `allOf: [CaseSummaryBase, {its own}]`. */
        CaseSummaryBase: {
            /** Format: uuid */
            id: string;
            /**
             * @description Human-readable reference: 受理编号 (legal aid, e.g. FY-511100-20261124-0001), 调解编号 (mediation, e.g. TJ-110101-20261125-3F9A0C12).
             * @example FY-511100-20261124-0001
             */
            reference: string;
            regionId: components["schemas"]["RegionId"];
            /** @description The module's workflow status; each module narrows it to its own enum. */
            status: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            submittedAt?: string;
            /**
             * Format: date-time
             * @description The earliest running statutory deadline (absent when no clock runs).
             */
            dueAt?: string;
            /** @description A running statutory clock is past its due time (always sent by the server). */
            overdue?: boolean;
        };
        /** @description A full case as the case kernel gives it: the summary plus the version for optimistic concurrency, the history (办理记录), the statutory clocks (法定时限) and the attached documents. A module's full schema is `allOf: [CaseBase, {its own}]`; its own member narrows the history's status and action and the clocks' kind. */
        CaseBase: {
            /** @description Incremented on every change (optimistic concurrency). */
            version: number;
            /** @description The status changes, oldest first. */
            history: components["schemas"]["CaseHistoryEntry"][];
            /** @description The statutory clocks, oldest first. */
            deadlines?: components["schemas"]["CaseDeadline"][];
            /** @description The documents attached to the case, in upload order. */
            documents?: components["schemas"]["StoredDocument"][];
        } & components["schemas"]["CaseSummaryBase"];
        /** @description One workflow action with the case's `version` the caller saw (a stale one is 409 `version_conflict`) and, for the actions that need one, a `reason`. Each module narrows `action` to its own enum and adds the fields its actions take: `allOf: [CaseTransitionInputBase, {its own}]`. */
        CaseTransitionInputBase: {
            /** @description The module's workflow action; each module narrows it to its own enum. */
            action: string;
            version: number;
            reason?: string;
        };
        /**
         * @description civil (民事), administrative (行政), criminal (刑事).
         * @enum {string}
         */
        MatterType: "civil" | "administrative" | "criminal";
        /**
         * @description Categories that exempt from or ease the means test: minor (未成年人), elderly_no_income, disabled_no_income, subsistence_allowance (低保/特困), judicial_assistance (司法救助), special_care (优抚), migrant_worker_wages (农民工追索劳动报酬), martyr_relative_honour (英烈近亲属维护英烈名誉), brave_deed (见义勇为), state_compensation_retrial (再审改判无罪请求国家赔偿), abuse_or_domestic_violence (遭受虐待、遗弃或者家庭暴力).
         * @enum {string}
         */
        ApplicantCategory: "minor" | "elderly_no_income" | "disabled_no_income" | "subsistence_allowance" | "judicial_assistance" | "special_care" | "migrant_worker_wages" | "martyr_relative_honour" | "brave_deed" | "state_compensation_retrial" | "abuse_or_domestic_violence";
        /**
         * @description draft (草稿), submitted (已提交), under_review (审查中), needs_material (需补充材料), approved (准予援助), refused (不予援助), objected (异议审查中), assigned (已指派), in_progress (承办中), closed (已结案), evaluated (已评价), withdrawn (已撤回).
         * @enum {string}
         */
        ApplicationStatus: "draft" | "submitted" | "under_review" | "needs_material" | "approved" | "refused" | "objected" | "assigned" | "in_progress" | "closed" | "evaluated" | "withdrawn";
        /** @description The applicant (申请人) as entered. */
        Applicant: {
            name: string;
            /** @description 18-digit resident identity number (GB 11643); the server checks the check character. */
            idNumber: string;
            phone: string;
            address: string;
        };
        /** @description The household's economic situation (家庭经济状况), amounts in yuan. */
        Household: {
            size: number;
            monthlyIncome: number;
            assets?: number;
        };
        /** @description A legal-aid application. `submit: false` stores a draft; submitting requires the integrity pledge (诚信承诺, `pledgeSigned: true`). */
        LegalAidApplicationInput: {
            regionId: components["schemas"]["RegionId"];
            matterType: components["schemas"]["MatterType"];
            caseSummary: string;
            opposingParty?: string;
            categories: components["schemas"]["ApplicantCategory"][];
            applicant: components["schemas"]["Applicant"];
            household: components["schemas"]["Household"];
            /** @description The integrity pledge (诚信承诺); must be true unless saving a draft. */
            pledgeSigned: boolean;
            /**
             * @description false stores a draft instead of submitting.
             * @default true
             */
            submit?: boolean;
            /** @description Documents the caller uploaded (POST /documents) and that no application holds yet. */
            documentIds?: string[];
        } & unknown;
        /** @description An application as listed; the applicant's name and ID number are masked. */
        LegalAidApplicationSummary: {
            status: components["schemas"]["ApplicationStatus"];
            matterType: components["schemas"]["MatterType"];
            /** @description Masked, e.g. 张*. */
            applicantName: string;
            /** @description Masked resident ID number. */
            applicantIdNumber: string;
            /**
             * Format: date-time
             * @description When the legal-aid centre must decide (absent for drafts).
             */
            decisionDueAt?: string;
        } & components["schemas"]["CaseSummaryBase"];
        /** @description A full application. Staff see `applicant.idNumber` and `applicant.phone` masked unless they asked for `reveal=idNumber` (which is audited); the applicant sees them in full. */
        LegalAidApplication: {
            status: components["schemas"]["ApplicationStatus"];
            matterType: components["schemas"]["MatterType"];
            /** @description Masked, e.g. 张*. */
            applicantName: string;
            /** @description Masked resident ID number. */
            applicantIdNumber: string;
            /**
             * Format: date-time
             * @description When the legal-aid centre must decide (absent for drafts).
             */
            decisionDueAt?: string;
            /** @description The applicant; `idNumber` and `phone` are masked for staff unless revealed. */
            applicant: {
                name: string;
                idNumber: string;
                phone: string;
                address: string;
            };
            categories: components["schemas"]["ApplicantCategory"][];
            household: components["schemas"]["Household"];
            caseSummary: string;
            opposingParty?: string;
            pledgeSigned: boolean;
            history?: ({
                at?: unknown;
                status?: components["schemas"]["ApplicationStatus"];
                action?: components["schemas"]["LegalAidAction"];
                by?: unknown;
                note?: unknown;
            } & components["schemas"]["CaseHistoryEntry"])[];
            /** @description The statutory clocks (法定时限), oldest first: decision (decide within decideWithinDays of a complete application), assignment (assign within assignWithinDays of approval), objection_review (review an objection within objectionReviewWithinDays). */
            deadlines?: ({
                /** @enum {string} */
                kind?: "decision" | "assignment" | "objection_review";
                startedAt?: unknown;
                dueAt?: unknown;
                stoppedAt?: unknown;
            } & components["schemas"]["CaseDeadline"])[];
            assignee?: components["schemas"]["Assignee"];
            outcome?: string;
            qualityReview?: components["schemas"]["QualityReview"];
        } & components["schemas"]["CaseBase"];
        /**
         * @description A workflow action: submit (提交), start_review (开始审查), request_material (要求补充材料), provide_material (补充材料), approve (准予援助), refuse (不予援助), object (提出异议), uphold_objection (异议成立), reject_objection (异议不成立, final), assign (指派), start (开始承办), close (结案), withdraw (撤回).
         * @enum {string}
         */
        LegalAidAction: "submit" | "start_review" | "request_material" | "provide_material" | "approve" | "refuse" | "object" | "uphold_objection" | "reject_objection" | "assign" | "start" | "close" | "withdraw";
        /** @description Who provides the aid (指派), with the name and organization from the directory. */
        Assignee: {
            kind: components["schemas"]["AssigneeKind"];
            /** Format: uuid */
            practitionerId: string;
            name: string;
            organizationName?: string;
        };
        /** @description One workflow action with the application's `version` the caller saw. `reason` is required by request_material, refuse, object and reject_objection; `material` by provide_material; `assignee` by assign; `outcome` by close. */
        LegalAidTransitionInput: {
            action?: components["schemas"]["LegalAidAction"];
            /** @description What the applicant adds (补充材料), as text. */
            material?: string;
            /** @description With provide_material, documents the applicant uploaded for this request. */
            documentIds?: string[];
            assignee?: components["schemas"]["AssigneeInput"];
            /** @description The outcome of the aided case (结案情况). */
            outcome?: string;
        } & components["schemas"]["CaseTransitionInputBase"];
        LegalAidApplicationPage: {
            items: components["schemas"]["LegalAidApplicationSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description What a document shows: id_card (身份证明), hardship_proof (经济困难证明或说明), case_material (案件材料), other (其他).
         * @enum {string}
         */
        DocumentKind: "id_card" | "hardship_proof" | "case_material" | "other";
        /** @description An uploaded document (申请材料) of a case in any module. Its `mediaType` is what the server found in the content (PDF, JPEG or PNG), not what the name or the browser claimed. Unattached documents belong to the uploader until a case (a legal-aid application or its provided material, a mediation case) takes them. */
        StoredDocument: {
            /** Format: uuid */
            id: string;
            /** @description The file name as uploaded (display only). */
            name: string;
            kind: components["schemas"]["DocumentKind"];
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description Bytes. */
            size: number;
            sha256: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description The application wizard's answers so far (申请草稿). Every field is optional; each is checked like the application's when present, so a draft never holds something that cannot be submitted later. */
        LegalAidDraftData: {
            /** @description The wizard step to resume at. */
            step?: number;
            matterType?: components["schemas"]["MatterType"];
            caseSummary?: string;
            opposingParty?: string;
            categories?: components["schemas"]["ApplicantCategory"][];
            applicant?: {
                name?: string;
                idNumber?: string;
                phone?: string;
                address?: string;
            };
            household?: {
                size?: number;
                monthlyIncome?: number;
                assets?: number;
            };
            documentIds?: string[];
        };
        /** @description Saves the caller's draft for a region. Send the `version` you loaded (absent for the first save): a draft saved meanwhile in another tab or device is a 409 `version_conflict` rather than silently overwritten. */
        LegalAidDraftInput: {
            regionId: components["schemas"]["RegionId"];
            data: components["schemas"]["LegalAidDraftData"];
            version?: number;
        };
        /** @description A citizen's saved wizard answers for one region (one draft per citizen and region). */
        LegalAidDraft: {
            regionId: components["schemas"]["RegionId"];
            data: components["schemas"]["LegalAidDraftData"];
            version: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description The documents named by `data.documentIds` that still exist. */
            documents: components["schemas"]["StoredDocument"][];
        };
        /** @description The quality review (案件质量评查) of a closed case: the file check (卷宗检查), the follow-up with the aided person (回访受援人), and the grade (评查等级 优秀/合格/不合格). */
        QualityReviewInput: {
            /** @description The case file is complete (卷宗齐全规范). */
            fileChecked: boolean;
            /** @description The aided person was contacted after closure (已回访受援人). */
            followUpDone: boolean;
            /** @description What the aided person said; required when followUpDone is true. */
            followUpNote?: string;
            /** @enum {string} */
            grade: "excellent" | "pass" | "fail";
            /** @description Findings; required when the grade is fail. */
            notes?: string;
        };
        /** @description A recorded quality review (案件质量评查), with who recorded it and when. */
        QualityReview: {
            fileChecked: boolean;
            followUpDone: boolean;
            followUpNote?: string;
            /** @enum {string} */
            grade: "excellent" | "pass" | "fail";
            notes?: string;
            /** Format: date-time */
            reviewedAt: string;
            /** @description The reviewer's display name (masked for others). */
            reviewer: string;
        };
        /** @description Figures for a bureau (统计): applications by status, the median time from submission to decision (in days, absent when nothing was decided), running clocks past due, and aided cases (approved or later) per 100,000 people of the region (population from its profile) against the plan's target for `legal_aid_per_100k` where the region or a region above it has one. */
        LegalAidStatistics: {
            regionId: components["schemas"]["RegionId"];
            total: number;
            /** @description Count per status, in the workflow's order; every status is listed. */
            byStatus: {
                status: components["schemas"]["ApplicationStatus"];
                count: number;
            }[];
            decided: number;
            medianDecisionDays?: number;
            overdue: number;
            aidedCases: number;
            population?: number;
            aidedPer100k?: number;
            /** @description The plan's indicator this figure is measured against. */
            target?: {
                indicatorId: string;
                name: string;
                value: number;
                unit: string;
                deadline?: string;
                /** @description The profile the indicator comes from. */
                regionId: components["schemas"]["RegionId"];
            };
        };
        /**
         * @description lawyer (律师), legal_aid_worker (法律援助人员 or 基层法律服务工作者), duty_lawyer (值班律师, a lawyer on duty).
         * @enum {string}
         */
        AssigneeKind: "lawyer" | "legal_aid_worker" | "duty_lawyer";
        /** @description Who is to provide the aid (指派), chosen from the region's roster: an active practitioner of the directory in the application's region or a region below it — a lawyer for `lawyer` and `duty_lawyer`, a legal-aid or grassroots legal worker for `legal_aid_worker`. Anyone else is 400 on `body.assignee.practitionerId`. */
        AssigneeInput: {
            kind: components["schemas"]["AssigneeKind"];
            /** Format: uuid */
            practitionerId: string;
        };
        /**
         * @description draft (草稿), submitted (已申请), accepted (已受理), declined (不予受理), assigned (已指派调解员), in_mediation (调解中), agreed (达成协议), failed (调解不成), withdrawn (已撤回), evaluated (已评价).
         * @enum {string}
         */
        MediationCaseStatus: "draft" | "submitted" | "accepted" | "declined" | "assigned" | "in_mediation" | "agreed" | "failed" | "withdrawn" | "evaluated";
        /**
         * @description submit (提交), transfer (移送其他调解委员会), accept (受理), decline (不予受理), assign (指派调解员), schedule (安排调解), record_agreement (记录调解协议), record_failure (记录调解不成), record_withdrawal (记录当事人撤回), withdraw (申请人撤回).
         * @enum {string}
         */
        MediationAction: "submit" | "transfer" | "accept" | "decline" | "assign" | "schedule" | "record_agreement" | "record_failure" | "record_withdrawal" | "withdraw";
        /** @description A party to the dispute (当事人). The applicant is a party; the respondent's ID and phone may be unknown. */
        MediationParty: {
            /** @enum {string} */
            role: "applicant" | "respondent";
            name: string;
            /** @description 18-digit resident identity number; the server checks the check character. */
            idNumber?: string;
            phone?: string;
            address?: string;
        };
        /** @description Where the dispute arose — a town/street (9 digits) or village (12 digits) division code, and an address. */
        MediationPlace: {
            divisionCode: string;
            address?: string;
        };
        /** @description A dispute filed for people's mediation (申请人民调解, free of charge: 人民调解法 art. 4). `committeeId` is the committee the applicant chose: the routing proposal or one of its alternatives; another committee is 400 on `body.committeeId`. Exactly one party is the applicant; at least one is a respondent. */
        MediationCaseInput: {
            regionId: components["schemas"]["RegionId"];
            disputeType: components["schemas"]["MediationDisputeType"];
            place: components["schemas"]["MediationPlace"];
            summary: string;
            parties: components["schemas"]["MediationParty"][];
            /** Format: uuid */
            committeeId: string;
            /** @description Evidence and identity documents the caller uploaded (POST /documents) and that no case holds yet; another's or a held one is 400 on `body.documentIds`. */
            documentIds?: string[];
        };
        CommitteeRef: {
            /** Format: uuid */
            id: string;
            name: string;
            divisionCode: string;
            kind: components["schemas"]["MediationKind"];
        };
        /** @description The competent committee proposed for a dispute (`@fawang/mediation` proposeCommittee) with the reason as a rule id — field_committee, village_of_place, township_of_place, place_too_broad, none_covering — and the other committees the applicant may choose. */
        MediationRouting: {
            committee?: components["schemas"]["CommitteeRef"];
            /** @enum {string} */
            reason: "field_committee" | "village_of_place" | "township_of_place" | "place_too_broad" | "none_covering";
            alternatives: components["schemas"]["CommitteeRef"][];
        };
        /** @description A mediation session (调解会议): on site at a place or online at an address, from startsAt to endsAt (at most 8 hours, not in the past), with the assigned mediators who attend and the parties' names. */
        MediationSessionInput: {
            /** @enum {string} */
            mode: "onsite" | "online";
            /** @description Required on site. */
            location?: string;
            /**
             * Format: uri
             * @description Required online (https only).
             */
            onlineUrl?: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            mediatorIds: string[];
            participants?: string[];
        };
        MediationSession: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mode: "onsite" | "online";
            location?: string;
            onlineUrl?: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            mediators: components["schemas"]["MediatorRef"][];
            participants: string[];
        };
        MediatorRef: {
            /** Format: uuid */
            practitionerId: string;
            name: string;
        };
        /** @description The terms the parties agreed (调解协议的内容, 人民调解法 art. 29), one per item, and the performance deadline if any. */
        MediationAgreementInput: {
            terms: string[];
            /** Format: date */
            performBy?: string;
        };
        /** @description The agreement (调解协议) as recorded: its terms, when it was signed, and the last day the parties may apply to the court for judicial confirmation (司法确认, 30 days, 人民调解法 art. 33). The document is GET /mediation/cases/{id}/agreement (PDF). */
        MediationAgreement: {
            terms: string[];
            /** Format: date */
            performBy?: string;
            /** Format: date-time */
            signedAt: string;
            /** Format: date */
            judicialConfirmationBy: string;
        };
        /** @description One action of the mediation workflow (`@fawang/workflow/mediation`) with the case's `version`. `reason` for transfer, decline, record_failure and record_withdrawal; `committeeId` for transfer; `mediatorIds` (mediators of the case's committee) for assign; `session` for schedule; `agreement` for record_agreement. */
        MediationTransitionInput: {
            action?: components["schemas"]["MediationAction"];
            /** Format: uuid */
            committeeId?: string;
            mediatorIds?: string[];
            session?: components["schemas"]["MediationSessionInput"];
            agreement?: components["schemas"]["MediationAgreementInput"];
        } & components["schemas"]["CaseTransitionInputBase"];
        /** @description A case as listed; the applicant's name is masked for everyone but the applicant. */
        MediationCaseSummary: {
            status: components["schemas"]["MediationCaseStatus"];
            disputeType: components["schemas"]["MediationDisputeType"];
            committee: components["schemas"]["CommitteeRef"];
            applicantName: string;
            overdue: boolean;
        } & components["schemas"]["CaseSummaryBase"];
        /** @description A full case. Staff see the parties' ID numbers and phones masked; the applicant sees them in full. Mediation is free of charge (人民调解法 art. 4). */
        MediationCase: {
            status: components["schemas"]["MediationCaseStatus"];
            disputeType: components["schemas"]["MediationDisputeType"];
            committee: components["schemas"]["CommitteeRef"];
            applicantName: string;
            overdue: boolean;
            place: components["schemas"]["MediationPlace"];
            summary: string;
            parties: components["schemas"]["MediationPartyView"][];
            /** @description The documents filed with the dispute, in upload order (always sent for a mediation case). */
            documents: components["schemas"]["StoredDocument"][];
            mediators: components["schemas"]["MediatorRef"][];
            /** @description Oldest first. */
            sessions: components["schemas"]["MediationSession"][];
            agreement?: components["schemas"]["MediationAgreement"];
            /** @description Why mediation failed, was declined or withdrawn. */
            outcomeReason?: string;
            history?: ({
                at?: unknown;
                status?: components["schemas"]["MediationCaseStatus"];
                action?: components["schemas"]["MediationAction"];
                by?: unknown;
                note?: unknown;
            } & components["schemas"]["CaseHistoryEntry"])[];
            /** @description The clocks, oldest first: acceptance (answer the filing within acceptWithinDays, 受理期限) or conclusion (conclude within concludeWithinDays, 调解期限). */
            deadlines: ({
                /** @enum {string} */
                kind?: "acceptance" | "conclusion";
                startedAt?: unknown;
                dueAt?: unknown;
                stoppedAt?: unknown;
            } & components["schemas"]["CaseDeadline"])[];
        } & components["schemas"]["CaseBase"];
        MediationCasePage: {
            items: components["schemas"]["MediationCaseSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @description A bureau's figures per committee of the region and below: cases filed (not drafts), agreed, failed, the success rate agreed / (agreed + failed), the median days from filing to an outcome; and the share of full-time mediators (专职) among the region's mediators against the plan's target where it has one. */
        MediationStatistics: {
            regionId: components["schemas"]["RegionId"];
            committees: {
                committee: components["schemas"]["CommitteeRef"];
                cases: number;
                agreed: number;
                failed: number;
                successRate?: number;
                medianDaysToOutcome?: number;
            }[];
            mediators: number;
            fullTimeMediators: number;
            fullTimeShare?: number;
            fullTimeShareTarget?: components["schemas"]["IndicatorTarget"];
            successRateTarget?: components["schemas"]["IndicatorTarget"];
        };
        /** @description A plan's indicator (of the region or the nearest region above it that has one) a figure is measured against: `full_time_mediator_share` for the full-time share, `mediation_success_rate` for the success rate. */
        IndicatorTarget: {
            indicatorId: string;
            name: string;
            value: number;
            unit: string;
            /** @description When the plan means to reach it, the year (2025) or the day, as the plan states it. */
            deadline?: string;
            regionId: components["schemas"]["RegionId"];
        };
        /** @enum {string} */
        AuditAction: "read" | "create" | "update" | "reveal" | "login" | "login_failed" | "logout";
        AuditEntry: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            /** @description Who acted; null for anonymous actions such as a failed login. */
            actor: {
                /** Format: uuid */
                id: string;
                username: string;
                role: components["schemas"]["Role"];
            } | null;
            action: components["schemas"]["AuditAction"];
            /**
             * @description What was acted on, e.g. `user`, `legal_aid_application`.
             * @example legal_aid_application
             */
            subjectType: string;
            /** @description Id (or, for a failed login, the attempted username) of what was acted on. */
            subjectId: string;
            regionId?: components["schemas"]["RegionId"];
            /** @description Client IP address. */
            ip?: string;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @description 人民调解 rules of the region: the committee answers a filing within acceptWithinDays (a service commitment) and concludes within concludeWithinDays of accepting (人民调解工作若干规定: 一般在一个月内调结). */
        MediationRules: {
            deadlines: {
                acceptWithinDays: number;
                concludeWithinDays: number;
                /** @enum {string} */
                dayCounting: "working" | "calendar";
            };
        };
        /** @description A party as a case shows it: to the applicant as filed; to staff with the ID number and phone masked (e.g. 110101********0012, 139****2222), so they do not follow the input patterns. */
        MediationPartyView: {
            /** @enum {string} */
            role: "applicant" | "respondent";
            name: string;
            idNumber?: string;
            phone?: string;
            address?: string;
        };
    };
    responses: {
        /** @description A path, query, header or body value is invalid (`validation_failed`); `errors` names each field, e.g. `body.applicant.idNumber` or `query.pageSize`. Unknown query parameters and unknown body fields are invalid too. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not logged in, or the session has expired (`unauthenticated`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role or region does not allow this (`forbidden`), or the `X-CSRF-Token` header is missing or wrong (`csrf_failed`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource does not exist or is outside the caller's scope (`not_found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state of the resource. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body exceeds 1 MB (`payload_too_large`). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is not `application/json` (`unsupported_media_type`). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests (`rate_limited`); retry after the number of seconds in `Retry-After`. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any other error, e.g. an unexpected server error (`internal_error`). */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
        Page: number;
        /** @description Items per page. */
        PageSize: number;
        /** @description The resource id. */
        Id: string;
        /** @description Only cases of this region and the regions below it (403 outside the caller's scope). */
        RegionFilter: string;
        /** @description `true` lists only cases with a running statutory clock (法定时限) past its due time (`dueAt` before now). */
        OverdueFilter: "true";
        /** @description Sort key; a leading `-` sorts descending. */
        CaseSort: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
        /** @description Client-chosen key that makes retries of a create safe: a retry with the same key returns the first result instead of creating a second one. */
        IdempotencyKey: string;
        /** @description The id of a declared case module (ADR 0016). */
        ModulePath: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API and its database are up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    registerCitizen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Registered and logged in. */
            201: {
                headers: {
                    /** @description The session cookie `fw_session` (HttpOnly, SameSite=Lax, Path=/, Secure over https). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    /** @description The session cookie `fw_session` (HttpOnly, SameSite=Lax, Path=/, Secure over https). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    /** @description Clears the session cookie `fw_session`. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getMyPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPreferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateMyPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPreferences"];
            };
        };
        responses: {
            /** @description The stored preferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPreferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the region profile. */
                regionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getRegionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the region profile. */
                regionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resolved profile. */
            200: {
                headers: {
                    /** @description `public, max-age=60`: profiles change only when the server restarts. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listDivisions: {
        parameters: {
            query?: {
                /** @description Code of the parent division; absent → provinces. */
                parentCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The divisions, ordered by code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Division"][];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getDivision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 6 digits for a province, city or county; 9 for a town or street. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The division. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DivisionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                regionId?: string;
                type?: "law_firm" | "notary_office" | "forensic_institution" | "arbitration_commission" | "mediation_committee" | "legal_aid_centre" | "service_centre" | "service_station" | "service_room";
                /** @description Prefix match on the division tree; `510000` covers all of Sichuan. */
                divisionCode?: string;
                /** @description Mediation committees of one kind: village (村/居), township (乡镇/街道), industry (行业性) or professional (专业性). Other organizations never match. */
                mediationKind?: "village" | "township" | "industry" | "professional";
                /** @description Mediation committees that name this dispute type (industry and professional committees). Village and township committees take any dispute and name none, so they do not match. */
                disputeType?: "neighbour" | "marriage_family" | "property" | "land" | "contract" | "labour" | "medical" | "traffic" | "consumer" | "property_management" | "other";
                /** @description Name or unified social credit code (统一社会信用代码). */
                q?: string;
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Sort key; a leading `-` sorts descending. */
                sort?: "name" | "-name" | "practitionerCount" | "-practitionerCount";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listPractitioners: {
        parameters: {
            query?: {
                regionId?: string;
                type?: "lawyer" | "notary" | "mediator" | "appraiser" | "arbitrator" | "legal_aid_worker" | "grassroots_legal_worker";
                organizationId?: string;
                specialty?: "civil" | "criminal" | "administrative" | "labour" | "marriage_family" | "contract" | "company" | "intellectual_property" | "real_estate" | "traffic_accident" | "medical_dispute" | "finance" | "tax" | "environment" | "foreign_related" | "juvenile" | "inheritance" | "consumer";
                /** @description Prefix match on the division tree; `510000` covers all of Sichuan. */
                divisionCode?: string;
                /** @description Name or practising licence number (执业证号), matched from the start. */
                q?: string;
                status?: "active" | "suspended" | "revoked";
                /** @description Mediators who are full-time (专职, `true`) or part-time (兼职, `false`); others never match. */
                fullTime?: "true" | "false";
                /** @description A language of service as an ISO 639 code, e.g. `ii` (彝语 Yi) or `bo` (藏语 Tibetan). */
                language?: string;
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Sort key; a leading `-` sorts descending. */
                sort?: "name" | "-name" | "yearsOfPractice" | "-yearsOfPractice";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of practitioners. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getPractitioner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The practitioner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Practitioner"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationInput"];
            };
        };
        responses: {
            /** @description The rating was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listMyNotices: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
                unread?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the caller's notices, with the unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    countMyUnreadNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeCount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    markAllNoticesRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count after it (0). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeCount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    markNoticeRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count after it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeCount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listMyEvaluations: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the caller's ratings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getEvaluationSummary: {
        parameters: {
            query?: {
                module?: "legal-aid" | "lawyers" | "notary" | "mediation" | "forensic" | "arbitration";
                subjectType?: "application" | "organization" | "practitioner";
                subjectId?: string;
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listLegalAidApplications: {
        parameters: {
            query?: {
                /** @description Only cases of this region and the regions below it (403 outside the caller's scope). */
                regionId?: components["parameters"]["RegionFilter"];
                status?: "draft" | "submitted" | "under_review" | "needs_material" | "approved" | "refused" | "objected" | "assigned" | "in_progress" | "closed" | "evaluated" | "withdrawn";
                matterType?: "civil" | "administrative" | "criminal";
                /** @description `true` lists only cases with a running statutory clock (法定时限) past its due time (`dueAt` before now). */
                overdue?: components["parameters"]["OverdueFilter"];
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Sort key; a leading `-` sorts descending. */
                sort?: components["parameters"]["CaseSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidApplicationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createLegalAidApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen key that makes retries of a create safe: a retry with the same key returns the first result instead of creating a second one. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalAidApplicationInput"];
            };
        };
        responses: {
            /** @description The application (or, for a repeated Idempotency-Key, the one created first). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getLegalAidApplication: {
        parameters: {
            query?: {
                /** @description Staff only — show the applicant's full ID number (written to the audit log). */
                reveal?: "idNumber";
            };
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    transitionLegalAidApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalAidTransitionInput"];
            };
        };
        responses: {
            /** @description The application after the transition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    reviewLegalAidQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualityReviewInput"];
            };
        };
        responses: {
            /** @description The application with its review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    exportLegalAidApplications: {
        parameters: {
            query?: {
                /** @description Only cases of this region and the regions below it (403 outside the caller's scope). */
                regionId?: components["parameters"]["RegionFilter"];
                status?: "draft" | "submitted" | "under_review" | "needs_material" | "approved" | "refused" | "objected" | "assigned" | "in_progress" | "closed" | "evaluated" | "withdrawn";
                matterType?: "civil" | "administrative" | "criminal";
                /** @description `true` lists only cases with a running statutory clock (法定时限) past its due time (`dueAt` before now). */
                overdue?: components["parameters"]["OverdueFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue as CSV, one application per row, with a header row. */
            200: {
                headers: {
                    /** @description attachment; filename="legal-aid-<region>-<date>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getLegalAidStatistics: {
        parameters: {
            query: {
                regionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getLegalAidDraft: {
        parameters: {
            query: {
                regionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    saveLegalAidDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalAidDraftInput"];
            };
        };
        responses: {
            /** @description The saved draft with its new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalAidDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    deleteLegalAidDraft: {
        parameters: {
            query: {
                regionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (also when there was none). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    proposeMediationCommittee: {
        parameters: {
            query: {
                regionId: string;
                divisionCode: string;
                disputeType: "neighbour" | "marriage_family" | "property" | "land" | "contract" | "labour" | "medical" | "traffic" | "consumer" | "property_management" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationRouting"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listMediationCases: {
        parameters: {
            query?: {
                /** @description Only cases of this region and the regions below it (403 outside the caller's scope). */
                regionId?: components["parameters"]["RegionFilter"];
                status?: "draft" | "submitted" | "accepted" | "declined" | "assigned" | "in_mediation" | "agreed" | "failed" | "withdrawn" | "evaluated";
                disputeType?: "neighbour" | "marriage_family" | "property" | "land" | "contract" | "labour" | "medical" | "traffic" | "consumer" | "property_management" | "other";
                committeeId?: string;
                /** @description `true` lists only cases with a running statutory clock (法定时限) past its due time (`dueAt` before now). */
                overdue?: components["parameters"]["OverdueFilter"];
                /** @description Sort key; a leading `-` sorts descending. */
                sort?: components["parameters"]["CaseSort"];
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases in the order `sort` asks for, newest first by default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationCasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createMediationCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen key that makes retries of a create safe: a retry with the same key returns the first result instead of creating a second one. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediationCaseInput"];
            };
        };
        responses: {
            /** @description The case. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getMediationCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    transitionMediationCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediationTransitionInput"];
            };
        };
        responses: {
            /** @description The case after the transition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getMediationAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement. */
            200: {
                headers: {
                    /** @description attachment, named after the case reference. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getMediationStatistics: {
        parameters: {
            query: {
                regionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listModuleCases: {
        parameters: {
            query?: {
                /** @description Only cases of this region and the regions below it (403 outside the caller's scope). */
                regionId?: components["parameters"]["RegionFilter"];
                /** @description A status of the module's workflow (an unknown one is 400). */
                status?: string;
                /** @description `true` lists only cases with a running statutory clock (法定时限) past its due time (`dueAt` before now). */
                overdue?: components["parameters"]["OverdueFilter"];
                /** @description Sort key; a leading `-` sorts descending. */
                sort?: components["parameters"]["CaseSort"];
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description The id of a declared case module (ADR 0016). */
                module: components["parameters"]["ModulePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases in the order `sort` asks for, newest first by default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleCasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createModuleCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen key that makes retries of a create safe: a retry with the same key returns the first result instead of creating a second one. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of a declared case module (ADR 0016). */
                module: components["parameters"]["ModulePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModuleCaseInput"];
            };
        };
        responses: {
            /** @description The case. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getModuleCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a declared case module (ADR 0016). */
                module: components["parameters"]["ModulePath"];
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    transitionModuleCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a declared case module (ADR 0016). */
                module: components["parameters"]["ModulePath"];
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModuleCaseTransitionInput"];
            };
        };
        responses: {
            /** @description The case after the action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    uploadDocument: {
        parameters: {
            query: {
                /** @description The file name, for display. */
                name: string;
                kind: "id_card" | "hardship_proof" | "case_material" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The stored document. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            /** @description The file exceeds 10 MB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content is not a readable PDF, JPEG or PNG (`unsupported_document_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment, with the uploaded name. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1 (at most 100000, which keeps the offset a safe integer). */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
                action?: "read" | "create" | "update" | "reveal" | "login" | "login_failed" | "logout";
                subjectType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
}
