import type { ParseProblem } from '../findings';
import type { Report, RuleContext } from './rule';

/** Reports the problems found while reading files that belong to one rule. */
export function reportParseProblems(ruleId: ParseProblem['ruleId'], context: RuleContext, report: (finding: Report) => void): void {
  for (const document of context.documents) {
    for (const problem of document.problems) {
      if (problem.ruleId !== ruleId) continue;
      report({ message: problem.message, uri: document.uri, range: problem.range, ...(problem.data ? { data: problem.data } : {}) });
    }
  }
}
