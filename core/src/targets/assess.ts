import type { CatalogCommitment, CatalogTarget } from '../catalog/types';
import { remember } from '../cache/remember';
import type { CommitmentResponse, YearPoint } from '../model/types';
import { yearStart } from '../model/values';
import type { RuleContext } from '../rules/rule';
import { assessmentOf } from './assessment';
import { judgeTarget, usesTargetModel } from './judge';
import { trendProjection } from './projection';
import { standingPath } from './standing';
import type { Assessed, FairShare, Projection, StandingPath, TargetAssessment, TargetContext } from './types';

export type { Assessed, FairShare, Projection, StandingPath, TargetAssessment, TargetContext } from './types';

/** A count target's share for a footprint: national value × population ÷ England's population. */
export function fairShare(national: number, population: number, basePopulation: number): FairShare {
  return { national, population, basePopulation, value: (national * population) / basePopulation };
}

type PlanFacts = Pick<RuleContext, 'years' | 'manifest' | 'catalogs'>;

/**
 * One target context per plan context (an analysis is never changed once
 * made), so that the rule, coverage, completion and hover, asking about
 * the same response, share one assessment (see `assessTarget`).
 */
const contexts = new WeakMap<PlanFacts, TargetContext>();

/**
 * The latest target context made from each manifest, by framework. A context
 * is read from the manifest and the framework alone, so the next analysis of
 * the plan (a chapter edited, plan.yaml not) gets the same object, and the
 * assessments of every response the edit left alone are found, not made again.
 */
const latest = new WeakMap<NonNullable<PlanFacts['manifest']>, Map<PlanFacts['catalogs']['framework'], TargetContext>>();

/** The plan facts a target comparison needs, read from a plan's rule context. */
export function targetContextOf(plan: PlanFacts): TargetContext {
  return remember(contexts, plan, () => {
    const made: TargetContext = {
      planStart: plan.years[0],
      planEnd: plan.years[plan.years.length - 1],
      population: plan.manifest?.population?.value,
      basePopulation: plan.catalogs.framework?.population?.value,
      organisations: new Map((plan.manifest?.organisations ?? []).map((o) => [o.id.value, o.type])),
    };
    if (!plan.manifest) return made;
    const byFramework = remember(latest, plan.manifest, () => new Map<PlanFacts['catalogs']['framework'], TargetContext>());
    const previous = byFramework.get(plan.catalogs.framework);
    // The years are the manifest's period, but a caller may give others: the same years, or a new context.
    if (previous && previous.planStart === made.planStart && previous.planEnd === made.planEnd) return previous;
    byFramework.set(plan.catalogs.framework, made);
    return made;
  });
}

/** Assessments made, by context, response and commitment: all three are read-only once built. */
const assessments = new WeakMap<TargetContext, WeakMap<CommitmentResponse, Map<CatalogCommitment, TargetAssessment>>>();

/**
 * Compares a response's trajectory with its commitment's target. This is the
 * single place the tool decides whether a plan meets a national figure; the
 * trajectory-target rule, coverage and the code lens all read it.
 *
 * The comparison depends on the target's timing, each in its own function:
 * a target due within the plan (judged in its year), a standing standard
 * (judged over every year it applies), and a target due after the plan
 * (the recent trend projected to the target year).
 */
export function assessTarget(response: CommitmentResponse, commitment: CatalogCommitment, context: TargetContext): TargetAssessment {
  const byResponse = remember(assessments, context, () => new WeakMap<CommitmentResponse, Map<CatalogCommitment, TargetAssessment>>());
  const byCommitment = remember(byResponse, response, () => new Map<CatalogCommitment, TargetAssessment>());
  return remember(byCommitment, commitment, () => assess(response, commitment, context));
}

function assess(response: CommitmentResponse, commitment: CatalogCommitment, context: TargetContext): TargetAssessment {
  const target = commitment.target;
  if (!target) return { kind: 'no-target' };
  if (!target.confirmed) return { kind: 'unconfirmed', target };
  if (usesTargetModel(target, response)) {
    const judgement = judgeTarget(response, commitment, context);
    if (judgement) return assessmentOf(judgement, Boolean(response.trajectory) || response.organisations.length > 0);
  }
  if (!response.trajectory || response.trajectory.points.length === 0) return { kind: 'no-trajectory', target };
  const points = [...response.trajectory.points].sort((a, b) => (yearStart(a.year.value) ?? 0) - (yearStart(b.year.value) ?? 0));
  if (target.standing) return assessStanding(target, points, context);
  if (isAfterPlan(target, context)) return assessProjected(target, points, context);
  return assessDue(target, points, context);
}

/** A target due within the plan: its year, or the plan's first year when it fell due before the plan began. */
function assessDue(target: CatalogTarget, points: readonly YearPoint[], context: TargetContext): TargetAssessment {
  const year = firstApplicableYear(target, context);
  const point = points.find((p) => p.year.value === year);
  if (!point) return { kind: 'missing-year', target, year, projection: false };
  return compare(target, [point], context, (required, meets) => {
    const actual = point.value.value.value;
    return { year, value: point.value, actual, meets: meets(actual), shortfall: shortfallOf(required, actual, meets(actual)) };
  });
}

