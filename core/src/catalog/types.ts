import type { Range } from '../text/positions';
import type { PlanValue } from '../model/values';

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
  /** count: compared as a population fair share; rate: compared as it stands. */
  readonly scale: 'count' | 'rate';
  readonly direction: 'increase' | 'decrease';
  readonly by: string;
  /** False where the figure is unconfirmed: shown to users, never enforced. */
  readonly confirmed: boolean;
  /** A standard to meet in every year from `by` (checked at the plan's worst year), not a level to reach once. */
  readonly standing: boolean;
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
  readonly population?: { readonly value: number; readonly year: number; readonly confirmed: boolean };
  readonly areas: readonly { readonly id: string; readonly title: string }[];
  readonly commitments: readonly CatalogCommitment[];
  readonly assumptions: readonly CatalogAssumption[];
  readonly thresholds: ReadonlyMap<string, CatalogThreshold>;
}
