import type { CoverageStatus } from '../coverage/coverage';
import { yearStart } from '../model/values';
import { consistencyFindings, type ConsistencyFinding } from './consistency';
import type { CommitmentDigest, PlanDigest, TargetDigest } from './digest';

/** The plans read together: one roll-up per framework, and the findings across plans. */
export interface Rollup {
  readonly frameworks: readonly FrameworkRollup[];
  readonly consistency: readonly ConsistencyFinding[];
}

export interface RollupPlan {
  readonly root: string;
  readonly title: string;
  readonly population?: number;
  /** Files or blocks that could not be read: the plan is included, marked incomplete. */
  readonly unreadable: PlanDigest['unreadable'];
  readonly foundational: { readonly answered: number; readonly met: number; readonly total: number };
}

export interface MatrixCell {
  readonly status: CoverageStatus;
  /** The value compared with the target, its year and unit. */
  readonly value?: number;
  readonly unit?: 'number' | 'percent';
  readonly year?: string;
  readonly projection?: boolean;
  readonly fairShare?: number;
  readonly required?: number;
  /** Shortfall as a share of the requirement (0 when met), for assessed cells. */
  readonly shortfall?: number;
  readonly gap: string;
}

export interface MatrixRow {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly kind: string;
  readonly target?: TargetDigest;
  /** One cell per plan, in the order of `plans`; undefined where the plan's catalogs lack the commitment. */
  readonly cells: readonly (MatrixCell | undefined)[];
  readonly counts: Readonly<Record<CoverageStatus, number>>;
}

export interface Excluded {
  readonly root: string;
  readonly title: string;
  readonly why: string;
}

export interface Contribution {
  readonly root: string;
  readonly title: string;
  readonly value: number;
  readonly fairShare: number;
  /** value − fair share for an increase, fair share − value for a decrease: positive is better than needed. */
  readonly balance: number;
}

/** A count target: the plans' trajectories summed per year against the national figure. */
export interface CountSum {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly target: TargetDigest;
  readonly years: readonly { readonly year: string; readonly total: number; readonly plans: number }[];
  /** The year compared: the target year, or the nearest year the plans reach. */
  readonly year: string;
  readonly projection: boolean;
  /** The plans' total in that year (undefined when no plan gives one). */
  readonly total?: number;
  /** total − national target for an increase (national − total for a decrease): positive is a surplus. */
  readonly balance?: number;
  /** The sum of the fair shares of the plans in the total: what the footprints summed should deliver. */
  readonly fairShares: number;
  /** total against the fair shares (same sign convention). */
  readonly balanceAgainstShares?: number;
  readonly contributions: readonly Contribution[];
  readonly excluded: readonly Excluded[];
}

/** A rate target: the population-weighted mean of the plans' values against the national rate. */
export interface RateMean {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly target: TargetDigest;
  readonly years: readonly { readonly year: string; readonly mean: number; readonly population: number; readonly plans: number }[];
  readonly year: string;
  readonly projection: boolean;
  readonly mean?: number;
  readonly meets?: boolean;
  readonly values: readonly { readonly root: string; readonly title: string; readonly value: number; readonly population: number }[];
  readonly excluded: readonly Excluded[];
}

export interface PopulationCover {
  readonly england?: number;
  /** The sum of the footprints' populations (those that give one). */
  readonly covered: number;
  /** england − covered; negative when the footprints add up to more than England. */
  readonly uncovered?: number;
  readonly withoutPopulation: readonly Excluded[];
  /** Organisations in more than one footprint. */
  readonly overlaps: readonly { readonly id: string; readonly name: string; readonly plans: readonly { readonly root: string; readonly title: string }[] }[];
}

export interface FrameworkRollup {
  readonly framework: string | null;
  /** Weakest first (fewest foundational commitments met). */
  readonly plans: readonly RollupPlan[];
  /** Weakest first (most plans missing, then partial). */
  readonly matrix: readonly MatrixRow[];
  readonly counts: readonly CountSum[];
  readonly rates: readonly RateMean[];
  /** Targets on a scale that is not summed across plans (duration, index, ...), named. */
  readonly notSummed: readonly { readonly id: string; readonly title: string; readonly scale: string }[];
  readonly population: PopulationCover;
}

