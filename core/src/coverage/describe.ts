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
  const requirement = fairShare
    ? `a fair share of ${formatNumber(fairShare.value)} (${formatNumber(fairShare.national)} × ${formatNumber(fairShare.population)} ÷ ${formatPopulation(fairShare.basePopulation)})`
    : `the ${formatPlanValue(target.value)} target`;
  const projection = assessment.projection ? ` (the ${target.by} target compared with the plan's last year, a projection)` : '';
  return `${year}: ${shown} against ${requirement}${projection}`;
}

/** "falls short by 63%" / "meets fair share 8,437 by 2023/24", for code lenses and reports. */
export function describeOutcome(assessment: Assessed): string {
  const what = assessment.fairShare ? `fair share ${formatNumber(assessment.required)}` : `target ${formatPlanValue(assessment.target.value)}`;
  if (assessment.meets) return `meets ${what} by ${assessment.year}`;
  const word = assessment.target.direction === 'increase' ? 'falls short' : 'is above';
  return `${word} of ${what} by ${Math.round(assessment.shortfall * 100)}% in ${assessment.year}`;
}
