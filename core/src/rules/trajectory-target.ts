import { assessTarget, targetContextOf, type Assessed } from '../targets/assess';
import { describeComparison, describeShortfall } from '../targets/describe';
import type { FindingFix } from '../findings';
import type { CommitmentResponse, YearlySeries } from '../model/types';
import { formatNumber, formatPlanValue } from '../model/values';
import { judgementFindings } from '../targets/assessment';
import { judgeTarget, usesTargetModel } from '../targets/judge';
import { eachResponse, type ResponseFacts } from './per-response';
import type { Report, Rule } from './rule';

export const trajectoryTarget: Rule = {
  meta: {
    id: 'trajectory-target',
    defaultSeverity: 'warning',
    description:
      'A trajectory that misses its commitment\'s confirmed target (or this plan\'s fair share of a national count): by the target year, on the projected trend for a target due after the plan, or in any year for a standing standard it never reaches or falls back from; a status of on-track that contradicts it.',
  },
  check(context, report) {
    // Each response alone, kept with its result while plan.yaml and the catalogs stay the same (per-response.ts).
    const needsPopulation = eachResponse(context, 'trajectory-target', report, checkResponse);
    // Said once for the plan, whichever count target needs the population.
    const manifest = context.manifest;
    if (!needsPopulation || !manifest) return;
    const message = manifest.population?.value
      ? `the ${context.catalogs.framework?.id ?? 'plan\'s'} framework gives no England population, so fair shares of national count targets cannot be worked out`
      : 'footprint.population is missing: fair shares of national count targets cannot be worked out without it';
    report({ message, uri: manifest.uri, range: manifest.planRange });
  },
};

/** One response's findings; true when a count target needs a population the plan or its framework lacks. */
function checkResponse(response: CommitmentResponse, facts: ResponseFacts, report: (finding: Report) => void): boolean {
  let needsPopulation = false;
  const commitment = response.id ? facts.catalogs.commitment(response.id.value) : undefined;
  if (!commitment || response.status?.value === 'not-applicable') return false;
  const target = commitment.target;
  const judgement = target && usesTargetModel(target, response) ? judgeTarget(response, commitment, targetContextOf(facts)) : undefined;
  if (judgement) {
    const { population: footprint, basePopulation } = targetContextOf(facts);
    if (target?.scale === 'count' && (response.trajectory || response.organisations.length > 0) && (!footprint || !basePopulation)) needsPopulation = true;
    // Targets read through the target model: one finding per failing check or problem.
    for (const found of judgementFindings(judgement)) report({ ...found, uri: response.uri, data: { commitment: commitment.id } });
    const missed = judgement.checks.find((c) => !c.meets);
    if (missed && response.status?.value === 'on-track') {
      report({
        message: `status is on-track, but the trajectory misses the target (${missed.organisation ? `\`${missed.organisation}\`, ` : ''}${missed.reading.year}): change the status to at-risk or off-track, or the trajectory`,
        uri: response.uri,
        range: response.status.range,
        data: { commitment: commitment.id },
      });
    }
    return needsPopulation;
  }
  const assessment = assessTarget(response, commitment, targetContextOf(facts));
  switch (assessment.kind) {
    case 'assessed':
      reportAssessed(assessment, response, commitment.id, report);
      break;
    case 'unit-mismatch': {
      const targetIsPercent = assessment.target.value.kind === 'percent';
      const fractions = targetIsPercent ? fractionsAsPercent(response.trajectory, response.uri) : undefined;
      if (fractions) {
        // 0.92 against a 92% target: a share written as a fraction. Said once for the block.
        const written = assessment.value.value.value;
        report({
          message: `${formatNumber(written)} = ${formatNumber(written * 100)}%? The target is a percentage (${formatPlanValue(assessment.target.value)}): write the trajectory as percentages, like ${formatNumber(written * 100)}% (${assessment.target.measure})`,
          uri: response.uri,
          range: assessment.value.range,
          data: { commitment: commitment.id, fix: fractions },
        });
        break;
      }
      report({
        message: `the target is ${targetIsPercent ? 'a percentage' : 'a number'} (${formatPlanValue(assessment.target.value)}) but ${assessment.year} gives ${targetIsPercent ? 'a plain number' : 'a percentage'} (${formatPlanValue(assessment.value.value)}): write the trajectory in the target's unit (${assessment.target.measure})`,
        uri: response.uri,
        range: assessment.value.range,
        data: { commitment: commitment.id },
      });
      break;
    }
    case 'no-population':
      needsPopulation = true;
      break;
    default:
      // No target, an unconfirmed one (shown, never enforced), no trajectory
      // (coverage counts it as answered) or a missing year (trajectory-period).
      break;
  }
  return needsPopulation;
}

