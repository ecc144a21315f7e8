import type { Range } from '../text/positions';
import type { PlanValue } from '../model/values';
import type { ChangeBasis, DurationUnit, OrganisationRule, TargetMilestone, TargetScale, TargetTiming } from '../targets/model';

export type CommitmentKind = 'foundational' | 'transformation' | 'requirement';

export interface CatalogSource {
  readonly title: string;
  readonly ref?: string;
  readonly url?: string;
  readonly note?: string;
}

export interface CatalogTarget {
  readonly measure: string;
  readonly value: PlanValue;
  /** count: compared as a population fair share; rate: compared as it stands; see TargetScale for the rest. */
  readonly scale: TargetScale;
  readonly direction: 'increase' | 'decrease';
  readonly by: string;
  /** The unit of a duration target. */
  readonly unit?: DurationUnit;
  /** The year an index target is a percentage of. */
  readonly baseYear?: string;
  /** How a change target is measured. */
  readonly change?: ChangeBasis;
  /** When the value is read (year-end unless the catalog says otherwise). */
  readonly timing: TargetTiming;
  /** Every dated value, earliest first: the target's own `value`/`by` and its further `milestones`. */
  readonly milestones: readonly TargetMilestone[];
  /** A rule each organisation of a type must meet, where the framework sets one. */
  readonly organisations?: OrganisationRule;
  /** False where the figure is unconfirmed: shown to users, never enforced. */
  readonly confirmed: boolean;
  /**
   * A standard that holds in every year once reached, not a level to reach
   * once. A trajectory may recover to it within the plan period unless
   * `inYear` says it is expected in every year from `by`.
   */
  readonly standing: boolean;
  /** With `standing`: expected in every year from `by`, with no recovery period. */
  readonly inYear: boolean;
  /** An "up to" figure: an ambition or ceiling, not a floor; falling short is information. */
  readonly ambition: boolean;
  readonly note?: string;
}

export interface CatalogCommitment {
  readonly id: string;
  readonly area: string;
  readonly kind: CommitmentKind;
  readonly title: string;
  readonly summary: string;
  readonly deadline?: string;
  readonly target?: CatalogTarget;
  readonly source?: CatalogSource;
  readonly guidance: string;
  /** Rules (`rule` or `rule/check`) whose findings judge this commitment; empty when a target or nothing does. */
  readonly evidencedBy: readonly string[];
  /** Severity of a missing response, where it differs from the kind's default. */
  readonly missingSeverity?: 'error' | 'warning' | 'information';
  readonly catalogId: string;
  readonly uri: string;
  /** The whole entry, and its id value, in the catalog file. */
  readonly range: Range;
  readonly idRange: Range;
}

export interface CatalogAssumption {
  readonly id: string;
  readonly title: string;
  readonly min?: PlanValue;
  readonly max?: PlanValue;
  readonly evidence: string;
  readonly heuristic: boolean;
  readonly source?: CatalogSource;
}

export interface CatalogThreshold {
  readonly value: PlanValue;
  readonly evidence: string;
  readonly heuristic: boolean;
  readonly source?: CatalogSource;
}

export interface Catalog {
  readonly id: string;
  readonly title: string;
  readonly uri: string;
  readonly builtin: boolean;
  readonly period?: { readonly start: string; readonly end: string };
  /** England's population in the catalog's base year, for fair shares. */
  readonly population?: {
    readonly value: number;
    readonly year: number;
    readonly confirmed: boolean;
    readonly vintage?: string;
    readonly source?: CatalogSource;
  };
  readonly version?: string;
  readonly source?: CatalogSource;
  readonly areas: readonly { readonly id: string; readonly title: string }[];
  readonly commitments: readonly CatalogCommitment[];
  readonly assumptions: readonly CatalogAssumption[];
  readonly thresholds: ReadonlyMap<string, CatalogThreshold>;
  /** Every source URL in the file, where it is written (for document links). */
  readonly links: readonly CatalogLink[];
}

export interface CatalogLink {
  readonly url: string;
  readonly range: Range;
}
