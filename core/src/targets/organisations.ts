import type { CatalogTarget } from '../catalog/types';
import type { OrganisationLine, OrganisationType } from '../model/types';
import { APPLIES_TO, type OrganisationRule } from './model';
import { formatNumber } from '../model/values';
import { describeRequired, describeStep } from './wording';

/** The footprint organisations a rule applies to, by their type in plan.yaml. */
export function organisationsUnder(rule: Pick<OrganisationRule, 'appliesTo'>, footprint: ReadonlyMap<string, OrganisationType | undefined>): string[] {
  const types = APPLIES_TO[rule.appliesTo] ?? [];
  return [...footprint].filter(([, type]) => type !== undefined && types.includes(type)).map(([id]) => id);
}

/** "each acute provider" from "each-acute-provider". */
export function appliesToWords(rule: Pick<OrganisationRule, 'appliesTo'>): string {
  return rule.appliesTo.replace(/-/g, ' ');
}

export interface OrganisationRequirement {
  readonly required: number;
  /** How the figure was reached: "baseline 58% + 5 points, floor 60%: whichever is greater". */
  readonly basis: string;
}

/**
 * What one organisation must reach under a rule: the floor; its baseline
 * improved by the minimum improvement (points added, or a relative share);
 * or, with both, the more demanding of the two ("whichever is greater") or
 * the easier ("lesser"). Undefined when an improvement is asked for and the
 * organisation gives no baseline.
 */
export function organisationRequirement(rule: OrganisationRule, target: Pick<CatalogTarget, 'direction' | 'scale' | 'unit' | 'baseYear' | 'change'>, line: OrganisationLine): OrganisationRequirement | undefined {
  const sign = target.direction === 'increase' ? 1 : -1;
  const floor = rule.floor?.value;
  let improved: number | undefined;
  let improvedBasis = '';
  if (rule.improvement) {
    const base = line.baseline?.value?.value.value;
    if (base === undefined) return undefined;
    const step = rule.improvementAs === 'relative' ? (Math.abs(base) * rule.improvement.value) / 100 : rule.improvement.value;
    improved = base + sign * step;
    const stepWords = rule.improvementAs === 'relative' ? `${formatNumber(rule.improvement.value)}% of it` : describeStep(target, rule.improvement.value);
    improvedBasis = `baseline ${describeRequired(target, base)} ${sign > 0 ? '+' : '-'} ${stepWords}`;
  }
  if (floor !== undefined && improved !== undefined) {
    const stricter = target.direction === 'increase' ? Math.max(floor, improved) : Math.min(floor, improved);
    const easier = target.direction === 'increase' ? Math.min(floor, improved) : Math.max(floor, improved);
    return {
      required: rule.whichever === 'greater' ? stricter : easier,
      basis: `${improvedBasis}, or the ${describeRequired(target, floor)} floor, whichever is ${rule.whichever}`,
    };
  }
  if (improved !== undefined) return { required: improved, basis: improvedBasis };
  if (floor !== undefined) return { required: floor, basis: `the ${describeRequired(target, floor)} floor for ${appliesToWords(rule)}` };
  return undefined;
}
