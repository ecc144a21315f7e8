import type { YearPoint, YearlySeries } from './types';

/** The point of a series for a year, if the series has one. */
export function pointIn(series: YearlySeries | undefined, year: string): YearPoint | undefined {
  return series?.points.find((point) => point.year.value === year);
}

/** The last financial year of a plan, or undefined when its period is unknown. */
export function lastYear(years: readonly string[]): string | undefined {
  return years[years.length - 1];
}
