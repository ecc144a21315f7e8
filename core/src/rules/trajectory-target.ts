import { assessTarget, targetContextOf } from '../coverage/targets';
import { describeComparison, describeGap } from '../coverage/describe';
import { formatPlanValue } from '../model/values';
import type { Rule } from './rule';

export const trajectoryTarget: Rule = {
  meta: {
    id: 'trajectory-target',
    defaultSeverity: 'warning',
    description: 'A trajectory that misses its commitment\'s confirmed target (or this plan\'s fair share of a national count) by the target year, or a status of on-track that contradicts it.',
  },
  check(context, report) {
    const manifest = context.manifest;
    const population = manifest?.population?.value;
    let reportedPopulation = false;
    for (const response of context.responses) {
      const commitment = response.id ? context.catalogs.commitment(response.id.value) : undefined;
      if (!commitment || response.status?.value === 'not-applicable') continue;
      const assessment = assessTarget(response, commitment, targetContextOf(context));
      switch (assessment.kind) {
        case 'assessed': {
          if (assessment.meets) break;
          const short = `${assessment.target.direction === 'increase' ? 'short' : 'above it'}${describeGap(assessment)}`;
          report({
            message: `${describeComparison(assessment)}: ${short}. The target: ${assessment.target.measure}`,
            uri: response.uri,
            range: assessment.value.range,
            data: { commitment: commitment.id },
          });
          if (response.status?.value === 'on-track') {
            report({
              message: `status is on-track, but the trajectory misses the target in ${assessment.year}: change the status to at-risk or off-track, or the trajectory`,
              uri: response.uri,
              range: response.status.range,
              data: { commitment: commitment.id },
            });
          }
          break;
        }
        case 'unit-mismatch': {
          const targetIsPercent = assessment.target.value.kind === 'percent';
          report({
            message: `the target is ${targetIsPercent ? 'a percentage' : 'a number'} (${formatPlanValue(assessment.target.value)}) but ${assessment.year} gives ${targetIsPercent ? 'a plain number' : 'a percentage'} (${formatPlanValue(assessment.value.value)}): write the trajectory in the target's unit (${assessment.target.measure})`,
            uri: response.uri,
            range: assessment.value.range,
            data: { commitment: commitment.id },
          });
          break;
        }
        case 'no-population':
          if (!reportedPopulation && manifest) {
            reportedPopulation = true;
            const message = population
              ? `the ${context.catalogs.framework?.id ?? 'plan\'s'} framework gives no England population, so fair shares of national count targets cannot be worked out`
              : 'footprint.population is missing: fair shares of national count targets cannot be worked out without it';
            report({ message, uri: manifest.uri, range: manifest.planRange });
          }
          break;
        default:
          // No target, an unconfirmed one (shown, never enforced), no trajectory
          // (coverage counts it as partial) or a missing year (trajectory-period).
          break;
      }
    }
  },
};
