/**
 * The plan indicator a figure is measured against: the region's own plan, else the nearest region above
 * it whose plan has an indicator with that measure and a numeric target (plans word some targets only).
 */
import type { RegionRegistry } from '@fawang/regions';

export interface IndicatorTarget {
  indicatorId: string;
  name: string;
  value: number;
  unit: string;
  deadline: string;
  regionId: string;
}

type Measure = NonNullable<NonNullable<ReturnType<RegionRegistry['get']>>['indicators'][number]['measure']>;

export function nearestTarget(regions: RegionRegistry, regionId: string, measure: Measure): IndicatorTarget | undefined {
  for (const profile of regions.lineage(regionId)) {
    const indicator = profile.indicators?.find((i) => i.measure === measure && typeof i.target.value === 'number');
    if (indicator && typeof indicator.target.value === 'number') {
      return {
        indicatorId: indicator.id,
        name: indicator.name,
        value: indicator.target.value,
        unit: indicator.unit ?? '',
        deadline: indicator.deadline,
        regionId: profile.id,
      };
    }
  }
  return undefined;
}