export interface RollupOptions {
  /** Only foundational commitments in the matrix and the sums. */
  readonly foundationalOnly?: boolean;
}


/** Rolls plans up, per framework. Pure arithmetic over digests. */
export function rollUp(digests: readonly PlanDigest[], options: RollupOptions = {}): Rollup {
  const byFramework = new Map<string | null, PlanDigest[]>();
  for (const digest of [...digests].sort((a, b) => compareText(a.root, b.root))) {
    const list = byFramework.get(digest.framework);
    if (list) list.push(digest);
    else byFramework.set(digest.framework, [digest]);
  }
  const frameworks = [...byFramework]
    .sort(([a], [b]) => compareText(a ?? '\uffff', b ?? '\uffff'))
    .map(([framework, plans]) => rollUpFramework(framework, plans, options));
  return { frameworks, consistency: consistencyFindings(digests) };
}

function rollUpFramework(framework: string | null, digests: readonly PlanDigest[], options: RollupOptions): FrameworkRollup {
  const plans = [...digests].sort(weakestPlanFirst);
  const commitments = frameworkCommitments(framework, plans, options);
  const matrix = commitments
    .map((c) => matrixRow(c, plans))
    .map((row, index) => ({ row, index }))
    .sort((a, b) => weakness(b.row) - weakness(a.row) || a.index - b.index)
    .map(({ row }) => row);
  const counts: CountSum[] = [];
  const rates: RateMean[] = [];
  const notSummed: FrameworkRollup['notSummed'][number][] = [];
  for (const c of commitments) {
    const target = c.target;
    if (!target) continue;
    if (target.scale === 'count') counts.push(countSum(c, target, plans));
    else if (target.scale === 'rate') rates.push(rateMean(c, target, plans));
    else notSummed.push({ id: c.id, title: c.title, scale: target.scale });
  }
  return {
    framework,
    plans: plans.map((p) => ({ root: p.root, title: p.title, ...(p.population !== undefined ? { population: p.population } : {}), unreadable: p.unreadable, foundational: foundationalOf(p) })),
    matrix,
    counts,
    rates,
    notSummed,
    population: populationCover(plans),
  };
}

/** The framework's commitments (not local priorities), in catalog order, from every plan. */
function frameworkCommitments(framework: string | null, plans: readonly PlanDigest[], options: RollupOptions): CommitmentDigest[] {
  const seen = new Map<string, CommitmentDigest>();
  for (const plan of plans) {
    for (const c of plan.commitments) {
      if (framework !== null && c.catalogId !== framework) continue;
      if (options.foundationalOnly && c.kind !== 'foundational') continue;
      if (!seen.has(c.id)) seen.set(c.id, c);
    }
  }
  return [...seen.values()];
}

function matrixRow(commitment: CommitmentDigest, plans: readonly PlanDigest[]): MatrixRow {
  const counts: Record<CoverageStatus, number> = { met: 0, answered: 0, partial: 0, missing: 0, 'not-applicable': 0 };
  const cells = plans.map((plan): MatrixCell | undefined => {
    const entry = plan.commitments.find((c) => c.id === commitment.id);
    if (!entry) return undefined;
    counts[entry.status]++;
    const a = entry.assessment;
    if (a?.kind !== 'assessed') return { status: entry.status, gap: entry.gap };
    return {
      status: entry.status,
      value: a.value,
      unit: a.unit,
      year: a.year,
      projection: a.projection,
      required: a.required,
      ...(a.fairShare !== undefined ? { fairShare: a.fairShare } : {}),
      shortfall: a.shortfall,
      gap: entry.gap,
    };
  });
  return { id: commitment.id, title: commitment.title, area: commitment.area, kind: commitment.kind, ...(commitment.target ? { target: commitment.target } : {}), cells, counts };
}

/** Larger is weaker: plans missing the commitment weigh most, then partial answers, then how far short they fall. */
function weakness(row: MatrixRow): number {
  const shortfall = row.cells.reduce((sum, cell) => sum + (cell?.shortfall ?? 0), 0);
  return row.counts.missing * 1000 + row.counts.partial * 10 + Math.min(shortfall, 9.99);
}

