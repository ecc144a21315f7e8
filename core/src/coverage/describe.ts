import { formatNumber, formatPlanValue, formatPopulation } from '../model/values';
import type { TargetAssessment } from './targets';

type Assessed = Extract<TargetAssessment, { kind: 'assessed' }>;

/**
 * "2023/24: 3,100 against a fair share of 8,437 (380,000 × 1,250,000 ÷ 56.3m)"
 * — the comparison in words a finance lead can check by hand.
 */
export function describeComparison(assessment: Assessed): string {
  const { target, year, value, fairShare } = assessment;
  const shown = formatPlanValue(value.value);
  // A national count of zero (e.g. no out-of-area placements) is zero for every plan: no sum to show.
  const requirement = fairShare && fairShare.national !== 0
    ? `a fair share of ${formatNumber(fairShare.value)} (${formatNumber(fairShare.national)} × ${formatNumber(fairShare.population)} ÷ ${formatPopulation(fairShare.basePopulation)})`
    : `the ${formatPlanValue(target.value)} target`;
  const projection = assessment.projection ? `, the ${target.by} target, with the plan's last year standing in as a projection` : '';
  return `${year}: ${shown} against ${requirement}${projection}`;
}

/** "falls short by 63%" / "meets fair share 8,437 by 2023/24", for code lenses and reports. */
export function describeOutcome(assessment: Assessed): string {
  const what = assessment.fairShare && assessment.required !== 0 ? `fair share ${formatNumber(assessment.required)}` : `target ${formatPlanValue(assessment.target.value)}`;
  const when = assessment.projection ? `${assessment.year} (projected to ${assessment.target.by})` : assessment.year;
  if (assessment.meets) return `meets ${what} by ${when}`;
  const word = assessment.target.direction === 'increase' ? 'falls short of' : 'is above';
  return `${word} ${what}${describeGap(assessment)} in ${when}`;
}

/** " by 63%", or nothing when the requirement is zero (any miss of zero is total). */
export function describeGap(assessment: Assessed): string {
  if (assessment.required === 0) return '';
  const percent = assessment.shortfall * 100;
  return percent < 1 ? ' by less than 1%' : ` by ${Math.round(percent)}%`;
}
