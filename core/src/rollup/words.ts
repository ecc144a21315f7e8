import { formatNumber, formatPopulation } from '../model/values';
import type { CountSum, FrameworkRollup, MatrixCell, RateMean } from './rollup';
import type { TargetDigest } from './digest';

/** The roll-up's figures worded once, for every format (text, Markdown, HTML, the dashboard). */

export function showValue(value: number, unit: 'number' | 'percent' | undefined): string {
  return `${formatNumber(value)}${unit === 'percent' ? '%' : ''}`;
}

/** "≥ 380,000 by 2023/24" (with "(unconfirmed)" when the figure is not confirmed). */
export function rollupTargetText(target: TargetDigest): string {
  return `${target.direction === 'increase' ? '≥' : '≤'} ${showValue(target.value, target.unit)} by ${target.by}${target.confirmed ? '' : ' (unconfirmed)'}`;
}

/** "surplus 200" or "shortfall 600" (positive is better than needed). */
export function balanceText(balance: number, unit?: 'number' | 'percent'): string {
  if (balance === 0) return 'exactly on';
  return `${balance > 0 ? 'surplus' : 'shortfall'} ${showValue(Math.abs(balance), unit)}`;
}

/** A matrix cell in a few words: "partial: 4,000 in 2023/24 (fair share 3,800)". */
export function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return '—';
  const label = cell.status === 'not-applicable' ? 'n/a' : cell.status;
  if (cell.value === undefined) return cell.gap && cell.status !== 'missing' ? `${label}: ${cell.gap}` : label;
  const required = cell.fairShare !== undefined ? `fair share ${formatNumber(cell.fairShare)}` : cell.required !== undefined ? `target ${showValue(cell.required, cell.unit)}` : '';
  return `${label}: ${showValue(cell.value, cell.unit)} in ${cell.year ?? ''}${cell.projection ? ' (projection)' : ''}${required ? ` (${required})` : ''}`;
}

/** One sentence on a count target's national sum. */
export function countSentence(sum: CountSum): string {
  if (sum.total === undefined) return `No plan gives a value for ${sum.year}: nothing to sum.`;
  const compared = sum.target.confirmed ? `against ${showValue(sum.target.value, sum.target.unit)} nationally: ${balanceText(sum.balance ?? 0)}` : `(national figure unconfirmed: not compared)`;
  return (
    `${sum.contributions.length} plan${sum.contributions.length === 1 ? '' : 's'} ${sum.contributions.length === 1 ? 'adds' : 'add'} up to ${formatNumber(sum.total)} in ${sum.year}${sum.projection ? ' (the plans\' last year before the target year)' : ''} ${compared}; ` +
    `against the sum of their fair shares (${formatNumber(sum.fairShares)}): ${balanceText(sum.balanceAgainstShares ?? 0)}.`
  );
}

/** One sentence on a rate target's weighted mean. */
export function rateSentence(rate: RateMean): string {
  if (rate.mean === undefined) return `No plan gives a value for ${rate.year}.`;
  const verdict = rate.target.confirmed ? (rate.meets ? 'meets' : 'falls short of') : 'is not compared with (unconfirmed)';
  const population = rate.years.find((y) => y.year === rate.year)?.population ?? 0;
  return `Population-weighted mean of ${rate.values.length} plan${rate.values.length === 1 ? '' : 's'} (${formatPopulation(population)} people) in ${rate.year}${rate.projection ? ' (projection)' : ''}: ${showValue(rate.mean, rate.target.unit)}, which ${verdict} the national ${showValue(rate.target.value, rate.target.unit)}.`;
}

/** How far the sums can be trusted: population covered, plans without one, overlaps. */
export function populationSentences(framework: FrameworkRollup): string[] {
  const p = framework.population;
  const out: string[] = [];
  if (p.england !== undefined) {
    const share = p.england > 0 ? ` (${formatNumber((p.covered / p.england) * 100)}%)` : '';
    const rest = p.uncovered === undefined ? '' : p.uncovered >= 0 ? `; ${formatPopulation(p.uncovered)} people are in no plan read here` : `; the footprints add up to ${formatPopulation(-p.uncovered)} more than England: overlaps or wrong populations`;
    out.push(`The plans cover ${formatPopulation(p.covered)} people of England's ${formatPopulation(p.england)}${share}${rest}.`);
  } else {
    out.push(`The plans cover ${formatPopulation(p.covered)} people (the framework gives no population for England).`);
  }
  if (p.withoutPopulation.length > 0) out.push(`No footprint population, so left out of the sums: ${p.withoutPopulation.map((x) => x.title).join(', ')}.`);
  if (p.overlaps.length > 0) out.push(`In more than one footprint: ${p.overlaps.map((o) => `${o.name} (${o.plans.map((x) => x.title).join(', ')})`).join('; ')}.`);
  return out;
}
