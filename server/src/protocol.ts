/**
 * Requests the Planwright server answers beyond LSP, declared once for the
 * server and the VS Code client. Plain JSON shapes.
 */
import { RequestType } from 'vscode-languageserver-protocol';

export interface LocationView {
  readonly uri: string;
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
}

export type CoverageStatusView = 'met' | 'partial' | 'missing' | 'not-applicable';

export interface CoverageItemView {
  readonly id: string;
  readonly title: string;
  readonly kind: 'foundational' | 'transformation' | 'requirement';
  readonly status: CoverageStatusView;
  readonly target: string;
  readonly fairShare: string;
  readonly finalValue: string;
  readonly gap: string;
  readonly guidance: string;
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
  readonly foundational: { readonly answered: number; readonly met: number; readonly total: number };
  readonly counts: Readonly<Record<CoverageStatusView, number>>;
  readonly areas: readonly AreaView[];
}

export interface CoverageParams {
  /** Limit to the plan holding this file; all plans when absent. */
  readonly uri?: string;
}

export interface CoverageResult {
  readonly plans: readonly PlanCoverageView[];
}

export const CoverageRequest = new RequestType<CoverageParams, CoverageResult, void>('planwright/coverage');

/** One trajectory for a chart: the plan's values and the line it must reach. */
export interface TrajectoryView {
  readonly id: string;
  readonly title: string;
  readonly measure: string;
  readonly unit: 'number' | 'percent';
  readonly points: readonly { readonly year: string; readonly value: number }[];
  readonly baseline?: { readonly year: string; readonly value: number };
  /** The target or fair share, and the year it applies. */
  readonly required?: { readonly year: string; readonly value: number; readonly direction: 'increase' | 'decrease'; readonly fairShare: boolean };
  readonly meets?: boolean;
  readonly location: LocationView;
}

export interface DashboardResult {
  readonly plans: readonly (PlanCoverageView & { readonly trajectories: readonly TrajectoryView[] })[];
}

export const DashboardRequest = new RequestType<CoverageParams, DashboardResult, void>('planwright/dashboard');