function reportAssessed(assessment: Assessed, response: CommitmentResponse, commitment: string, report: (finding: Report) => void): void {
  if (assessment.meets) return;
  const { target } = assessment;
  const data = { commitment };
  const path = assessment.standing;
  if (path?.outcome === 'recovers' && !target.inYear) {
    // A recovery within the plan period is what a standing standard asks of a plan that starts below it: said once, as information.
    const reached = response.trajectory?.points.find((p) => p.year.value === path.reached);
    report({
      message: `${commitment} is a standing standard (${formatPlanValue(target.value)}): the trajectory recovers to it in ${path.reached ?? assessment.year} and holds it to the end of the plan (lowest: ${describeComparison(assessment)}, ${describeShortfall(assessment)})`,
      uri: response.uri,
      range: reached?.value.range ?? assessment.value.range,
      severity: 'information',
      data,
    });
    return;
  }
  const standing = path ? ` ${standingWords(assessment)}` : '';
  const ambition = target.ambition ? ` This is an ambition ("up to"), not a floor.` : '';
  report({
    message: `${describeComparison(assessment)}: ${describeShortfall(assessment)}.${standing}${ambition} The target: ${target.measure}`,
    uri: response.uri,
    range: assessment.value.range,
    data,
    ...(target.ambition ? { severity: 'information' as const } : {}),
  });
  if (response.status?.value === 'on-track' && !target.ambition) {
    report({
      message: `status is on-track, but ${path ? `the trajectory ${path.outcome === 'never' ? 'never reaches the standing standard' : path.outcome === 'slips' ? 'falls back below the standing standard' : 'is below the standard'} in ${assessment.year}` : `the trajectory misses the target ${assessment.projection ? `on its trend to ${target.by}` : `in ${assessment.year}`}`}: change the status to at-risk or off-track, or the trajectory`,
      uri: response.uri,
      range: response.status.range,
      data,
    });
  }
}

/** The sentence a standing-standard warning adds: what kind of figure it is and how the trajectory fails it. */
function standingWords(assessment: Assessed): string {
  const value = formatPlanValue(assessment.target.value);
  const path = assessment.standing;
  const inYear = assessment.target.inYear ? ` expected in every year from ${assessment.target.by}` : ', to be reached and then held';
  const how = path?.outcome === 'slips' ? 'the trajectory falls back below it after meeting it' : path?.outcome === 'never' ? 'the trajectory never reaches it' : `the trajectory only reaches it in ${path?.reached ?? 'a later year'}`;
  return `${value} is a standing standard${inYear}: ${how}.`;
}

/**
 * When every figure of a trajectory is a fraction between 0 and 1, the edits
 * that write them as percentages (0.92 → 92%); otherwise undefined.
 */
function fractionsAsPercent(trajectory: YearlySeries | undefined, uri: string): FindingFix | undefined {
  const points = trajectory?.points ?? [];
  const numbers = points.filter((point) => point.value.value.kind === 'number');
  if (numbers.length === 0 || !numbers.every((point) => point.value.value.value >= 0 && point.value.value.value <= 1)) return undefined;
  return {
    title: 'Write the fractions as percentages (0.92 → 92%)',
    edits: numbers.map((point) => ({ uri, range: point.value.range, newText: `${String(Math.round(point.value.value.value * 10000) / 100)}%` })),
    preferred: false,
  };
}
