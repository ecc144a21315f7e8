import type { StatusCounts } from './coverage/coverage';
import { coverageRows, type CoverageRow } from './coverage/rows';
import type { Finding } from './findings';
import type { PlanAnalysis } from './project';

/**
 * A plan's check as plain data: what reports and the CLI print. It crosses
 * worker-thread boundaries (structured clone), so it holds no class instances.
 */
export interface PlanReport {
  readonly root: string;
  readonly title: string;
  readonly framework: string | null;
  readonly findings: readonly Finding[];
  readonly foundational: { readonly answered: number; readonly met: number; readonly total: number };
  readonly counts: StatusCounts;
  readonly areas: readonly { readonly id: string; readonly title: string; readonly counts: StatusCounts }[];
  readonly rows: readonly CoverageRow[];
}

export function planReport(analysis: PlanAnalysis): PlanReport {
  const manifest = analysis.context.manifest;
  return {
    root: analysis.root,
    title: manifest?.title?.value ?? analysis.root,
    framework: manifest?.framework?.value ?? null,
    findings: analysis.findings,
    foundational: analysis.coverage.foundational,
    counts: analysis.coverage.counts,
    areas: analysis.coverage.areas.map((area) => ({ id: area.id, title: area.title, counts: area.counts })),
    rows: coverageRows(analysis),
  };
}
