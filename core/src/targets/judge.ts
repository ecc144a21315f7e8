import type { CatalogCommitment, CatalogTarget } from '../catalog/types';
import type { CommitmentResponse, OrganisationLine, OrganisationType, YearlySeries } from '../model/types';
import { formatNumber, formatPopulation } from '../model/values';
import type { Range } from '../text/positions';
import { readMilestone, type PlanYears, type Reading } from './milestones';
import { appliesToWords, organisationRequirement, organisationsUnder } from './organisations';
import { derivedSystemLine, measuredSeries, type Measured } from './series';
import type { TargetMilestone } from './model';
import { timedLines, timingProblem } from './timing';
import { describeRequired, describeUnitGap, describeValue, directionWords, timingWords, unitName } from './wording';

/** What judging a target needs to know about the plan. */
export interface JudgeContext extends PlanYears {
  readonly population?: number;
  readonly basePopulation?: number;
  /** Footprint organisations and their types. */
  readonly organisations?: ReadonlyMap<string, OrganisationType | undefined>;
}

/** One comparison: the system line or one organisation's line against one milestone or rule. */
export interface TargetCheck {
  /** The organisation judged, or undefined for the system line. */
  readonly organisation?: string;
  readonly milestone: TargetMilestone;
  readonly reading: Reading;
  readonly required: number;
  readonly meets: boolean;
  /** The national count and its population share, for count targets. */
  readonly fairShare?: { readonly national: number; readonly population: number; readonly basePopulation: number };
  readonly message: string;
}

export interface TargetJudgement {
  readonly target: CatalogTarget;
  readonly checks: readonly TargetCheck[];
  /** Things that stop a line being judged: another unit, a missing baseline, organisations without a line. One per cause. */
  readonly problems: readonly { readonly message: string; readonly range: Range }[];
  /** Where the system line came from. */
  readonly systemLine: 'given' | 'derived' | 'none';
}

/**
 * Whether a target needs the full target model (scales beyond count and
 * rate, timings, several milestones, per-organisation rules or lines, a
 * response stating its own timing) rather than the single-figure comparison.
 */
export function usesTargetModel(target: CatalogTarget, response: Pick<CommitmentResponse, 'organisations' | 'timing'>): boolean {
  return (
    (target.scale !== 'count' && target.scale !== 'rate') ||
    target.milestones.length > 1 ||
    target.timing !== 'year-end' ||
    target.organisations !== undefined ||
    response.organisations.length > 0 ||
    response.timing !== undefined
  );
}

/** Judges a response against every dated milestone of its commitment's target, on the system line and each organisation's. */
export function judgeTarget(response: CommitmentResponse, commitment: CatalogCommitment, context: JudgeContext): TargetJudgement | undefined {
  const target = commitment.target;
  if (!target || !target.confirmed) return undefined;
  const checks: TargetCheck[] = [];
  const problems: { message: string; range: Range }[] = [];

  const derived = response.trajectory ? undefined : derivedSystemLine(target, response.organisations);
  const system = response.trajectory ?? derived;
  if (system) {
    const measured = measuredSeries(target, system, response.baseline);
    const problem = measureProblem(measured, target, 'the trajectory');
    if (problem) problems.push(problem);
    if (measured.kind === 'ok') {
      for (const milestone of target.milestones) {
        if (!milestone.confirmed) continue;
        const reading = readMilestone(measured.points, milestone.by, context, { standing: target.standing, direction: target.direction });
        if (!reading) continue;
        const requirement = systemRequirement(target, milestone, context);
        if (!requirement) continue;
        checks.push(check(target, milestone, reading, requirement.required, requirement.fairShare));
      }
    }
  }

  const rule = target.organisations;
  const ruled = rule && rule.confirmed && context.organisations ? organisationsUnder(rule, context.organisations) : [];
  const ruleMilestone: TargetMilestone | undefined = rule ? (target.milestones.find((m) => m.by === rule.by) ?? { value: target.value, by: rule.by, timing: target.timing, confirmed: true }) : undefined;
  const timing = timingProblem(target, timedLines(response, target.milestones, (id) => (ruled.includes(id) ? ruleMilestone : undefined)));
  if (timing) problems.push(timing);
  if (rule && rule.confirmed && context.organisations && ruleMilestone) {
    const applies = ruled;
    const missing = applies.filter((id) => !response.organisations.some((line) => line.id.value === id && line.trajectory));
    if (missing.length > 0) {
      problems.push({
        message: `the target applies to ${appliesToWords(rule)}: give ${missing.map((id) => `\`${id}\``).join(', ')} a baseline and trajectory under \`organisations:\``,
        range: response.id?.range ?? response.range,
      });
    }
    for (const line of response.organisations) {
      if (!applies.includes(line.id.value) || !line.trajectory) continue;
      const organisationCheck = judgeOrganisation(target, rule, ruleMilestone, line, line.trajectory, context, problems);
      if (organisationCheck) checks.push(organisationCheck);
    }
  }
  for (const line of response.organisations) {
    if (ruled.includes(line.id.value)) continue;
    // Lines the rule does not judge must still be in the target's unit.
    if (!line.trajectory) continue;
    const problem = measureProblem(measuredSeries(target, line.trajectory, line.baseline), target, `\`${line.id.value}\`'s trajectory`);
    if (problem) problems.push(problem);
  }
  // A plan mixing units hears it once per block, not once per line.
  const firstMismatch = problems.findIndex((p) => p.message.startsWith('the target is measured '));
  const kept = problems.filter((p, i) => i === firstMismatch || !p.message.startsWith('the target is measured '));
  return { target, checks, problems: kept, systemLine: response.trajectory ? 'given' : derived ? 'derived' : 'none' };
}

