import type { StandingPath } from './types';

/**
 * How a trajectory stands against a standing standard, year by year (in
 * order): held in every year; recovers (below at first, then reaches it and
 * holds it to the end); slips (reaches it, then falls back below); never
 * reaches it.
 */
export function standingPath(years: readonly { readonly year: string; readonly meets: boolean }[]): StandingPath {
  const firstMet = years.findIndex((y) => y.meets);
  if (firstMet < 0) return { outcome: 'never' };
  const fallsBack = years.slice(firstMet).some((y) => !y.meets);
  if (fallsBack) return { outcome: 'slips' };
  const reached = years[firstMet]?.year;
  return { outcome: firstMet === 0 ? 'held' : 'recovers', ...(reached ? { reached } : {}) };
}
