import type { CatalogTarget } from '../catalog/types';
import type { Located, OrganisationType } from '../model/types';
import type { TargetJudgement } from './judge';
import type { PlanValue } from '../model/values';

/** The population figures behind a fair share. */
export interface FairShare {
  readonly national: number;
  readonly population: number;
  readonly basePopulation: number;
  readonly value: number;
}

/** The plan facts a target comparison needs. */
export interface TargetContext {
  readonly planStart?: string;
  readonly planEnd?: string;
  readonly population?: number;
  readonly basePopulation?: number;
  /** Footprint organisations and their types, for per-organisation rules (core/src/targets/judge.ts). */
  readonly organisations?: ReadonlyMap<string, OrganisationType | undefined>;
}

/** A target due after the plan: the trajectory's recent trend carried on to the target year. */
export interface Projection {
  /** The first year of the trend (the last plan year is `value`'s year). */
  readonly from: string;
  /** The last plan year, where the projection starts. */
  readonly last: string;
  readonly value: number;
}

/**
 * How a trajectory stands against a standing standard over the years it applies:
 * held in every year; recovers (below at first, then reaches it and holds it);
 * slips (reaches it, then falls back below); never reaches it.
 */
export interface StandingPath {
  readonly outcome: 'held' | 'recovers' | 'slips' | 'never';
  /** The year the trajectory first reaches the standard and holds it from then on (held, recovers). */
  readonly reached?: string;
}

export interface Assessed {
  readonly kind: 'assessed';
  readonly target: CatalogTarget;
  /**
   * The year judged: the target year (also when it lies beyond the plan and
   * is projected), the plan's first year for a target already due, or for a
   * standing standard the year that decides it.
   */
  readonly year: string;
  /** The trajectory point the judgement rests on (the last plan year for a projection). */
  readonly value: Located<PlanValue>;
  /** The figure compared with the requirement: the point's value, or the projection. */
  readonly actual: number;
  readonly projection?: Projection;
  readonly standing?: StandingPath;
  /** What the plan must reach: the rate, or the fair share of a count. */
  readonly required: number;
  readonly fairShare?: FairShare;
  readonly meets: boolean;
  /** Shortfall as a share of the requirement (0 when met). */
  readonly shortfall: number;
  /** The full judgement, for targets read through the target model (scales, milestones, per-organisation rules). */
  readonly judgement?: TargetJudgement;
}

export type TargetAssessment =
  | { readonly kind: 'no-target' }
  | { readonly kind: 'unconfirmed'; readonly target: CatalogTarget }
  | { readonly kind: 'no-trajectory'; readonly target: CatalogTarget }
  | { readonly kind: 'no-population'; readonly target: CatalogTarget }
  | { readonly kind: 'missing-year'; readonly target: CatalogTarget; readonly year: string; readonly projection: boolean }
  | { readonly kind: 'unit-mismatch'; readonly target: CatalogTarget; readonly year: string; readonly value: Located<PlanValue> }
  | Assessed;