function foundationalOf(plan: PlanDigest): RollupPlan['foundational'] {
  const foundational = plan.commitments.filter((c) => c.kind === 'foundational');
  return {
    answered: foundational.filter((c) => c.status !== 'missing').length,
    met: foundational.filter((c) => c.status === 'met' || c.status === 'not-applicable').length,
    total: foundational.length,
  };
}

function weakestPlanFirst(a: PlanDigest, b: PlanDigest): number {
  const fa = foundationalOf(a);
  const fb = foundationalOf(b);
  const share = (f: RollupPlan['foundational']) => (f.total === 0 ? 1 : f.met / f.total);
  return share(fa) - share(fb) || fa.answered - fb.answered || compareText(a.title, b.title) || compareText(a.root, b.root);
}

/** The value each plan gives a commitment, from its chosen response, by year. */
function seriesOf(plan: PlanDigest, id: string): Map<string, { value: number; unit: 'number' | 'percent' }> {
  const entry = plan.commitments.find((c) => c.id === id);
  const response = entry?.chosen !== undefined ? entry.responses[entry.chosen] : undefined;
  return new Map((response?.trajectory ?? []).map((p) => [p.year, { value: p.value, unit: p.unit }]));
}

/**
 * The year a national sum is compared in: the target year when a plan gives
 * it; otherwise the plans' last year before it (a projection) or, when the
 * target fell due before every plan's first year, that first year.
 */
function comparedYear(target: TargetDigest, years: readonly string[]): { year: string; projection: boolean } {
  if (years.includes(target.by) || years.length === 0) return { year: target.by, projection: false };
  const by = yearStart(target.by) ?? 0;
  const before = years.filter((y) => (yearStart(y) ?? 0) < by);
  const last = before[before.length - 1];
  if (last) return { year: last, projection: true };
  return { year: years[0] ?? target.by, projection: false };
}

function sortedYears(all: Iterable<string>): string[] {
  return [...new Set(all)].filter((y) => yearStart(y) !== undefined).sort((a, b) => (yearStart(a) ?? 0) - (yearStart(b) ?? 0));
}

/** A plan whose values for a commitment can be summed or averaged. */
interface Screened {
  readonly plan: PlanDigest;
  readonly population: number;
  /** England's population in the plan's framework; always set for sums. */
  readonly england: number | undefined;
  readonly series: Map<string, number>;
}

/**
 * The plans that answer a commitment with values fit to add up: the rest
 * are named with the reason they were left out (no population, for sums no
 * England population, no trajectory, another unit). The one screen behind
 * the count sums and the rate means.
 */
function screenPlans(commitment: CommitmentDigest, target: TargetDigest, plans: readonly PlanDigest[], purpose: 'sums' | 'weighted mean'): { included: Screened[]; excluded: Excluded[] } {
  const excluded: Excluded[] = [];
  const included: Screened[] = [];
  for (const plan of plans) {
    const entry = plan.commitments.find((c) => c.id === commitment.id);
    if (!entry) continue;
    if (plan.population === undefined) {
      excluded.push({ root: plan.root, title: plan.title, why: `no footprint population: left out of the ${purpose}` });
      continue;
    }
    if (purpose === 'sums' && plan.englandPopulation === undefined) {
      excluded.push({ root: plan.root, title: plan.title, why: 'the framework gives no population for England: no fair share' });
      continue;
    }
    const raw = seriesOf(plan, commitment.id);
    if (raw.size === 0) {
      excluded.push({ root: plan.root, title: plan.title, why: entry.status === 'not-applicable' ? 'not applicable' : entry.status === 'missing' ? 'no response' : 'no trajectory' });
      continue;
    }
    if ([...raw.values()].some((p) => (p.unit === 'percent') !== (target.unit === 'percent'))) {
      excluded.push({ root: plan.root, title: plan.title, why: 'trajectory unit differs from the target' });
      continue;
    }
    included.push({ plan, population: plan.population, england: plan.englandPopulation, series: new Map([...raw].map(([y, p]) => [y, p.value])) });
  }
  return { included, excluded };
}

