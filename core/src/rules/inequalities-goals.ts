import type { InequalitiesGoal } from '../model/types';
import { reportPlanWide, type Rule } from './rule';

export const inequalitiesGoals: Rule = {
  meta: {
    id: 'inequalities-goals',
    defaultSeverity: 'warning',
    description: 'No measurable health-inequalities goal with a baseline and 5- and 10-year targets.',
  },
  check(context, report) {
    const goals = context.documents.flatMap((document) => document.inequalities);
    if (goals.some((goal) => missingParts(goal).length === 0)) return;
    if (goals.length === 0) {
      reportPlanWide(context, report, 'the plan sets no measurable inequalities goal: add an inequalities block with goals that each have a measure, a baseline, and 5- and 10-year targets', 'inequalities');
      return;
    }
    for (const goal of goals) {
      report({
        message: `this inequalities goal${goal.measure ? ` (${goal.measure.value})` : ''} is not measurable yet: it lacks ${missingParts(goal).join(', ')}`,
        uri: goal.uri,
        range: goal.measure?.range ?? goal.range,
      });
    }
  },
};

function missingParts(goal: InequalitiesGoal): string[] {
  const missing: string[] = [];
  if (!goal.measure) missing.push('a measure');
  if (!goal.baseline?.value) missing.push('a baseline value');
  if (!goal.target5?.value) missing.push('a 5-year target');
  if (!goal.target10?.value) missing.push('a 10-year target');
  return missing;
}
