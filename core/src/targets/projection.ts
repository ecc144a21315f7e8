import { yearStart } from '../model/values';
import type { Projection } from './types';

/**
 * Carries a trajectory's recent trend on to a later year: the straight line
 * through the first and last of the given points (the plan's last years),
 * extended to `year`. One point projects flat. A percentage stays within
 * 0–100% and a count does not go below zero.
 */
export function trendProjection(points: readonly { readonly year: string; readonly value: number }[], year: string, unit: 'number' | 'percent'): Projection {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return { from: year, last: year, value: 0 };
  const span = (yearStart(last.year) ?? 0) - (yearStart(first.year) ?? 0);
  const slope = span > 0 ? (last.value - first.value) / span : 0;
  const ahead = (yearStart(year) ?? 0) - (yearStart(last.year) ?? 0);
  const raw = last.value + slope * ahead;
  const value = Math.max(0, unit === 'percent' ? Math.min(100, raw) : raw);
  return { from: first.year, last: last.year, value };
}