function judgeOrganisation(
  target: CatalogTarget,
  rule: NonNullable<CatalogTarget['organisations']>,
  milestone: TargetMilestone,
  line: OrganisationLine,
  trajectory: YearlySeries,
  context: JudgeContext,
  problems: { message: string; range: Range }[],
): TargetCheck | undefined {
  const measured = measuredSeries(target, trajectory, line.baseline);
  const problem = measureProblem(measured, target, `\`${line.id.value}\`'s trajectory`);
  if (problem) problems.push(problem);
  if (measured.kind !== 'ok') return undefined;
  const requirement = organisationRequirement(rule, target, line);
  if (!requirement) {
    problems.push({ message: `\`${line.id.value}\` needs a baseline: the rule for ${appliesToWords(rule)} asks for an improvement on each organisation's own starting point`, range: line.id.range });
    return undefined;
  }
  const reading = readMilestone(measured.points, rule.by, context, { standing: false, direction: target.direction });
  if (!reading) return undefined;
  const meets = target.direction === 'increase' ? reading.value >= requirement.required : reading.value <= requirement.required;
  const message = `\`${line.id.value}\`: ${when(milestone, reading)}${describeValue(target, reading.value)} against ${describeRequired(target, requirement.required)} (${requirement.basis}) ${directionWords(target)}: ${describeUnitGap(target, reading.value, requirement.required)}`;
  return { organisation: line.id.value, milestone, reading, required: requirement.required, meets, message };
}

function systemRequirement(target: CatalogTarget, milestone: TargetMilestone, context: JudgeContext): { required: number; fairShare?: TargetCheck['fairShare'] } | undefined {
  if (target.scale !== 'count') return { required: milestone.value.value };
  if (!context.population || !context.basePopulation) return undefined;
  const fairShare = { national: milestone.value.value, population: context.population, basePopulation: context.basePopulation };
  return { required: (fairShare.national * fairShare.population) / fairShare.basePopulation, fairShare };
}

function check(target: CatalogTarget, milestone: TargetMilestone, reading: Reading, required: number, fairShare?: TargetCheck['fairShare']): TargetCheck {
  const meets = target.direction === 'increase' ? reading.value >= required : reading.value <= required;
  const against = fairShare
    ? `a fair share of ${formatNumber(required)} (${formatNumber(fairShare.national)} × ${formatNumber(fairShare.population)} ÷ ${formatPopulation(fairShare.basePopulation)})`
    : describeRequired(target, required);
  const message = `${when(milestone, reading)}${describeValue(target, reading.value)} against ${against} ${directionWords(target)}: ${describeUnitGap(target, reading.value, required)}. The target: ${target.measure}`;
  return { milestone, reading, required, meets, ...(fairShare ? { fairShare } : {}), message };
}

/** "2026/27: ", "March 2027: ", "2028/29 average: ", "projected to 2028/29 (trend from 2027/28): ". */
function when(milestone: TargetMilestone, reading: Reading): string {
  if (reading.projection) return `projected to ${reading.year} from the plan's trend to ${reading.from ?? 'its last year'}${milestone.timing === 'year-average' ? ' (average for the year)' : ''}: `;
  switch (milestone.timing) {
    case 'month':
      return `${timingWords('month', reading.year).replace(/^in /, '')} (${reading.year}): `;
    case 'year-average':
      return `${reading.year} average: `;
    case 'year-end':
      return `${reading.year}: `;
  }
}

function measureProblem(measured: Measured, target: CatalogTarget, what: string): { message: string; range: Range } | undefined {
  switch (measured.kind) {
    case 'ok':
      return undefined;
    case 'mismatch':
      return { message: `the target is measured ${unitName(target)} (${target.measure}), but ${what} gives ${measured.written}: write every year ${unitName(target)}`, range: measured.range };
    case 'needs-baseline':
      return target.scale === 'index'
        ? { message: `${what} gives plain figures: give the ${measured.year ?? 'base year'} level as the baseline ({ year: ${measured.year ?? 'base year'}, value: ... }), or write each year as a percentage of ${measured.year ?? 'the base year'}`, range: measured.range }
        : { message: `${what} gives plain levels: give the starting level as the baseline so the change can be worked out, or write each year's change as a percentage`, range: measured.range };
  }
}
