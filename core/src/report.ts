import type { FoundationalCounts, StatusCounts } from './coverage/coverage';
import { coverageRows, type CoverageRow } from './coverage/rows';
import type { Finding } from './findings';
import type { PlanAnalysis } from './project';
import type { PlanDigest } from './rollup/digest';

/**
 * A plan's check as plain data: what reports and the CLI print. It crosses
 * worker-thread boundaries (structured clone), so it holds no class instances.
 */
export interface PlanReport {
  readonly root: string;
  readonly title: string;
  readonly framework: string | null;
  /** The plan's own status (draft, submitted, ...) and as-at date, as plan.yaml gives them. */
  readonly status: string | null;
  readonly asAt: string | null;
  readonly findings: readonly Finding[];
  /** Findings waived by a disable comment, each with `suppression` (reason, owner, until, expired): for SARIF `suppressions` and JSON. */
  readonly suppressed: readonly Finding[];
  readonly foundational: FoundationalCounts;
  readonly counts: StatusCounts;
  readonly areas: readonly { readonly id: string; readonly title: string; readonly counts: StatusCounts }[];
  readonly rows: readonly CoverageRow[];
  /** What a roll-up or diff needs, when the run asked for it. */
  readonly digest?: PlanDigest;
}

export function planReport(analysis: PlanAnalysis): PlanReport {
  const manifest = analysis.context.manifest;
  return {
    root: analysis.root,
    title: manifest?.title?.value ?? analysis.root,
    framework: manifest?.framework?.value ?? null,
    status: manifest?.status?.value ?? null,
    asAt: manifest?.asAt?.value ?? null,
    findings: analysis.findings,
    suppressed: analysis.suppressed,
    foundational: analysis.coverage.foundational,
    counts: analysis.coverage.counts,
    areas: analysis.coverage.areas.map((area) => ({ id: area.id, title: area.title, counts: area.counts })),
    rows: coverageRows(analysis),
  };
}

/** "31/31 answered, 28 met": the foundational figure every summary shows. */
export function foundationalSummary(counts: FoundationalCounts): string {
  return `${counts.answered}/${counts.total} answered, ${counts.met} met`;
}

/** "50 met, 3 answered, 2 partial, 2 missing, 0 not applicable": every status, in one order, in the shared words. */
export function statusSummary(counts: StatusCounts): string {
  return `${counts.met} met, ${counts.answered} answered, ${counts.partial} partial, ${counts.missing} missing, ${counts['not-applicable']} not applicable`;
}
