export { defineCase, isCaseStaff, isOrganizationBound, isRateable, noticeKind, ORGANIZATION_BOUND_ROLES, type AnyCaseDefinition, type CaseDefinition } from './case.js';
export { addDays, type DayCounting } from './days.js';
export {
  defineWorkflow,
  TransitionError,
  type ActionOf,
  type ActionSpec,
  type ActorOf,
  type ClockOf,
  type ClockStart,
  type DaysKeyOf,
  type DeadlineRules,
  type FieldOf,
  type StartedDeadline,
  type StateOf,
  type Transition,
  type TransitionErrorCode,
  type Workflow,
  type WorkflowSpec,
} from './workflow.js';
export {
  anyDeclared,
  checkCaseFields,
  declareCaseModule,
  fieldMaxLength,
  fieldProblem,
  isPersonalField,
  type AnyDeclaredCaseDefinition,
  type CaseField,
  type CaseFieldKind,
  type DeclaredCaseDefinition,
  type FieldProblem,
  type FieldProblemCode,
} from './declared.js';
