/**
 * @fawang/legal-aid-eligibility — who qualifies for legal aid (法律援助) in a region on a day: the matter types
 * it covers, the §32 and §42 exemptions, the hardship standard in force and how hardship is shown.
 */
export { assessEligibility, type EligibilityResult } from './assess.js';
export { EligibilityInputError, type InputIssue } from './errors.js';
export { eligibilityInput, type Application, type EligibilityInput } from './input.js';
export { OUTCOMES, type Outcome, type RuleId, type Verification } from './rule-ids.js';
export { thresholdInForce, type HardshipThreshold } from './threshold.js';
