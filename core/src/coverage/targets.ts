import type { CatalogCommitment, CatalogTarget } from '../catalog/types';
import type { CommitmentResponse, Located } from '../model/types';
import { yearStart, type PlanValue } from '../model/values';

/** The population figures behind a fair share. */
export interface FairShare {
  readonly national: number;
  readonly population: number;
  readonly basePopulation: number;
  readonly value: number;
}

/** A count target's share for a footprint: national value × population ÷ England's population. */
export function fairShare(national: number, population: number, basePopulation: number): FairShare {
  return { national, population, basePopulation, value: (national * population) / basePopulation };
}

export type TargetAssessment =
  | { readonly kind: 'no-target' }
  | { readonly kind: 'unconfirmed'; readonly target: CatalogTarget }
  | { readonly kind: 'no-trajectory'; readonly target: CatalogTarget }
  | { readonly kind: 'no-population'; readonly target: CatalogTarget }
  | { readonly kind: 'missing-year'; readonly target: CatalogTarget; readonly year: string; readonly projection: boolean }
  | { readonly kind: 'unit-mismatch'; readonly target: CatalogTarget; readonly year: string; readonly value: Located<PlanValue> }
  | {
      readonly kind: 'assessed';
      readonly target: CatalogTarget;
      /** The year compared: the target year, or the plan's last year when the target lies beyond it. */
      readonly year: string;
      readonly projection: boolean;
      readonly value: Located<PlanValue>;
      /** What the plan must reach: the rate, or the fair share of a count. */
      readonly required: number;
      readonly fairShare?: FairShare;
      readonly meets: boolean;
      /** Shortfall as a share of the requirement (0 when met). */
      readonly shortfall: number;
    };

export interface TargetContext {
  readonly planEnd?: string;
  readonly population?: number;
  readonly basePopulation?: number;
}

/**
 * Compares a response's trajectory with its commitment's target. This is the
 * single place the tool decides whether a plan meets a national figure; the
 * trajectory-target rule, coverage and the code lens all read it.
 */
export function assessTarget(response: CommitmentResponse, commitment: CatalogCommitment, context: TargetContext): TargetAssessment {
  const target = commitment.target;
  if (!target) return { kind: 'no-target' };
  if (!target.confirmed) return { kind: 'unconfirmed', target };
  if (!response.trajectory || response.trajectory.points.length === 0) return { kind: 'no-trajectory', target };

  const targetStart = yearStart(target.by);
  const endStart = context.planEnd ? yearStart(context.planEnd) : undefined;
  const projection = targetStart !== undefined && endStart !== undefined && targetStart > endStart;
  const year = projection && context.planEnd ? context.planEnd : target.by;
  const point = response.trajectory.points.find((p) => p.year.value === year);
  if (!point) return { kind: 'missing-year', target, year, projection };

  const targetIsPercent = target.value.kind === 'percent';
  const valueIsPercent = point.value.value.kind === 'percent';
  if (targetIsPercent !== valueIsPercent) return { kind: 'unit-mismatch', target, year, value: point.value };

  let required = target.value.value;
  let share: FairShare | undefined;
  if (target.scale === 'count') {
    if (!context.population || !context.basePopulation) return { kind: 'no-population', target };
    share = fairShare(target.value.value, context.population, context.basePopulation);
    required = share.value;
  }
  const actual = point.value.value.value;
  const meets = target.direction === 'increase' ? actual >= required : actual <= required;
  const shortfall = meets || required === 0 ? (meets ? 0 : 1) : Math.abs(required - actual) / Math.abs(required);
  return { kind: 'assessed', target, year, projection, value: point.value, required, ...(share ? { fairShare: share } : {}), meets, shortfall };
}
