import { formatPlanValue } from '../model/values';
import type { Catalog, CatalogSource, CatalogTarget } from './types';

/** A catalog's header and every commitment, as plain data for `planwright catalog` and the generated docs. */
export interface CatalogListing {
  readonly id: string;
  readonly title: string;
  readonly version: string | null;
  readonly period: { readonly start: string; readonly end: string } | null;
  readonly builtin: boolean;
  readonly population: {
    readonly value: number;
    readonly year: number;
    readonly confirmed: boolean;
    readonly vintage: string | null;
    readonly source: CatalogSource | null;
  } | null;
  readonly source: CatalogSource | null;
  readonly commitments: readonly CommitmentListing[];
}

export interface CommitmentListing {
  readonly id: string;
  readonly kind: string;
  readonly area: string;
  readonly areaTitle: string;
  readonly title: string;
  readonly deadline: string | null;
  readonly target: TargetListing | null;
  readonly source: CatalogSource | null;
}

export interface TargetListing {
  readonly measure: string;
  /** As written in the catalog: "65%", "30", "-10%". */
  readonly value: string;
  readonly scale: string;
  readonly unit: string | null;
  readonly baseYear: string | null;
  readonly change: string | null;
  readonly direction: string;
  readonly timing: string;
  readonly by: string;
  readonly standing: boolean;
  /** An "up to" figure: an ambition, not a floor. */
  readonly ambition: boolean;
  readonly confirmed: boolean;
  /** Every dated value, the target's own first. */
  readonly milestones: readonly { readonly value: string; readonly by: string; readonly timing: string; readonly confirmed: boolean }[];
  readonly organisations: {
    readonly appliesTo: string;
    readonly floor: string | null;
    readonly improvement: string | null;
    readonly improvementAs: string;
    readonly whichever: string;
    readonly by: string;
    readonly confirmed: boolean;
    readonly note: string | null;
  } | null;
  readonly note: string | null;
}

/** One catalog's listing. */
export function catalogListing(catalog: Catalog): CatalogListing {
  const areaTitle = (id: string) => catalog.areas.find((a) => a.id === id)?.title ?? id;
  return {
    id: catalog.id,
    title: catalog.title,
    version: catalog.version ?? null,
    period: catalog.period ?? null,
    builtin: catalog.builtin,
    population: catalog.population
      ? {
          value: catalog.population.value,
          year: catalog.population.year,
          confirmed: catalog.population.confirmed,
          vintage: catalog.population.vintage ?? null,
          source: catalog.population.source ?? null,
        }
      : null,
    source: catalog.source ?? null,
    commitments: catalog.commitments.map((c) => ({
      id: c.id,
      kind: c.kind,
      area: c.area,
      areaTitle: areaTitle(c.area),
      title: c.title,
      deadline: c.deadline ?? null,
      target: c.target ? targetListing(c.target) : null,
      source: c.source ?? null,
    })),
  };
}

function targetListing(target: CatalogTarget): TargetListing {
  const rule = target.organisations;
  return {
    measure: target.measure,
    value: formatPlanValue(target.value),
    scale: target.scale,
    unit: target.unit ?? null,
    baseYear: target.baseYear ?? null,
    change: target.change ?? null,
    direction: target.direction,
    timing: target.timing,
    by: target.by,
    standing: target.standing,
    ambition: target.ambition,
    confirmed: target.confirmed,
    milestones: target.milestones.map((m) => ({ value: formatPlanValue(m.value), by: m.by, timing: m.timing, confirmed: m.confirmed })),
    organisations: rule
      ? {
          appliesTo: rule.appliesTo,
          floor: rule.floor ? formatPlanValue(rule.floor) : null,
          improvement: rule.improvement ? formatPlanValue(rule.improvement) : null,
          improvementAs: rule.improvementAs,
          whichever: rule.whichever,
          by: rule.by,
          confirmed: rule.confirmed,
          note: rule.note ?? null,
        }
      : null,
    note: target.note ?? null,
  };
}
