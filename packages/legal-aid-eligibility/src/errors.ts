/** One thing wrong with an application: the field (`householdSize`, `categories.2`) and what was expected. */
export interface InputIssue {
  field: string;
  message: string;
}

/**
 * Thrown for input the engine cannot assess. `field` is the first bad field, so a form can mark it; `issues`
 * lists every one. The message reads like the region loader's: "householdSize: Too small: expected number to be >=1".
 */
export class EligibilityInputError extends Error {
  readonly field: string;
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
    this.name = 'EligibilityInputError';
    this.field = issues[0]?.field ?? 'input';
    this.issues = issues;
  }
}
