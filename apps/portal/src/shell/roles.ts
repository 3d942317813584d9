import type { Role } from '@fawang/contract';

/** Every role but citizen works in the workbench. */
export function isStaff(role: Role | undefined): boolean {
  return !!role && role !== 'citizen';
}
