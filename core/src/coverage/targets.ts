import type { CatalogCommitment, CatalogTarget } from '../catalog/types';
import type { CommitmentResponse, Located } from '../model/types';
import type { RuleContext } from '../rules/rule';
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

/** The plan facts a target comparison needs, read from a plan's rule context. */
export function targetContextOf(plan: Pick<RuleContext, 'years' | 'manifest' | 'catalogs'>): TargetContext {
  return {
    planStart: plan.years[0],
    planEnd: plan.years[plan.years.length - 1],
    population: plan.manifest?.population?.value,
    basePopulation: plan.catalogs.framework?.population?.value,
  };
}

export interface TargetContext {
  readonly planStart?: string;
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

  const points = response.trajectory.points;
  const chosen = comparedYear(target, points.map((p) => ({ year: p.year.value, value: p.value.value.value })), context);
  if (chosen.kind === 'missing') return { kind: 'missing-year', target, year: chosen.year, projection: chosen.projection };
  const { year, projection } = chosen;
  const point = points.find((p) => p.year.value === year);
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

type Chosen = { kind: 'year' | 'missing'; year: string; projection: boolean };

/**
 * Which trajectory year is compared with a target: the target year; the
 * plan's last year when the target lies beyond the plan (a projection); the
 * plan's first year when the target fell due before the plan began; and for
 * a standing standard, the worst year from then to the end of the plan.
 */
function comparedYear(target: CatalogTarget, points: readonly { year: string; value: number }[], context: TargetContext): Chosen {
  const has = (year: string) => points.some((p) => p.year === year);
  const by = yearStart(target.by);
  const start = context.planStart ? yearStart(context.planStart) : undefined;
  const end = context.planEnd ? yearStart(context.planEnd) : undefined;
  if (by !== undefined && end !== undefined && by > end && context.planEnd) {
    return { kind: has(context.planEnd) ? 'year' : 'missing', year: context.planEnd, projection: true };
  }
  const from = by !== undefined && start !== undefined && by < start && context.planStart ? context.planStart : target.by;
  if (!target.standing) return { kind: has(from) ? 'year' : 'missing', year: from, projection: false };
  const fromStart = yearStart(from) ?? 0;
  const inScope = points.filter((p) => {
    const s = yearStart(p.year);
    return s !== undefined && s >= fromStart && (end === undefined || s <= end);
  });
  const worst = inScope.reduce<(typeof inScope)[number] | undefined>((w, p) => (!w || (target.direction === 'increase' ? p.value < w.value : p.value > w.value) ? p : w), undefined);
  return worst ? { kind: 'year', year: worst.year, projection: false } : { kind: 'missing', year: from, projection: false };
}
