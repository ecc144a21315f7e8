import type { CatalogSet } from '../catalog/catalog-set';
import type { CatalogCommitment } from '../catalog/types';
import type { Finding } from '../findings';
import type { CommitmentResponse, ResponseStatus } from '../model/types';
import type { TargetAssessment, TargetContext } from '../targets/types';
import { NO_EVIDENCE, type EvidenceLookup } from './evidence';
import { verdictOf, type Verdict } from './verdict';

/**
 * met: the evidence shows it (a target reached, or the rules that judge it
 * find nothing); answered: a response, but nothing measurable to judge;
 * partial: a response that falls short or cannot be compared; missing: no
 * response; not-applicable: a response saying so, with its reason.
 */
export type CoverageStatus = 'met' | 'answered' | 'partial' | 'missing' | 'not-applicable';
export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['met', 'answered', 'partial', 'missing', 'not-applicable'];

/** The words for each status, the same in every report and view. */
export const COVERAGE_STATUS_LABELS: Readonly<Record<CoverageStatus, string>> = {
  met: 'met',
  answered: 'answered',
  partial: 'partial',
  missing: 'missing',
  'not-applicable': 'not applicable',
};

export interface CommitmentCoverage {
  readonly commitment: CatalogCommitment;
  readonly status: CoverageStatus;
  /** Why the status, in a few words (for not-applicable, the plan's reason). */
  readonly reason: string;
  /** The status the plan itself gives its deciding response (on-track, at-risk, ...). */
  readonly planStatus?: ResponseStatus;
  readonly responses: readonly CommitmentResponse[];
  /** The deciding response's comparison with the target, when there is a response. */
  readonly assessment?: TargetAssessment;
  /** For a commitment judged by rules: the findings holding it back. */
  readonly heldBackBy: readonly Finding[];
}

export type StatusCounts = Record<CoverageStatus, number>;

export interface AreaCoverage {
  readonly id: string;
  readonly title: string;
  readonly commitments: readonly CommitmentCoverage[];
  readonly counts: StatusCounts;
}

/** Foundational commitments: answered (any response: met, answered, partial or not applicable), met (met only), and all. */
export interface FoundationalCounts {
  readonly answered: number;
  readonly met: number;
  readonly total: number;
}

export interface Coverage {
  readonly areas: readonly AreaCoverage[];
  readonly counts: StatusCounts;
  readonly foundational: FoundationalCounts;
}

/** Per commitment of the plan's catalogs, its status and reason, rolled up by area. */
export function computeCoverage(
  catalogs: CatalogSet,
  responsesById: ReadonlyMap<string, readonly CommitmentResponse[]>,
  context: TargetContext,
  evidence: EvidenceLookup = NO_EVIDENCE,
): Coverage {
  const areas = new Map<string, CommitmentCoverage[]>();
  for (const commitment of catalogs.commitments()) {
    const entry = coverCommitment(commitment, responsesById.get(commitment.id) ?? [], context, evidence);
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
      met: foundational.filter((c) => c.status === 'met').length,
      total: foundational.length,
    },
  };
}

const RANK: Record<Verdict['status'], number> = { met: 3, answered: 2, partial: 1 };

function coverCommitment(commitment: CatalogCommitment, responses: readonly CommitmentResponse[], context: TargetContext, evidence: EvidenceLookup): CommitmentCoverage {
  const answering = responses.filter((r) => r.status?.value !== 'not-applicable');
  if (answering.length === 0) {
    const notApplicable = responses.find((r) => r.status?.value === 'not-applicable' && r.reason);
    if (notApplicable?.reason) return { commitment, responses, status: 'not-applicable', reason: notApplicable.reason.value, planStatus: 'not-applicable', heldBackBy: [] };
    const reason = responses.length > 0 ? 'marked not-applicable without a reason' : 'no response';
    return { commitment, responses, status: 'missing', reason, heldBackBy: [] };
  }
  // The best response decides (several responses to one commitment: the one that meets it wins).
  const judged = answering.map((response) => ({ response, verdict: verdictOf(response, commitment, context, evidence) }));
  const best = judged.reduce((a, b) => (RANK[b.verdict.status] > RANK[a.verdict.status] ? b : a));
  const { verdict, response } = best;
  return {
    commitment,
    responses,
    status: verdict.status,
    reason: verdict.reason,
    ...(response.status ? { planStatus: response.status.value } : {}),
    assessment: verdict.assessment,
    heldBackBy: verdict.heldBackBy,
  };
}

function countStatuses(commitments: readonly CommitmentCoverage[]): StatusCounts {
  const counts: StatusCounts = { met: 0, answered: 0, partial: 0, missing: 0, 'not-applicable': 0 };
  for (const c of commitments) counts[c.status]++;
  return counts;
}
