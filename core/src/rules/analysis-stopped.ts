import { ANALYSIS_STOPPED } from '../limits/limits';
import type { Rule } from './rule';

/**
 * Reports nothing by itself: the project adds its one finding when a plan's
 * analysis runs past its time limit (core/src/limits). It is a rule so that
 * the finding has an id, a severity and a documentation page like any other.
 */
export const analysisStopped: Rule = {
  meta: {
    id: ANALYSIS_STOPPED,
    defaultSeverity: 'error',
    description: "A plan whose analysis ran past its time limit: the rules that did not run are named, and nothing is reported for a plan whose analysis had to be abandoned.",
  },
  check() {
    // The finding comes from PlanProject; see core/src/limits/limits.ts.
  },
};
