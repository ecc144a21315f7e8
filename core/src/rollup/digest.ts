import type { CommitmentCoverage, CoverageStatus } from '../coverage/coverage';
import { coverageRows } from '../coverage/rows';
import type { CommitmentResponse } from '../model/types';
import type { PlanAnalysis } from '../project';
import type { Range } from '../text/positions';

/**
 * What a roll-up or a diff needs from one plan, as plain data (it crosses
 * worker-thread boundaries by structured clone): the footprint, and per
 * commitment of the plan's framework the coverage, the target and the
 * responses with their trajectories.
 */
export interface PlanDigest {
  readonly root: string;
  readonly title: string;
  readonly framework: string | null;
  /** The footprint population; absent when the plan gives none. */
  readonly population?: number;
  /** England's population in the framework's base year, when the framework gives it. */
  readonly englandPopulation?: number;
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  /** Files (or blocks) that could not be read: the plan is included, marked incomplete. */
  readonly unreadable: readonly { readonly uri: string; readonly line: number; readonly reason: string }[];
  readonly commitments: readonly CommitmentDigest[];
}

export interface TargetDigest {
  readonly measure: string;
  readonly value: number;
  readonly unit: 'number' | 'percent';
  /** count, rate, or a scale the roll-up does not sum (named as such). */
  readonly scale: string;
  readonly direction: 'increase' | 'decrease';
  readonly by: string;
  readonly confirmed: boolean;
}

export interface ResponseDigest {
  readonly uri: string;
  readonly range: Range;
  readonly status?: string;
  readonly lead?: string;
  readonly partners: readonly string[];
  readonly trajectory: readonly { readonly year: string; readonly value: number; readonly unit: 'number' | 'percent' }[];
}

export type AssessmentDigest =
  | {
      readonly kind: 'assessed';
      readonly year: string;
      readonly projection: boolean;
      readonly value: number;
      readonly unit: 'number' | 'percent';
      readonly required: number;
      readonly fairShare?: number;
      readonly meets: boolean;
      readonly shortfall: number;
    }
  | { readonly kind: 'not-assessed'; readonly why: string };

export interface CommitmentDigest {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly kind: string;
  readonly catalogId: string;
  readonly target?: TargetDigest;
  readonly status: CoverageStatus;
  /** The gap as coverage reports word it ("short by 12%", "no trajectory", ...). */
  readonly gap: string;
  readonly assessment?: AssessmentDigest;
  /** The response the assessment is about (the best one), as an index into `responses`. */
  readonly chosen?: number;
  readonly responses: readonly ResponseDigest[];
}

const UNREADABLE_RULES = new Set(['unreadable-file', 'yaml-syntax']);

/** The digest of one analysed plan. */
export function planDigest(analysis: PlanAnalysis): PlanDigest {
  const { context, coverage } = analysis;
  const manifest = context.manifest;
  const rows = new Map(coverageRows(analysis).map((row) => [row.id, row]));
  const population = manifest?.population?.value;
  const england = context.catalogs.framework?.population?.value;
  return {
    root: analysis.root,
    title: manifest?.title?.value ?? analysis.root,
    framework: manifest?.framework?.value ?? null,
    ...(population !== undefined && population > 0 ? { population } : {}),
    ...(england !== undefined && england > 0 ? { englandPopulation: england } : {}),
    organisations: (manifest?.organisations ?? []).map((o) => ({ id: o.id.value, name: o.name })),
    unreadable: context.documents.flatMap((document) =>
      document.problems.filter((p) => UNREADABLE_RULES.has(p.ruleId)).map((p) => ({ uri: document.uri, line: p.range.start.line, reason: p.message })),
    ),
    commitments: coverage.areas.flatMap((area) => area.commitments.map((entry) => commitmentDigest(area.title, entry, rows.get(entry.commitment.id)?.gap ?? ''))),
  };
}

function commitmentDigest(area: string, entry: CommitmentCoverage, gap: string): CommitmentDigest {
  const { commitment, assessment } = entry;
  const target = commitment.target;
  const responses = entry.responses.map(responseDigest);
  let chosen = -1;
  if (assessment?.kind === 'assessed') chosen = entry.responses.findIndex((r) => r.trajectory?.points.some((p) => p.value === assessment.value));
  if (chosen < 0) chosen = entry.responses.findIndex((r) => r.status?.value !== 'not-applicable' && (r.trajectory?.points.length ?? 0) > 0);
  if (chosen < 0) chosen = entry.responses.findIndex((r) => r.status?.value !== 'not-applicable');
  return {
    id: commitment.id,
    title: commitment.title,
    area,
    kind: commitment.kind,
    catalogId: commitment.catalogId,
    ...(target
      ? {
          target: {
            measure: target.measure,
            value: target.value.value,
            unit: target.value.kind,
            scale: target.scale,
            direction: target.direction,
            by: target.by,
            confirmed: target.confirmed,
          },
        }
      : {}),
    status: entry.status,
    gap,
    ...(assessment
      ? {
          assessment:
            assessment.kind === 'assessed'
              ? {
                  kind: 'assessed' as const,
                  year: assessment.year,
                  projection: assessment.projection !== undefined,
                  // The figure compared: the trajectory's value, or its trend carried on to a target year beyond the plan.
                  value: assessment.actual,
                  unit: assessment.value.value.kind,
                  required: assessment.required,
                  ...(assessment.fairShare ? { fairShare: assessment.fairShare.value } : {}),
                  meets: assessment.meets,
                  shortfall: assessment.shortfall,
                }
              : { kind: 'not-assessed' as const, why: assessment.kind },
        }
      : {}),
    ...(chosen >= 0 ? { chosen } : {}),
    responses,
  };
}

function responseDigest(response: CommitmentResponse): ResponseDigest {
  return {
    uri: response.uri,
    range: response.id?.range ?? response.range,
    ...(response.status ? { status: response.status.value } : {}),
    ...(response.lead ? { lead: response.lead.value } : {}),
    partners: response.partners.map((p) => p.value),
    trajectory: (response.trajectory?.points ?? []).map((p) => ({ year: p.year.value, value: p.value.value.value, unit: p.value.value.kind })),
  };
}
