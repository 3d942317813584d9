/**
 * What every case module (法律援助 legal aid, 人民调解 people's mediation, …) shows and does the same way:
 * history and statutory clocks, document upload and lists, 好差评 ratings, server drafts, URL-kept queue
 * filters and what a refused case action means. Module words come in as props; the pieces' own words are
 * in `messages.ts`.
 */
export { default as CaseHistory } from './CaseHistory.vue';
export { default as CaseDeadlines } from './CaseDeadlines.vue';
export { default as CaseDocumentList } from './CaseDocumentList.vue';
export { default as CaseDocumentUploads } from './CaseDocumentUploads.vue';
export { default as CaseRating } from './CaseRating.vue';
export { default as CaseRatedNote } from './CaseRatedNote.vue';
export { default as CaseOverdueBadge } from './CaseOverdueBadge.vue';
export { default as CaseOverdueFilter } from './CaseOverdueFilter.vue';
export { default as CaseSection } from './CaseSection.vue';
export { default as CaseConfirmAction } from './CaseConfirmAction.vue';
export { default as CaseActionDialog } from './CaseActionDialog.vue';
export { default as CaseQueryState } from './CaseQueryState.vue';
export type { CaseDeadline, CaseDocument, CaseHistoryEntry, CaseSectionProps } from './types.js';
export { formatFileSize, mediaTypeName } from './files.js';
export { emptyUploads, storedFile, storedFileIds, uploadsOf, uploadsPending, uploadsSettled, type CaseUploads, type StoredFile } from './uploads.js';
export { useCaseDocumentUpload, type CaseDocumentUploadOptions, type CaseUploadLimits } from './useCaseDocumentUpload.js';
export { STORED_DOCUMENT_ACCEPT, STORED_DOCUMENT_MAX_BYTES, useStoredDocumentRows, useStoredDocumentUpload } from './storedDocuments.js';
export { evaluationLevel, isBadLevel, MIN_DETAILS } from './ratingLevels.js';
export { SAVE_DELAY_MS, useServerDraft, type ServerDraftOptions, type StoredDraft } from './useServerDraft.js';
export { choiceFilter, defineUrlFilters, flagFilter, oneOfFilter, useUrlFilters, type UrlFilter, type UrlFilterSpec, type UrlFilters, type UrlFilterValues } from './urlFilters.js';
export { serverFieldMessages } from './fieldErrors.js';
export { useCaseFiling, type CaseFilingOptions } from './useCaseFiling.js';
export { default as CaseFilingSend } from './CaseFilingSend.vue';
export { CASE_CHANGED_CODES, caseActionError, isVersionConflict, type CaseActionError, type CaseActionErrorKind, type FieldConflicts } from './actionErrors.js';
export { caseworkMessages } from './messages.js';
export { default as CaseActionBar } from './CaseActionBar.vue';
export { default as CaseStatusBadge } from './CaseStatusBadge.vue';
export { default as CaseApplyFrame } from './CaseApplyFrame.vue';
export { default as CaseTrackingFrame } from './CaseTrackingFrame.vue';
export { default as CaseDetailFrame } from './CaseDetailFrame.vue';
export { default as CaseQueue } from './CaseQueue.vue';
export { default as CaseQueueChoice } from './CaseQueueChoice.vue';
export { default as CaseList, type CaseListQuery, type CaseListRow } from './CaseList.vue';
export { defineCaseUi, defineCaseWords, type AnyCaseWorkflow, type CaseActionOf, type CaseActionVariant, type CaseStateOf, type CaseUi, type CaseWords } from './caseWords.js';
export { useCaseActions, type CaseActionForm, type CaseActionOutcome, type CaseActions, type CaseActionsOptions, type CaseActionSubject, type CaseTransition } from './useCaseActions.js';
export { formatCaseDay, formatCaseMoment } from './dates.js';
export * from './declared/index.js';
