import { assessTarget, targetContextOf } from '../targets/assess';
import { checkMargin } from '../targets/assessment';
import { describeComparison, describeMargin } from '../targets/describe';
import { comparePositions, type Position, type Range } from '../text/positions';
import type { PlanProject } from '../project';
import { documentContext } from './context';
import type { InlayHint } from './types';

/**
 * Beside each trajectory value a target is judged on, the requirement and
 * how the value stands against it: "fair share 42,194: short by 31%",
 * "target 85%: met". The comparison is the rules' own (`assessTarget`):
 * one hint for a single-figure target (the value it rests on, or the last
 * plan year for a projection), one per check for the target model (each
 * dated milestone on the system line, each organisation's line). The
 * tooltip is the comparison in full, as the hover gives it. Only hints
 * inside `range` are returned.
 */
export function inlayHints(project: PlanProject, uri: string, range: Range): InlayHint[] {
  const context = documentContext(project, uri);
  if (!context) return [];
  const plan = context.analysis.context;
  const targets = targetContextOf(plan);
  const hints: InlayHint[] = [];
  for (const response of context.document.responses) {
    if (!overlaps(response.range, range) || response.status?.value === 'not-applicable') continue;
    const commitment = response.id ? plan.catalogs.commitment(response.id.value) : undefined;
    if (!commitment) continue;
    const assessment = assessTarget(response, commitment, targets);
    if (assessment.kind !== 'assessed') continue;
    if (assessment.judgement) {
      const derived = assessment.judgement.systemLine === 'derived';
      for (const check of assessment.judgement.checks) {
        // A system line summed from the organisations' lines sits beside the first organisation's value, so it says so.
        const label = `${derived && !check.organisation ? 'sum of the organisations, ' : ''}${checkMargin(assessment.target, check)}`;
        hints.push({ position: check.reading.range.end, label, tooltip: check.message });
      }
    } else {
      hints.push({ position: assessment.value.range.end, label: describeMargin(assessment), tooltip: describeComparison(assessment) });
    }
  }
  return hints.filter((hint) => within(hint.position, range)).sort((a, b) => comparePositions(a.position, b.position));
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

function within(position: Position, range: Range): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
