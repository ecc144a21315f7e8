import type { CatalogTarget } from '../catalog/types';
import type { TargetAssessment } from './types';
import type { Range } from '../text/positions';
import type { TargetCheck, TargetJudgement } from './judge';
import { describeUnitGap, describeValue } from './wording';

/**
 * A judgement in the shape coverage, hover and code lens read: `assessed`
 * with the first failing check (or the last one, when every check passes),
 * and the judgement attached for its wording.
 */
export function assessmentOf(judgement: TargetJudgement, hasLines: boolean): TargetAssessment {
  const { target, checks, problems } = judgement;
  const failing = checks.find((c) => !c.meets);
  const chosen = failing ?? checks[checks.length - 1];
  if (!chosen) {
    const first = target.milestones[0]?.by ?? target.by;
    return hasLines ? { kind: 'missing-year', target, year: first, projection: false } : { kind: 'no-trajectory', target };
  }
  const meets = !failing && problems.length === 0;
  const { reading, required } = chosen;
  const shortfall = meets ? 0 : required === 0 ? 1 : Math.abs(required - reading.value) / Math.abs(required);
  return {
    kind: 'assessed',
    target,
    year: reading.year,
    ...(reading.projection ? { projection: { from: reading.from ?? reading.year, last: reading.from ?? reading.year, value: reading.value } } : {}),
    value: { value: { kind: isPercentScale(target) ? 'percent' : 'number', value: reading.value }, range: reading.range },
    actual: reading.value,
    required,
    ...(chosen.fairShare ? { fairShare: { ...chosen.fairShare, value: required } } : {}),
    meets,
    shortfall,
    judgement,
  };
}

function isPercentScale(target: CatalogTarget): boolean {
  return target.scale === 'rate' || target.scale === 'index' || target.scale === 'change';
}

/** The findings a judgement gives: every failing check and every problem, in the order written. */
export function judgementFindings(judgement: TargetJudgement): { message: string; range: Range }[] {
  const failing = judgement.checks.filter((c) => !c.meets).map((c) => ({ message: c.message, range: c.reading.range }));
  return [...judgement.problems, ...failing];
}

/** The comparison in words, for hovers: the first failing check, or every check met. */
export function judgementComparison(judgement: TargetJudgement): string {
  const failing = judgement.checks.find((c) => !c.meets);
  if (failing) return failing.message;
  return judgement.checks.map((c) => c.message.replace(/\. The target: .*$/, '')).join('; ');
}

/** A short outcome for code lenses: "meets 3 of 3 checks" / "misses 1 of 4 checks (north-acute)". */
export function judgementOutcome(judgement: TargetJudgement): string {
  const total = judgement.checks.length;
  const failing = judgement.checks.filter((c) => !c.meets);
  if (failing.length === 0 && judgement.problems.length === 0) return `meets ${total} of ${total} ${total === 1 ? 'check' : 'checks'}`;
  if (failing.length === 0) return `not judged in full: ${judgement.problems[0]?.message ?? ''}`;
  const who = [...new Set(failing.map((c) => c.organisation ?? 'system'))].join(', ');
  return `misses ${failing.length} of ${total} ${total === 1 ? 'check' : 'checks'} (${who})`;
}

/**
 * One check in a few words, to sit beside the value it reads (inlay hints):
 * "fair share 1,234: 56 short", "target 60%: met", "projected 88% by
 * 2029/30, target 92%: 4 points short".
 */
export function checkMargin(target: CatalogTarget, check: TargetCheck): string {
  const { reading, required } = check;
  const projected = reading.projection ? `projected ${describeValue(target, reading.value)} by ${reading.year}, ` : '';
  return `${projected}${check.fairShare ? 'fair share' : 'target'} ${describeValue(target, required)}: ${describeUnitGap(target, reading.value, required)}`;
}
