import type { CatalogSet } from '../catalog/catalog-set';
import type { CatalogCommitment } from '../catalog/types';
import type { CommitmentResponse } from '../model/types';
import { assessTarget, type TargetAssessment, type TargetContext } from './targets';

export type CoverageStatus = 'met' | 'partial' | 'missing' | 'not-applicable';
export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['met', 'partial', 'missing', 'not-applicable'];

export interface CommitmentCoverage {
  readonly commitment: CatalogCommitment;
  readonly status: CoverageStatus;
  readonly responses: readonly CommitmentResponse[];
  /** The best response's comparison with the target, when there is a response. */
  readonly assessment?: TargetAssessment;
}

export type StatusCounts = Record<CoverageStatus, number>;

export interface AreaCoverage {
  readonly id: string;
  readonly title: string;
  readonly commitments: readonly CommitmentCoverage[];
  readonly counts: StatusCounts;
}

export interface Coverage {
  readonly areas: readonly AreaCoverage[];
  readonly counts: StatusCounts;
  /** Foundational commitments answered (met, partial or not applicable) out of all of them. */
  readonly foundational: { readonly answered: number; readonly met: number; readonly total: number };
}

/** Per commitment of the plan's catalogs: met, partial, missing or not applicable, rolled up by area. */
export function computeCoverage(catalogs: CatalogSet, responsesById: ReadonlyMap<string, readonly CommitmentResponse[]>, context: TargetContext): Coverage {
  const areas = new Map<string, CommitmentCoverage[]>();
  for (const commitment of catalogs.commitments()) {
    const responses = responsesById.get(commitment.id) ?? [];
    const entry = coverCommitment(commitment, responses, context);
    const list = areas.get(commitment.area);
    if (list) list.push(entry);
    else areas.set(commitment.area, [entry]);
  }
  const areaCoverage: AreaCoverage[] = [...areas].map(([id, commitments]) => ({ id, title: catalogs.areaTitle(id), commitments, counts: countStatuses(commitments) }));
  const all = areaCoverage.flatMap((area) => area.commitments);
  const foundational = all.filter((c) => c.commitment.kind === 'foundational');
  return {
    areas: areaCoverage,
    counts: countStatuses(all),
    foundational: {
      answered: foundational.filter((c) => c.status !== 'missing').length,
      met: foundational.filter((c) => c.status === 'met' || c.status === 'not-applicable').length,
      total: foundational.length,
    },
  };
}

function coverCommitment(commitment: CatalogCommitment, responses: readonly CommitmentResponse[], context: TargetContext): CommitmentCoverage {
  const answering = responses.filter((r) => r.status?.value !== 'not-applicable');
  const notApplicable = responses.filter((r) => r.status?.value === 'not-applicable' && r.reason);
  if (answering.length === 0) {
    return { commitment, responses, status: notApplicable.length > 0 ? 'not-applicable' : 'missing' };
  }
  const assessments = answering.map((response) => assessTarget(response, commitment, context));
  const best = assessments.find((a) => a.kind === 'assessed' && a.meets) ?? assessments.find((a) => a.kind === 'assessed') ?? assessments[0];
  return { commitment, responses, status: isMet(answering, assessments) ? 'met' : 'partial', ...(best ? { assessment: best } : {}) };
}

/**
 * Met: for a commitment with a confirmed target, a trajectory reaching the
 * target or fair share; without one, a response that is under way (any
 * status but not-started).
 */
function isMet(responses: readonly CommitmentResponse[], assessments: readonly TargetAssessment[]): boolean {
  return assessments.some((assessment, i) => {
    if (assessment.kind === 'assessed') return assessment.meets;
    if (assessment.kind === 'no-target' || assessment.kind === 'unconfirmed') return responses[i]?.status?.value !== 'not-started';
    return false;
  });
}

function countStatuses(commitments: readonly CommitmentCoverage[]): StatusCounts {
  const counts: StatusCounts = { met: 0, partial: 0, missing: 0, 'not-applicable': 0 };
  for (const c of commitments) counts[c.status]++;
  return counts;
}
