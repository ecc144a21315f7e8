import type { ChartFacts } from '../language/chart-view';
import type { ChartPoint, ChartSeries } from './chart';

/**
 * A chart of one response from what the engine knows of it (dashboard and
 * preview alike): the system line, every dated target value, the standing
 * standard, the projection, each organisation's line with what its rule asks.
 * `points` replaces the system line (the preview draws the block as written).
 */
export function seriesOfFacts(facts: ChartFacts, title: string, points?: readonly ChartPoint[]): ChartSeries {
  return {
    title,
    unit: facts.unit,
    unitLabel: facts.unitLabel,
    ...(facts.direction ? { direction: facts.direction } : {}),
    points: points ?? facts.points,
    ...(facts.baseline ? { baseline: facts.baseline } : {}),
    targets: facts.targets,
    ...(facts.standard ? { required: { ...facts.standard, label: 'standard' } } : {}),
    ...(facts.projection ? { projection: facts.projection } : {}),
    organisations: facts.organisations.map((line) => ({ name: line.id, fullName: line.name, points: line.points, ...(line.floor ? { floor: line.floor } : {}) })),
  };
}
