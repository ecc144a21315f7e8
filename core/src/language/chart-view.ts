import type { CatalogCommitment, CatalogTarget } from '../catalog/types';
import type { CommitmentResponse, YearlySeries, BaselineValue } from '../model/types';
import { yearStart } from '../model/values';
import type { RuleContext } from '../rules/rule';
import { assessTarget, targetContextOf } from '../targets/assess';
import { judgeTarget, usesTargetModel } from '../targets/judge';
import { organisationRequirement, organisationsUnder } from '../targets/organisations';
import { measuredSeries } from '../targets/series';
import type { TargetTiming } from '../targets/model';

interface Point {
  readonly year: string;
  readonly value: number;
}

/** What a chart of one response shows beyond its own figures: the target's dates, unit and direction, and each organisation's line. */
export interface ChartFacts {
  readonly unit: 'number' | 'percent';
  /** "minutes", "% of 2019/20", "%", "number". */
  readonly unitLabel: string;
  readonly direction?: 'increase' | 'decrease';
  /** The system line in the target's measure (an index or change worked out from levels where it can be). */
  readonly points: readonly Point[];
  readonly baseline?: Point;
  /** Every dated value of the target (fair shares for counts), the one judged first. */
  readonly targets: readonly { readonly year: string; readonly value: number; readonly label: string; readonly timing?: string; readonly confirmed: boolean }[];
  /** A standing standard: one level for every year. */
  readonly standard?: { readonly year: string; readonly value: number };
  readonly projection?: { readonly from: Point; readonly to: Point };
  readonly organisations: readonly { readonly id: string; readonly name: string; readonly points: readonly Point[]; readonly floor?: Point & { readonly basis: string } }[];
}

const TIMING_WORDS: Readonly<Record<TargetTiming, string>> = { month: 'in March', 'year-average': 'as the average for the year', 'year-end': 'by the end of the year' };

/** The chart of a response against its commitment's target, or undefined when it has no figures to draw. */
export function chartFacts(response: CommitmentResponse, commitment: CatalogCommitment, context: Pick<RuleContext, 'years' | 'manifest' | 'catalogs'>): ChartFacts | undefined {
  const target = commitment.target;
  const lines = response.organisations.filter((line) => line.trajectory && line.trajectory.points.length > 0);
  if ((!response.trajectory || response.trajectory.points.length === 0) && lines.length === 0) return undefined;
  const targetContext = targetContextOf(context);
  const measured = response.trajectory ? inMeasure(target, response.trajectory, response.baseline) : { points: [], converted: false };
  const system = measured.points;
  const names = new Map((context.manifest?.organisations ?? []).map((o) => [o.id.value, o.name]));
  const rule = target?.organisations;
  const ruled = rule && rule.confirmed && targetContext.organisations ? organisationsUnder(rule, targetContext.organisations) : [];

  const lineMeasures = lines.map((line) => (line.trajectory ? inMeasure(target, line.trajectory, line.baseline) : { points: [], converted: false }));
  const organisations = lines.map((line, i) => {
    const requirement = target && rule && ruled.includes(line.id.value) ? organisationRequirement(rule, target, line) : undefined;
    return {
      id: line.id.value,
      name: names.get(line.id.value) ?? line.id.value,
      points: lineMeasures[i]?.points ?? [],
      ...(requirement && rule ? { floor: { year: rule.by, value: requirement.required, basis: requirement.basis } } : {}),
    };
  });

  const assessment = target ? assessTarget(response, commitment, targetContext) : undefined;
  const judgement = target && usesTargetModel(target, response) ? judgeTarget(response, commitment, targetContext) : undefined;
  const projected = judgement?.checks.find((c) => !c.organisation && c.reading.projection) ?? undefined;
  const last = system[system.length - 1];
  const projection = projected && last ? { from: last, to: { year: projected.reading.year, value: projected.reading.value } } : assessment?.kind === 'assessed' && assessment.projection && last ? { from: last, to: { year: assessment.year, value: assessment.projection.value } } : undefined;

  const first = response.trajectory?.points[0]?.value.value.kind ?? lines[0]?.trajectory?.points[0]?.value.value.kind ?? 'number';
  const baselineValue = response.baseline?.value?.value;
  const baseline = response.baseline?.year && baselineValue && (!target || target.scale === 'count' || target.scale === 'rate' || target.scale === 'duration') ? { year: response.baseline.year.value, value: baselineValue.value } : undefined;
  return {
    // The figures as drawn: the plan's own kind, or percentages where levels were turned into an index or
    // change (the system's line, or with none the first organisation's, as `first` is read).
    unit: (system.length > 0 ? measured.converted : lineMeasures[0]?.converted) ? 'percent' : first,
    unitLabel: target ? unitLabel(target) : first === 'percent' ? '%' : 'number',
    ...(target ? { direction: target.direction } : {}),
    points: system,
    ...(baseline ? { baseline } : {}),
    targets: target && !target.standing ? targetMarks(target, targetContext, context.years[0]) : [],
    ...(target?.standing && target.confirmed ? { standard: { year: target.by, value: target.value.value } } : {}),
    ...(projection ? { projection } : {}),
    organisations,
  };
}

function unitLabel(target: CatalogTarget): string {
  switch (target.scale) {
    case 'duration':
      return target.unit ?? 'minutes';
    case 'index':
      return `% of ${target.baseYear ?? 'the base year'}`;
    case 'change':
      return target.change === 'per-year' ? '% change a year' : '% change on the baseline';
    case 'rate':
      return '%';
    case 'count':
      return 'number';
  }
}

/** Each dated value; a count's as the plan's fair share; one already due before the plan is placed at the plan's first year. */
function targetMarks(target: CatalogTarget, context: ReturnType<typeof targetContextOf>, planStart: string | undefined): ChartFacts['targets'] {
  return target.milestones.flatMap((m) => {
    const confirmed = target.confirmed && m.confirmed;
    let value = m.value.value;
    if (target.scale === 'count') {
      if (!context.population || !context.basePopulation) return [];
      value = (value * context.population) / context.basePopulation;
    }
    const early = planStart !== undefined && (yearStart(m.by) ?? 0) < (yearStart(planStart) ?? 0);
    return [{ year: early ? planStart : m.by, value, label: target.scale === 'count' ? 'fair share' : 'target', timing: TIMING_WORDS[m.timing], confirmed }];
  });
}

/** A line in the target's measure where it can be worked out, otherwise as written. */
function inMeasure(target: CatalogTarget | undefined, series: YearlySeries, baseline: BaselineValue | undefined): { points: Point[]; converted: boolean } {
  const plain = series.points.every((p) => p.value.value.kind === 'number');
  if (target && (target.scale === 'index' || target.scale === 'change') && plain) {
    const measured = measuredSeries(target, series, baseline);
    if (measured.kind === 'ok') return { points: measured.points.map((p) => ({ year: p.year, value: p.value })), converted: true };
  }
  const points = [...series.points]
    .sort((a, b) => (yearStart(a.year.value) ?? 0) - (yearStart(b.year.value) ?? 0))
    .map((p) => ({ year: p.year.value, value: p.value.value.value }));
  return { points, converted: false };
}