function countSum(commitment: CommitmentDigest, target: TargetDigest, plans: readonly PlanDigest[]): CountSum {
  const { included, excluded } = screenPlans(commitment, target, plans, 'sums');
  const years = sortedYears(included.flatMap((i) => [...i.series.keys()]));
  const perYear = years.map((year) => {
    const giving = included.filter((i) => i.series.has(year));
    return { year, total: giving.reduce((sum, i) => sum + (i.series.get(year) ?? 0), 0), plans: giving.length };
  });
  const { year, projection } = comparedYear(target, years);
  const contributions: Contribution[] = [];
  for (const i of included) {
    const value = i.series.get(year);
    if (value === undefined) {
      excluded.push({ root: i.plan.root, title: i.plan.title, why: `no value for ${year}` });
      continue;
    }
    const share = (target.value * i.population) / (i.england ?? Number.NaN);
    contributions.push({ root: i.plan.root, title: i.plan.title, value, fairShare: share, balance: signed(target, value, share) });
  }
  const total = contributions.length > 0 ? contributions.reduce((sum, c) => sum + c.value, 0) : undefined;
  const fairShares = contributions.reduce((sum, c) => sum + c.fairShare, 0);
  return {
    id: commitment.id,
    title: commitment.title,
    kind: commitment.kind,
    target,
    years: perYear,
    year,
    projection,
    ...(total !== undefined ? { total, balance: signed(target, total, target.value), balanceAgainstShares: signed(target, total, fairShares) } : {}),
    fairShares,
    contributions: contributions.sort((a, b) => a.balance - b.balance || compareText(a.title, b.title)),
    excluded,
  };
}

function rateMean(commitment: CommitmentDigest, target: TargetDigest, plans: readonly PlanDigest[]): RateMean {
  const { included, excluded } = screenPlans(commitment, target, plans, 'weighted mean');
  const years = sortedYears(included.flatMap((i) => [...i.series.keys()]));
  const perYear = years.map((year) => {
    const giving = included.filter((i) => i.series.has(year));
    const population = giving.reduce((sum, i) => sum + i.population, 0);
    const mean = giving.reduce((sum, i) => sum + (i.series.get(year) ?? 0) * i.population, 0) / population;
    return { year, mean, population, plans: giving.length };
  });
  const { year, projection } = comparedYear(target, years);
  const values: RateMean['values'][number][] = [];
  for (const i of included) {
    const value = i.series.get(year);
    if (value === undefined) excluded.push({ root: i.plan.root, title: i.plan.title, why: `no value for ${year}` });
    else values.push({ root: i.plan.root, title: i.plan.title, value, population: i.population });
  }
  const at = perYear.find((y) => y.year === year);
  return {
    id: commitment.id,
    title: commitment.title,
    kind: commitment.kind,
    target,
    years: perYear,
    year,
    projection,
    ...(at ? { mean: at.mean, meets: signed(target, at.mean, target.value) >= 0 } : {}),
    values: values.sort((a, b) => signed(target, a.value, target.value) - signed(target, b.value, target.value) || compareText(a.title, b.title)),
    excluded,
  };
}

/** How far a value is better than a requirement: positive is better, whatever the direction. */
function signed(target: TargetDigest, value: number, required: number): number {
  return target.direction === 'increase' ? value - required : required - value;
}

function populationCover(plans: readonly PlanDigest[]): PopulationCover {
  const england = plans.find((p) => p.englandPopulation !== undefined)?.englandPopulation;
  const covered = plans.reduce((sum, p) => sum + (p.population ?? 0), 0);
  const owners = new Map<string, { name: string; plans: { root: string; title: string }[] }>();
  for (const plan of plans) {
    for (const org of plan.organisations) {
      const entry = owners.get(org.id) ?? { name: org.name, plans: [] };
      if (!entry.plans.some((p) => p.root === plan.root)) entry.plans.push({ root: plan.root, title: plan.title });
      owners.set(org.id, entry);
    }
  }
  return {
    ...(england !== undefined ? { england, uncovered: england - covered } : {}),
    covered,
    withoutPopulation: plans.filter((p) => p.population === undefined).map((p) => ({ root: p.root, title: p.title, why: 'no footprint population' })),
    overlaps: [...owners]
      .filter(([, o]) => o.plans.length > 1)
      .map(([id, o]) => ({ id, name: o.name, plans: o.plans }))
      .sort((a, b) => compareText(a.id, b.id)),
  };
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

