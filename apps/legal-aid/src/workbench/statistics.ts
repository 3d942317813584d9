/**
 * How the aided-cases figure (每十万人受援案件数) reads against the plan's target, in words: met or not, the
 * progress as a percentage and what is missing. Absent figures stay absent: no population means no
 * figure, no indicator in the region or above means no target — neither is shown as zero.
 */
import type { Schemas } from '@fawang/contract';

export type TargetVerdict =
  | { kind: 'no_figure' }
  | { kind: 'no_target'; value: number }
  | { kind: 'met' | 'not_met'; value: number; target: number; percent: number; gap: number };

export function targetVerdict(statistics: Pick<Schemas['LegalAidStatistics'], 'aidedPer100k' | 'target'>): TargetVerdict {
  const value = statistics.aidedPer100k;
  if (value === undefined) return { kind: 'no_figure' };
  const target = statistics.target?.value;
  if (target === undefined) return { kind: 'no_target', value };
  // A target of 0 is met by any figure; the percentage is then 100.
  const percent = target > 0 ? Math.round((value / target) * 100) : 100;
  return { kind: value >= target ? 'met' : 'not_met', value, target, percent, gap: Math.max(0, target - value) };
}

/** The region and the regions below it, the region first: the choices of the statistics page. */
export function regionAndBelow<R extends { id: string; parentId?: string }>(regions: readonly R[], rootId: string): R[] {
  const below = (id: string): R[] => regions.filter((region) => region.parentId === id).flatMap((child) => [child, ...below(child.id)]);
  const root = regions.find((region) => region.id === rootId);
  return root ? [root, ...below(rootId)] : [];
}
