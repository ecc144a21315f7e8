import type { CatalogTarget } from '../catalog/types';
import type { BaselineValue, OrganisationLine, YearlySeries } from '../model/types';
import { yearStart } from '../model/values';
import type { Range } from '../text/positions';

/** A trajectory year turned into the target's measure (e.g. a level turned into a change). */
export interface MeasuredPoint {
  readonly year: string;
  readonly value: number;
  readonly range: Range;
}

export type Measured =
  | { readonly kind: 'ok'; readonly points: readonly MeasuredPoint[] }
  /** The trajectory is written in another unit than the target's. */
  | { readonly kind: 'mismatch'; readonly range: Range; readonly written: 'a percentage' | 'a plain number' | 'both numbers and percentages' }
  /** Plain figures that need a baseline to become the target's measure (an index or a change). */
  | { readonly kind: 'needs-baseline'; readonly range: Range; readonly year?: string };

type Measurable = Pick<CatalogTarget, 'scale' | 'baseYear' | 'change'>;

/**
 * A trajectory in the target's measure, earliest year first. rate: written
 * as percentages; duration and count: plain numbers; index: percentages of
 * the base year, or plain figures with a baseline in the base year; change:
 * percentages (the change itself), or plain levels turned into the change
 * per year or against the baseline.
 */
export function measuredSeries(target: Measurable, trajectory: YearlySeries, baseline?: BaselineValue): Measured {
  const points = [...trajectory.points]
    .filter((p) => yearStart(p.year.value) !== undefined)
    .sort((a, b) => (yearStart(a.year.value) ?? 0) - (yearStart(b.year.value) ?? 0));
  const percent = points.filter((p) => p.value.value.kind === 'percent');
  const plain = points.filter((p) => p.value.value.kind === 'number');
  const plainPoints = () => points.map((p) => ({ year: p.year.value, value: p.value.value.value, range: p.value.range }));
  const wrong = (kind: 'percent' | 'number') => points.find((p) => p.value.value.kind === kind);

  switch (target.scale) {
    case 'rate': {
      const bad = wrong('number');
      return bad ? { kind: 'mismatch', range: bad.value.range, written: 'a plain number' } : { kind: 'ok', points: plainPoints() };
    }
    case 'duration':
    case 'count': {
      const bad = wrong('percent');
      return bad ? { kind: 'mismatch', range: bad.value.range, written: 'a percentage' } : { kind: 'ok', points: plainPoints() };
    }
    case 'index': {
      if (plain.length === 0) return { kind: 'ok', points: plainPoints() };
      if (percent.length > 0) return { kind: 'mismatch', range: trajectory.keyRange, written: 'both numbers and percentages' };
      const base = baseline?.value?.value;
      if (!base || base.kind !== 'number' || base.value === 0 || baseline?.year?.value !== target.baseYear) {
        return { kind: 'needs-baseline', range: trajectory.keyRange, ...(target.baseYear ? { year: target.baseYear } : {}) };
      }
      return { kind: 'ok', points: plainPoints().map((p) => ({ ...p, value: (p.value / base.value) * 100 })) };
    }
    case 'change': {
      if (plain.length === 0) return { kind: 'ok', points: plainPoints() };
      if (percent.length > 0) return { kind: 'mismatch', range: trajectory.keyRange, written: 'both numbers and percentages' };
      const base = baseline?.value?.value;
      const baseValue = base && base.kind === 'number' ? base.value : undefined;
      if (target.change === 'against-baseline') {
        if (!baseValue) return { kind: 'needs-baseline', range: trajectory.keyRange };
        return { kind: 'ok', points: plainPoints().map((p) => ({ ...p, value: relativeChange(baseValue, p.value) })) };
      }
      // Per year: each year against the one before; the first against the baseline when there is one.
      const levels = plainPoints();
      const changes: MeasuredPoint[] = [];
      levels.forEach((point, i) => {
        const before = i === 0 ? baseValue : levels[i - 1]?.value;
        if (before) changes.push({ ...point, value: relativeChange(before, point.value) });
      });
      return { kind: 'ok', points: changes };
    }
  }
}

function relativeChange(from: number, to: number): number {
  return ((to - from) / Math.abs(from)) * 100;
}

/**
 * The system line made from the organisations' lines, where the measure adds
 * up (a count): the sum for every year all of them give. Rates, durations and
 * indices do not add up, so their system line must be given.
 */
export function derivedSystemLine(target: Measurable, lines: readonly OrganisationLine[]): YearlySeries | undefined {
  if (target.scale !== 'count') return undefined;
  const withTrajectory = lines.filter((line) => line.trajectory && line.trajectory.points.length > 0);
  const first = withTrajectory[0]?.trajectory;
  if (!first || withTrajectory.length !== lines.length) return undefined;
  const points = first.points.flatMap((point) => {
    const values = withTrajectory.map((line) => line.trajectory?.points.find((p) => p.year.value === point.year.value)?.value.value);
    if (values.some((v) => !v || v.kind !== 'number')) return [];
    const sum = values.reduce((total, v) => total + (v?.value ?? 0), 0);
    return [{ year: point.year, value: { value: { kind: 'number' as const, value: sum }, range: point.value.range } }];
  });
  return points.length > 0 ? { range: first.range, keyRange: first.keyRange, points } : undefined;
}
