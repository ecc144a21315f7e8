import { coverageRows } from '../coverage/rows';
import { assessTarget, targetContextOf } from '../targets/assess';
import { chartFacts, type ChartFacts } from './chart-view';
import type { PlanAnalysis, PlanProject } from '../project';
import { planDigest } from '../rollup/digest';
import { rollUp, type Rollup } from '../rollup/rollup';

/** Plain JSON shapes for the editor's coverage tree and dashboard. */
export interface LocationView {
  readonly uri: string;
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
}

export type CoverageStatusView = 'met' | 'answered' | 'partial' | 'missing' | 'not-applicable';

export interface CoverageItemView {
  readonly id: string;
  readonly title: string;
  readonly kind: 'foundational' | 'transformation' | 'requirement';
  readonly status: CoverageStatusView;
  /** Why the status, in a few words (for not applicable, the plan's reason). */
  readonly reason: string;
  /** The plan's own status of its deciding response (on-track, at-risk, ...); empty when none. */
  readonly planStatus: string;
  readonly target: string;
  readonly fairShare: string;
  readonly finalValue: string;
  readonly gap: string;
  readonly guidance: string;
  /** The source document's address, when the catalog gives one. */
  readonly source?: string;
  readonly responses: readonly LocationView[];
  /** The catalog entry. */
  readonly definition: LocationView;
}

export interface AreaView {
  readonly id: string;
  readonly title: string;
  readonly counts: Readonly<Record<CoverageStatusView, number>>;
  readonly items: readonly CoverageItemView[];
}

export interface PlanCoverageView {
  readonly root: string;
  readonly manifest: string;
  readonly title: string;
  readonly framework: string | null;
  /** The plan's own status and as-at date from plan.yaml. */
  readonly status: string | null;
  readonly asAt: string | null;
  readonly foundational: { readonly answered: number; readonly met: number; readonly total: number };
  readonly counts: Readonly<Record<CoverageStatusView, number>>;
  readonly areas: readonly AreaView[];
}

/** One trajectory for a chart: the plan's values, every dated target value, and each organisation's line. */
export interface TrajectoryView extends ChartFacts {
  readonly id: string;
  readonly title: string;
  readonly measure: string;
  /** The target or fair share judged first, and the year it applies. */
  readonly required?: { readonly year: string; readonly value: number; readonly direction: 'increase' | 'decrease'; readonly fairShare: boolean };
  readonly meets?: boolean;
  readonly location: LocationView;
}

export interface DashboardResult {
  readonly plans: readonly (PlanCoverageView & { readonly trajectories: readonly TrajectoryView[] })[];
  /** With several plans, the plans read together (matrix and national sums). */
  readonly rollup?: Rollup;
}


function planView(analysis: PlanAnalysis): PlanCoverageView {
  const rows = coverageRows(analysis);
  const catalogs = analysis.context.catalogs;
  return {
    root: analysis.root,
    manifest: analysis.context.manifestUri,
    title: analysis.context.manifest?.title?.value ?? analysis.root,
    framework: analysis.context.manifest?.framework?.value ?? null,
    status: analysis.context.manifest?.status?.value ?? null,
    asAt: analysis.context.manifest?.asAt?.value ?? null,
    foundational: analysis.coverage.foundational,
    counts: analysis.coverage.counts,
    areas: analysis.coverage.areas.map((area) => ({
      id: area.id,
      title: area.title,
      counts: area.counts,
      items: area.commitments.map((entry) => {
        const row = rows.find((r) => r.id === entry.commitment.id);
        const commitment = catalogs.commitment(entry.commitment.id) ?? entry.commitment;
        return {
          id: commitment.id,
          title: commitment.title,
          kind: commitment.kind,
          status: entry.status,
          reason: entry.reason,
          planStatus: entry.planStatus ?? '',
          target: row?.target ?? '',
          fairShare: row?.fairShare ?? '',
          finalValue: row?.finalValue ?? '',
          gap: row?.gap ?? '',
          guidance: commitment.guidance,
          ...(commitment.source?.url ? { source: commitment.source.url } : {}),
          responses: row?.responses ?? [],
          definition: { uri: commitment.uri, range: commitment.idRange },
        };
      }),
    })),
  };
}

/** Coverage plus every trajectory with its target line, for the dashboard's charts. */
export function dashboardView(project: PlanProject, uri?: string): DashboardResult {
  const analyses = analysesFor(project, uri);
  return {
    ...(analyses.length > 1 ? { rollup: rollUp(analyses.map(planDigest)) } : {}),
    plans: analyses.map((analysis) => {
      const context = analysis.context;
      const trajectories: TrajectoryView[] = context.responses.flatMap((response) => {
        const commitment = response.id ? context.catalogs.commitment(response.id.value) : undefined;
        const facts = commitment ? chartFacts(response, commitment, context) : undefined;
        if (!commitment || !facts) return [];
        const assessment = assessTarget(response, commitment, targetContextOf(context));
        return [
          {
            id: commitment.id,
            title: commitment.title,
            measure: commitment.target?.measure ?? '',
            ...facts,
            ...(assessment.kind === 'assessed'
              ? { required: { year: assessment.year, value: assessment.required, direction: assessment.target.direction, fairShare: Boolean(assessment.fairShare) }, meets: assessment.meets }
              : {}),
            location: { uri: response.uri, range: response.id?.range ?? response.range },
          },
        ];
      });
      return { ...planView(analysis), trajectories };
    }),
  };
}

/** The plan holding `uri`, or every plan when no uri is given (or the file is in no plan). */
function analysesFor(project: PlanProject, uri: string | undefined): PlanAnalysis[] {
  const root = uri ? project.rootOf(uri) : undefined;
  return root ? [project.analyze(root)] : project.analyzeAll();
}
