import { formatYear, yearStart } from '../model/values';
import type { Range } from '../text/positions';
import type { MeasuredPoint } from './series';

/** Where a milestone is read on a plan's line: a year's value, or a projection past the plan's end. */
export interface Reading {
  readonly year: string;
  readonly value: number;
  readonly range: Range;
  /** True when the milestone lies after the plan's last year and the value is the line's trend carried on to it. */
  readonly projection: boolean;
  /** The plan year the projection starts from. */
  readonly from?: string;
}

export interface PlanYears {
  readonly planStart?: string;
  readonly planEnd?: string;
}

/**
 * The value a milestone due `by` is judged on. Within the plan: that year's
 * value. Before the plan: the plan's first year. After the plan: the trend
 * of the plan's last two years carried on to `by` (a straight line), or the
 * last value held where only one year is given. For a standing standard
 * (`worstOf`), the worst year from `by` to the plan's end.
 */
export function readMilestone(
  points: readonly MeasuredPoint[],
  by: string,
  years: PlanYears,
  options: { readonly standing: boolean; readonly direction: 'increase' | 'decrease' },
): Reading | undefined {
  const due = yearStart(by);
  const start = years.planStart ? yearStart(years.planStart) : undefined;
  const end = years.planEnd ? yearStart(years.planEnd) : undefined;
  if (due === undefined) return undefined;
  const inPlan = points.filter((p) => {
    const s = yearStart(p.year);
    return s !== undefined && (start === undefined || s >= start) && (end === undefined || s <= end);
  });
  if (end !== undefined && due > end) return project(inPlan, due);
  const from = start !== undefined && due < start ? start : due;
  if (!options.standing) {
    const point = inPlan.find((p) => yearStart(p.year) === from);
    return point ? { year: point.year, value: point.value, range: point.range, projection: false } : undefined;
  }
  const scope = inPlan.filter((p) => (yearStart(p.year) ?? 0) >= from);
  const worst = scope.reduce<MeasuredPoint | undefined>((w, p) => (!w || (options.direction === 'increase' ? p.value < w.value : p.value > w.value) ? p : w), undefined);
  return worst ? { year: worst.year, value: worst.value, range: worst.range, projection: false } : undefined;
}

function project(points: readonly MeasuredPoint[], due: number): Reading | undefined {
  const last = points[points.length - 1];
  if (!last) return undefined;
  const before = points[points.length - 2];
  const lastStart = yearStart(last.year) ?? due;
  const slope = before ? (last.value - before.value) / (lastStart - (yearStart(before.year) ?? lastStart - 1)) : 0;
  return { year: formatYear(due), value: last.value + slope * (due - lastStart), range: last.range, projection: true, from: last.year };
}
