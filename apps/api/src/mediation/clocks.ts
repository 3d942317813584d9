/**
 * The people's mediation clocks: answer a filing within acceptWithinDays (a service commitment) and
 * conclude within concludeWithinDays of accepting (人民调解工作若干规定: 一般在一个月内调结), from the region's
 * profile.
 */
import { NATIONAL_MEDIATION_DEADLINES } from '@fawang/regions';
import type { MediationDeadlineRules } from '@fawang/workflow/mediation';

/** The region's clocks; a region whose profile was removed since keeps the national defaults. */
export function mediationDeadlineRules(profile: { mediation: { deadlines: MediationDeadlineRules } } | undefined): MediationDeadlineRules {
  return profile?.mediation.deadlines ?? NATIONAL_MEDIATION_DEADLINES;
}
