import type { CatalogTarget } from '../catalog/types';
import { formatNumber, yearStart } from '../model/values';
import type { TargetTiming } from './model';

type Scaled = Pick<CatalogTarget, 'scale' | 'unit' | 'baseYear' | 'direction' | 'change'>;

/** A figure in the target's own unit: "82.5%", "27 minutes", "112% of 2019/20", "-22%", "3,100". */
export function describeValue(target: Scaled, value: number): string {
  switch (target.scale) {
    case 'rate':
      return `${formatNumber(value)}%`;
    case 'duration':
      return `${formatNumber(value)} ${unitWord(target, value)}`;
    case 'index':
      return `${formatNumber(value)}% of ${target.baseYear ?? 'the base year'}`;
    case 'change':
      return `${value > 0 ? '+' : ''}${formatNumber(value)}%`;
    case 'count':
      return formatNumber(value);
  }
}

/** The bare required figure, shorter than describeValue where the unit is already said: "25", "85%". */
export function describeRequired(target: Scaled, value: number): string {
  switch (target.scale) {
    case 'duration':
    case 'count':
      return formatNumber(value);
    case 'change':
      return `${value > 0 ? '+' : ''}${formatNumber(value)}%`;
    default:
      return `${formatNumber(value)}%`;
  }
}

/** A step in the target's unit: "5 points" for a rate, "3 minutes" for a duration, "1,200" for a count. */
export function describeStep(target: Scaled, value: number): string {
  switch (target.scale) {
    case 'duration':
      return `${formatNumber(value)} ${unitWord(target, value)}`;
    case 'count':
      return formatNumber(value);
    default:
      return `${formatNumber(value)} ${value === 1 ? 'point' : 'points'}`;
  }
}

/** "(lower is better)" or "(higher is better)". */
export function directionWords(target: Pick<CatalogTarget, 'direction'>): string {
  return target.direction === 'decrease' ? '(lower is better)' : '(higher is better)';
}

/** "2 minutes over", "2.5 points short", "1,200 short"; "met" when there is no gap. */
export function describeUnitGap(target: Scaled, actual: number, required: number): string {
  const meets = target.direction === 'increase' ? actual >= required : actual <= required;
  if (meets) return 'met';
  const gap = Math.abs(actual - required);
  const word = target.direction === 'increase' ? 'short' : 'over';
  switch (target.scale) {
    case 'duration':
      return `${formatNumber(gap)} ${unitWord(target, gap)} ${word}`;
    case 'count':
      return `${formatNumber(gap)} ${word}`;
    default:
      return `${formatNumber(gap)} ${gap === 1 ? 'point' : 'points'} ${word}`;
  }
}

/** How the target is measured, for unit-mismatch messages: "in minutes", "as a percentage", "as a number". */
export function unitName(target: Scaled): string {
  switch (target.scale) {
    case 'duration':
      return `in ${target.unit ?? 'its unit'}`;
    case 'rate':
      return 'as a percentage';
    case 'index':
      return `as a percentage of ${target.baseYear ?? 'the base year'}`;
    case 'change':
      return 'as levels (plain numbers) or as changes (percentages), not both';
    case 'count':
      return 'as a number';
  }
}

/** "in March 2027", "as the average for 2028/29", "by the end of 2026/27". */
export function timingWords(timing: TargetTiming, year: string): string {
  const start = yearStart(year);
  switch (timing) {
    case 'month':
      return start === undefined ? `in the last month of ${year}` : `in March ${start + 1}`;
    case 'year-average':
      return `as the average for ${year}`;
    case 'year-end':
      return `by the end of ${year}`;
  }
}

function unitWord(target: Pick<CatalogTarget, 'unit'>, value: number): string {
  const unit = target.unit ?? 'minutes';
  return value === 1 ? unit.replace(/s$/, '') : unit;
}

/** A target's dated values in one line for reports: "≤ 25 minutes by 2026/27; ≤ 18 minutes by 2028/29". */
export function targetValuesText(target: Pick<CatalogTarget, 'scale' | 'unit' | 'baseYear' | 'direction' | 'change' | 'milestones'>): string {
  const sign = target.direction === 'increase' ? '≥' : '≤';
  const unit = target.scale === 'duration' ? ` ${target.unit ?? ''}`.trimEnd() : target.scale === 'index' ? ` of ${target.baseYear ?? 'the base year'}` : target.scale === 'change' ? ` ${target.change === 'per-year' ? 'a year' : 'on the baseline'}` : '';
  return target.milestones.map((m) => `${sign} ${describeRequired(target, m.value.value)}${unit} ${m.timing === 'month' ? `in March of ${m.by}` : m.timing === 'year-average' ? `on average in ${m.by}` : `by ${m.by}`}${m.confirmed ? '' : ' (unconfirmed)'}`).join('; ');
}
