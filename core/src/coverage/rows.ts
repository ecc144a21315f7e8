import type { PlanAnalysis } from '../project';
import type { Location } from '../language/types';
import { formatNumber, formatPlanValue } from '../model/values';
import { describeShortfall } from '../targets/describe';
import type { CommitmentCoverage, CoverageStatus } from './coverage';
import { usesTargetModel } from '../targets/judge';
import { targetValuesText } from '../targets/wording';

/** One commitment's line in a coverage report, already worded. */
export interface CoverageRow {
  readonly area: string;
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  /** The assessed status. */
  readonly status: CoverageStatus;
  /** Why the assessed status, in a few words (for not applicable, the plan's reason). */
  readonly reason: string;
  /** The plan's own status of its deciding response (on-track, at-risk, ...); empty when it gives none. */
  readonly planStatus: string;
  /** e.g. "≥ 1,900,000 by 2023/24 (national count)"; empty when the commitment has no target. */
  readonly target: string;
  readonly fairShare: string;
  readonly finalValue: string;
  readonly gap: string;
  readonly responses: readonly Location[];
  /** Response summaries (Markdown), for reports that show them. */
  readonly summaries: readonly string[];
}

/** Every commitment of a plan's catalogs with its coverage, worded for reports and views. */
export function coverageRows(plan: PlanAnalysis): CoverageRow[] {
  return plan.coverage.areas.flatMap((area) => area.commitments.map((entry) => row(area.title, entry)));
}

/** "≥ 92% by 2019/20, standing", "≤ 0 by 2020/21 (national count)", "up to 200,000 by 2023/24 (national count)". */
export function targetText(entry: CommitmentCoverage): string {
  const target = entry.commitment.target;
  if (!target) return '';
  if (usesTargetModel(target, { organisations: [] })) {
    // An unconfirmed target says so once, not once per milestone as well.
    if (target.confirmed) return targetValuesText(target);
    return `${targetValuesText({ ...target, milestones: target.milestones.map((m) => ({ ...m, confirmed: true })) })} (unconfirmed)`;
  }
  const sign = target.ambition ? 'up to' : target.direction === 'increase' ? '≥' : '≤';
  const notes = [target.scale === 'count' ? 'national count' : '', target.standing ? 'standing' : '', target.confirmed ? '' : 'unconfirmed'].filter(Boolean);
  return `${sign} ${formatPlanValue(target.value)} by ${target.by}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function row(area: string, entry: CommitmentCoverage): CoverageRow {
  const { commitment, assessment } = entry;
  let fairShare = '';
  let finalValue = '';
  let gap = '';
  if (assessment?.kind === 'assessed') {
    if (assessment.fairShare) fairShare = formatNumber(assessment.fairShare.value);
    finalValue = assessment.projection
      ? `${formatPlanValue(assessment.value.value)} in ${assessment.projection.last}, projected ${formatPlanValue({ kind: assessment.value.value.kind, value: assessment.projection.value })} by ${assessment.target.by}`
      : `${formatPlanValue(assessment.value.value)} in ${assessment.year}`;
    gap = assessment.meets ? 'none' : describeShortfall(assessment);
  } else if (assessment?.kind === 'no-trajectory') {
    gap = 'no trajectory';
  } else if (assessment?.kind === 'missing-year') {
    gap = `no value for ${assessment.year}`;
  } else if (assessment?.kind === 'unit-mismatch') {
    gap = 'unit differs from target';
  } else if (assessment?.kind === 'no-population') {
    gap = 'no footprint population';
  }
  return {
    area,
    id: commitment.id,
    kind: commitment.kind,
    title: commitment.title,
    status: entry.status,
    reason: entry.reason,
    planStatus: entry.planStatus ?? '',
    target: targetText(entry),
    fairShare,
    finalValue,
    gap,
    responses: entry.responses.map((r) => ({ uri: r.uri, range: r.id?.range ?? r.range })),
    summaries: entry.responses.flatMap((r) => (r.summary ? [r.summary.value] : [])),
  };
}