/** A standing standard: every year from the year it applies to the end of the plan. */
function assessStanding(target: CatalogTarget, points: readonly YearPoint[], context: TargetContext): TargetAssessment {
  const from = yearStart(firstApplicableYear(target, context)) ?? 0;
  const end = context.planEnd ? yearStart(context.planEnd) : undefined;
  const inScope = points.filter((p) => {
    const start = yearStart(p.year.value);
    return start !== undefined && start >= from && (end === undefined || start <= end);
  });
  if (inScope.length === 0) return { kind: 'missing-year', target, year: firstApplicableYear(target, context), projection: false };
  return compare(target, inScope, context, (required, meets) => {
    const path: StandingPath = standingPath(inScope.map((p) => ({ year: p.year.value, meets: meets(p.value.value.value) })));
    const decisive = decisivePoint(path, inScope, target, meets);
    const actual = decisive.value.value.value;
    return { year: decisive.year.value, value: decisive.value, actual, standing: path, meets: path.outcome === 'held', shortfall: shortfallOf(required, actual, meets(actual)) };
  });
}

/** A target due after the plan: the trend of the plan's last years carried on to the target year. */
function assessProjected(target: CatalogTarget, points: readonly YearPoint[], context: TargetContext): TargetAssessment {
  const planEnd = context.planEnd ?? target.by;
  const end = yearStart(planEnd) ?? 0;
  const inPlan = points.filter((p) => (yearStart(p.year.value) ?? Infinity) <= end);
  const last = inPlan[inPlan.length - 1];
  if (!last || last.year.value !== planEnd) return { kind: 'missing-year', target, year: planEnd, projection: true };
  const trend = inPlan.slice(-3);
  return compare(target, trend, context, (required, meets) => {
    const projection: Projection = trendProjection(
      trend.map((p) => ({ year: p.year.value, value: p.value.value.value })),
      target.by,
      last.value.value.kind,
    );
    const actual = projection.value;
    return { year: target.by, value: last.value, actual, projection, meets: meets(actual), shortfall: shortfallOf(required, actual, meets(actual)) };
  });
}

type Judged = Pick<Assessed, 'year' | 'value' | 'actual' | 'meets' | 'shortfall'> & Partial<Pick<Assessed, 'projection' | 'standing'>>;

/** The checks every timing shares: the unit of each point used, then the requirement (rate, or fair share of a count). */
function compare(
  target: CatalogTarget,
  used: readonly YearPoint[],
  context: TargetContext,
  judge: (required: number, meets: (actual: number) => boolean) => Judged,
): TargetAssessment {
  const targetIsPercent = target.value.kind === 'percent';
  const wrongUnit = used.find((p) => (p.value.value.kind === 'percent') !== targetIsPercent);
  if (wrongUnit) return { kind: 'unit-mismatch', target, year: wrongUnit.year.value, value: wrongUnit.value };
  let required = target.value.value;
  let share: FairShare | undefined;
  if (target.scale === 'count') {
    if (!context.population || !context.basePopulation) return { kind: 'no-population', target };
    share = fairShare(target.value.value, context.population, context.basePopulation);
    required = share.value;
  }
  const meets = (actual: number) => (target.direction === 'increase' ? actual >= required : actual <= required);
  return { kind: 'assessed', target, required, ...(share ? { fairShare: share } : {}), ...judge(required, meets) };
}

/** Shortfall as a share of the requirement: 0 when met, 1 (all of it) when the requirement is zero. */
function shortfallOf(required: number, actual: number, meets: boolean): number {
  if (meets) return 0;
  return required === 0 ? 1 : Math.abs(required - actual) / Math.abs(required);
}

/** The point that decides a standing standard: the worst year when held, the first year it falls back after being met, else the worst year below it. */
function decisivePoint(path: StandingPath, points: readonly YearPoint[], target: CatalogTarget, meets: (actual: number) => boolean): YearPoint {
  if (path.outcome === 'slips') {
    const firstMet = points.findIndex((p) => meets(p.value.value.value));
    const fallback = points.slice(firstMet).find((p) => !meets(p.value.value.value));
    if (fallback) return fallback;
  }
  if (path.outcome === 'never') return points[points.length - 1] ?? (points[0] as YearPoint);
  const worse = (a: YearPoint, b: YearPoint) => (target.direction === 'increase' ? a.value.value.value < b.value.value.value : a.value.value.value > b.value.value.value);
  return points.reduce((worst, p) => (worse(p, worst) ? p : worst));
}

/** The target year, or the plan's first year when the target fell due before the plan began. */
function firstApplicableYear(target: CatalogTarget, context: TargetContext): string {
  const by = yearStart(target.by);
  const start = context.planStart ? yearStart(context.planStart) : undefined;
  return by !== undefined && start !== undefined && by < start && context.planStart ? context.planStart : target.by;
}

function isAfterPlan(target: CatalogTarget, context: TargetContext): boolean {
  const by = yearStart(target.by);
  const end = context.planEnd ? yearStart(context.planEnd) : undefined;
  return by !== undefined && end !== undefined && by > end;
}
