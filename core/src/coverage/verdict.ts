import type { CatalogCommitment } from '../catalog/types';
import type { Finding } from '../findings';
import type { CommitmentResponse } from '../model/types';
import { assessTarget } from '../targets/assess';
import { describeOutcome } from '../targets/describe';
import type { TargetAssessment, TargetContext } from '../targets/types';
import type { EvidenceLookup } from './evidence';

/** The statuses of a commitment that has a response. */
export type ResponseVerdictStatus = 'met' | 'answered' | 'partial';

/** One response judged: its status, the reason in words, and what it rests on. */
export interface Verdict {
  readonly status: ResponseVerdictStatus;
  /** Why, in a few words: "meets 85% by 2023/24", "no measurable national target", "held back by finance-balance: …". */
  readonly reason: string;
  readonly assessment: TargetAssessment;
  /** For a commitment judged by rules: the findings that hold it back. */
  readonly heldBackBy: readonly Finding[];
}

/**
 * Judges one response:
 * - a commitment judged by rules (`evidenced-by`) is met when every rule
 *   judged the plan and found nothing, partial when one holds it back, and
 *   answered when a rule had nothing to judge or is switched off;
 * - otherwise a confirmed target decides: met when the trajectory reaches it
 *   (in every year for a standing standard, on the projected trend for a
 *   target due after the plan), partial when it misses it or the trajectory
 *   cannot be compared (a missing year, a different unit); an ambition ("up
 *   to") that is not reached is answered;
 * - with nothing measurable (no target, an unconfirmed one, no trajectory,
 *   no population) the response is answered, or partial if not started.
 */
export function verdictOf(response: CommitmentResponse, commitment: CatalogCommitment, context: TargetContext, evidence: EvidenceLookup): Verdict {
  const assessment = assessTarget(response, commitment, context);
  if (commitment.evidencedBy.length > 0) return byEvidence(commitment, assessment, evidence);
  const notStarted = response.status?.value === 'not-started';
  const unjudged = (reason: string): Verdict => ({ status: notStarted ? 'partial' : 'answered', reason: notStarted ? `not started; ${reason}` : reason, assessment, heldBackBy: [] });
  switch (assessment.kind) {
    case 'no-target':
      return unjudged('no measurable national target');
    case 'unconfirmed':
      return unjudged('the target is not confirmed: shown, not judged');
    case 'no-trajectory':
      return unjudged('no trajectory to compare with the target');
    case 'no-population':
      return unjudged('no footprint population for the fair share');
    case 'missing-year':
      return { status: 'partial', reason: `no value for ${assessment.year}`, assessment, heldBackBy: [] };
    case 'unit-mismatch':
      return { status: 'partial', reason: 'the trajectory\'s unit differs from the target\'s', assessment, heldBackBy: [] };
    case 'assessed': {
      const outcome = describeOutcome(assessment);
      if (assessment.meets) return { status: 'met', reason: outcome, assessment, heldBackBy: [] };
      if (assessment.target.ambition) return { status: 'answered', reason: `an ambition ("up to"), not a floor: ${outcome}`, assessment, heldBackBy: [] };
      return { status: 'partial', reason: outcome, assessment, heldBackBy: [] };
    }
  }
}

function byEvidence(commitment: CatalogCommitment, assessment: TargetAssessment, evidence: EvidenceLookup): Verdict {
  const states = commitment.evidencedBy.map((entry) => ({ entry, state: evidence(entry) }));
  const heldBackBy = states.flatMap(({ state }) => (state.kind === 'judged' ? state.findings : []));
  const first = heldBackBy[0];
  if (first) {
    const more = heldBackBy.length > 1 ? ` (and ${heldBackBy.length - 1} more)` : '';
    return { status: 'partial', reason: `held back by ${first.ruleId}: ${first.message}${more}`, assessment, heldBackBy };
  }
  const unjudged = states.find(({ state }) => state.kind !== 'judged');
  if (unjudged) {
    const { state } = unjudged;
    const why = state.kind === 'off' ? `${state.rule} is off in plan.yaml` : state.kind === 'unknown' ? `${state.rule} is not a rule` : `nothing for ${state.kind === 'nothing' ? state.rule : unjudged.entry} to judge`;
    return { status: 'answered', reason: `${why}: not judged`, assessment, heldBackBy };
  }
  const rules = [...new Set(commitment.evidencedBy.map((entry) => entry.split('/')[0]))].join(', ');
  return { status: 'met', reason: `${rules} ${rules.includes(',') ? 'find' : 'finds'} nothing holding it back`, assessment, heldBackBy };
}
