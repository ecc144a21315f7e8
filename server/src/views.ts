import {
  assessTarget,
  targetContextOf,
  coverageRows,
  type PlanAnalysis,
  type PlanProject,
} from '../../core/src/index';
import type { DashboardResult, PlanCoverageView, TrajectoryView } from './protocol';

/** The coverage tree's data for the plans (optionally only the one holding `uri`). */
export function coverageView(project: PlanProject, uri?: string): PlanCoverageView[] {
  const root = uri ? project.rootOf(uri) : undefined;
  const analyses = root ? [project.analyze(root)] : project.analyzeAll();
  return analyses.map(planView);
}

function planView(analysis: PlanAnalysis): PlanCoverageView {
  const rows = coverageRows(analysis);
  const catalogs = analysis.context.catalogs;
  return {
    root: analysis.root,
    manifest: analysis.context.manifestUri,
    title: analysis.context.manifest?.title?.value ?? analysis.root,
    framework: analysis.context.manifest?.framework?.value ?? null,
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
          target: row?.target ?? '',
          fairShare: row?.fairShare ?? '',
          finalValue: row?.finalValue ?? '',
          gap: row?.gap ?? '',
          guidance: commitment.guidance,
          responses: row?.responses ?? [],
          definition: { uri: commitment.uri, range: commitment.idRange },
        };
      }),
    })),
  };
}

/** Coverage plus every trajectory with its target line, for the dashboard's charts. */
export function dashboardView(project: PlanProject, uri?: string): DashboardResult {
  const root = uri ? project.rootOf(uri) : undefined;
  const analyses = root ? [project.analyze(root)] : project.analyzeAll();
  return {
    plans: analyses.map((analysis) => {
      const context = analysis.context;
      const trajectories: TrajectoryView[] = context.responses.flatMap((response) => {
        const commitment = response.id ? context.catalogs.commitment(response.id.value) : undefined;
        if (!commitment || !response.trajectory || response.trajectory.points.length === 0) return [];
        const assessment = assessTarget(response, commitment, targetContextOf(context));
        const unit = response.trajectory.points[0]?.value.value.kind ?? 'number';
        const baseline = response.baseline?.year && response.baseline.value ? { year: response.baseline.year.value, value: response.baseline.value.value.value } : undefined;
        return [
          {
            id: commitment.id,
            title: commitment.title,
            measure: commitment.target?.measure ?? '',
            unit,
            points: response.trajectory.points.map((p) => ({ year: p.year.value, value: p.value.value.value })),
            ...(baseline ? { baseline } : {}),
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
