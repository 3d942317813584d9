/** The statistics page's figures in words: rates as percentages and the full-time share against its target. */
import type { Schemas } from '@fawang/contract';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function percent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A plan's target in percent: plans state shares either as 60 (%) or as 0.6. */
function targetPercent(target: Schemas['IndicatorTarget']): number {
  return target.unit === '%' || target.value > 1 ? target.value : target.value * 100;
}

/** 「规划目标（…）：60%。低于规划目标 12.5 个百分点。」, or that the plan sets none. */
export function shareAgainstTarget(share: number, target: Schemas['IndicatorTarget'] | undefined, t: Translate, locale: string): string {
  if (!target) return t('statistics.noTarget');
  const stated = t('statistics.target', { name: target.name, value: target.value, unit: target.unit });
  const gap = targetPercent(target) - share * 100;
  const verdict = gap <= 0 ? t('statistics.meets') : t('statistics.below', { gap: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(gap) });
  return `${stated}${verdict}`;
}
