import type { PlanAnalysis } from '../project';
import type { Location } from '../language/types';
import { formatNumber, formatPlanValue } from '../model/values';
import type { CommitmentCoverage, CoverageStatus } from './coverage';

/** One commitment's line in a coverage report, already worded. */
export interface CoverageRow {
  readonly area: string;
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly status: CoverageStatus;
  /** e.g. "≥ 380,000 by 2023/24 (count)"; empty when the commitment has no target. */
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

function row(area: string, entry: CommitmentCoverage): CoverageRow {
  const { commitment, assessment } = entry;
  const target = commitment.target;
  const targetText = target
    ? `${target.direction === 'increase' ? '≥' : '≤'} ${formatPlanValue(target.value)} by ${target.by}${target.scale === 'count' ? ' (national count)' : ''}${target.confirmed ? '' : ' (unconfirmed)'}`
    : '';
  let fairShare = '';
  let finalValue = '';
  let gap = '';
  if (assessment?.kind === 'assessed') {
    if (assessment.fairShare) fairShare = formatNumber(assessment.fairShare.value);
    finalValue = `${formatPlanValue(assessment.value.value)} in ${assessment.year}${assessment.projection ? ' (projection)' : ''}`;
    gap = assessment.meets ? 'none' : `short by ${Math.round(assessment.shortfall * 100)}%`;
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
    target: targetText,
    fairShare,
    finalValue,
    gap,
    responses: entry.responses.map((r) => ({ uri: r.uri, range: r.id?.range ?? r.range })),
    summaries: entry.responses.flatMap((r) => (r.summary ? [r.summary.value] : [])),
  };
}
