import { formatNumber, formatPlanValue, formatPopulation, type PlanValue } from '../model/values';
import { judgementComparison, judgementOutcome } from './assessment';
import type { Assessed } from './types';

/**
 * "2023/24: 82.5% against 85%", "2023/24: 3,100 against a fair share of 8,437
 * (380,000 × 1,250,000 ÷ 56.3m)", "2023/24: 70%, projected 72% by 2028/29 on
 * the trend since 2021/22, against 75%" — the comparison in words a finance
 * lead can check by hand.
 */
export function describeComparison(assessment: Assessed): string {
  if (assessment.judgement) return judgementComparison(assessment.judgement);
  const { target, fairShare } = assessment;
  // A national count of zero (e.g. no out-of-area placements) is zero for every plan: no sum to show.
  const requirement = fairShare && fairShare.national !== 0
    ? `a fair share of ${formatNumber(fairShare.value)} (${formatNumber(fairShare.national)} × ${formatNumber(fairShare.population)} ÷ ${formatPopulation(fairShare.basePopulation)})`
    : formatPlanValue(target.value);
  const shown = formatPlanValue(assessment.value.value);
  if (assessment.projection) {
    const { projection } = assessment;
    const trend = projection.from === projection.last ? 'held level' : `on the trend since ${projection.from}`;
    return `${projection.last}: ${shown}, projected ${formatActual(assessment, projection.value)} by ${target.by} ${trend}, against ${requirement}`;
  }
  return `${assessment.year}: ${shown} against ${requirement}`;
}

/**
 * How far a missed requirement is missed, as the NHS reads it: a rate in
 * percentage points ("2.5 points short"), a count as a share of its fair
 * share ("short by 63%").
 */
export function describeShortfall(assessment: Assessed): string {
  const increase = assessment.target.direction === 'increase';
  if (assessment.target.value.kind === 'percent') {
    return `${formatPoints(Math.abs(assessment.required - assessment.actual))} ${increase ? 'short' : 'above it'}`;
  }
  const word = increase ? 'short' : 'above it';
  if (assessment.required === 0) return word;
  const percent = assessment.shortfall * 100;
  return `${word} by ${percent < 1 ? 'less than 1%' : `${Math.round(percent)}%`}`;
}

/** "2.5 points", "1 point", "less than 0.1 points". */
export function formatPoints(difference: number): string {
  if (difference < 0.05) return 'less than 0.1 points';
  const rounded = Math.round(difference * 10) / 10;
  return `${formatNumber(rounded)} point${rounded === 1 ? '' : 's'}`;
}

/**
 * The outcome in a few words, for code lenses, reports and hovers:
 * "meets 85% by 2023/24", "82.5% in 2023/24 against 85%: 2.5 points short",
 * "projected 71% by 2028/29 against 75%: 4 points short", "standing
 * standard: recovers to 92% in 2021/22 and holds it".
 */
export function describeOutcome(assessment: Assessed): string {
  if (assessment.judgement) return judgementOutcome(assessment.judgement);
  const what = requirementWords(assessment);
  const path = assessment.standing;
  if (path) {
    switch (path.outcome) {
      case 'held':
        return `standing standard: meets ${what} in every year`;
      case 'recovers':
        return `standing standard: recovers to ${what} in ${path.reached ?? assessment.year} and holds it`;
      case 'slips':
        return `standing standard: falls back below ${what} in ${assessment.year} (${formatPlanValue(assessment.value.value)}: ${describeShortfall(assessment)})`;
      case 'never':
        return `standing standard: never reaches ${what} (${formatPlanValue(assessment.value.value)} in ${assessment.year}: ${describeShortfall(assessment)})`;
    }
  }
  if (assessment.projection) {
    const projected = `projected ${formatActual(assessment, assessment.projection.value)} by ${assessment.target.by} against ${what}`;
    return assessment.meets ? `${projected}: on course` : `${projected}: ${describeShortfall(assessment)}`;
  }
  if (assessment.meets) return `meets ${what} by ${assessment.year}`;
  return `${formatPlanValue(assessment.value.value)} in ${assessment.year} against ${what}: ${describeShortfall(assessment)}`;
}

/**
 * The requirement and how the judged value stands against it, short enough
 * to sit beside the value (inlay hints): "fair share 42,194: short by 31%",
 * "target 85%: met", "projected 71% by 2028/29, target 75%: 4 points short".
 */
export function describeMargin(assessment: Assessed): string {
  const what = assessment.fairShare && assessment.required !== 0 ? `fair share ${formatNumber(assessment.required)}` : `target ${formatPlanValue(assessment.target.value)}`;
  const projected = assessment.projection ? `projected ${formatActual(assessment, assessment.projection.value)} by ${assessment.target.by}, ` : '';
  return `${projected}${what}: ${assessment.meets ? 'met' : describeShortfall(assessment)}`;
}

/** "85%", "fair share 8,437", or the target figure when its fair share is zero. */
function requirementWords(assessment: Assessed): string {
  return assessment.fairShare && assessment.required !== 0 ? `fair share ${formatNumber(assessment.required)}` : formatPlanValue(assessment.target.value);
}

function formatActual(assessment: Assessed, value: number): string {
  const unit: PlanValue['kind'] = assessment.value.value.kind;
  return formatPlanValue({ kind: unit, value });
}
