/** How an application's status reads at a glance (the badge's tone), shared by the lists and the detail. */
import type { ApplicationStatus } from '@fawang/contract';
import type { FwStatusTone } from '@fawang/ui';

const TONES: Partial<Record<ApplicationStatus, FwStatusTone>> = {
  refused: 'danger',
  needs_material: 'warning',
  approved: 'success',
  assigned: 'success',
  closed: 'neutral',
  withdrawn: 'neutral',
};

export function statusTone(status: ApplicationStatus): FwStatusTone {
  return TONES[status] ?? 'info';
}
