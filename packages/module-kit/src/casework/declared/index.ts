/** Declared case modules (ADR 0016): the pages, words and definition of a module drawn from its case definition. */
export { declaredCaseModule, type DeclaredCaseModuleOptions } from './module.js';
export { defineDeclaredCaseWords, missingFieldWords, type DeclaredCaseWords, type DeclaredFieldWords } from './words.js';
export { declaredCaseUi, type DeclaredCaseLook } from './ui.js';
export { provideDeclaredCase, useDeclaredCase, type DeclaredCase, type DeclaredPageProps } from './context.js';
export {
  DECLARED_DOCUMENT_KINDS,
  declaredIntakeBody,
  declaredIntakeField,
  declaredIntakeRules,
  emptyDeclaredIntake,
  fieldName,
  fieldText,
  type DeclaredDocumentKind,
  type DeclaredIntakeModel,
} from './fields.js';
export { default as DeclaredFieldInputs } from './DeclaredFieldInputs.vue';
export { default as DeclaredIntakeForm } from './DeclaredIntakeForm.vue';
export { default as DeclaredCaseFacts } from './DeclaredCaseFacts.vue';
export { default as DeclaredCaseRecord } from './DeclaredCaseRecord.vue';
export { default as DeclaredReasonDialog } from './DeclaredReasonDialog.vue';
export { default as DeclaredApplicantActions } from './DeclaredApplicantActions.vue';
export { default as DeclaredCaseList } from './DeclaredCaseList.vue';
export { default as DeclaredCaseDetail } from './DeclaredCaseDetail.vue';
