import type { Finding } from '../findings';

/**
 * How long one plan's analysis may take. Core has no clock and no threads of
 * its own, so the host passes both in:
 *
 * - `budgetMs` with `now` is cooperative: the clock is read before each rule,
 *   and once the budget is spent the remaining rules are skipped and one
 *   `analysis-stopped` finding says where the analysis stopped;
 * - `watchdog` is for code that never comes back to such a check (a rule
 *   stuck in a loop, a pathological regular expression): it runs the whole
 *   analysis, and each file's parse, and tells the project when it had to
 *   stop one. The project then keeps a stopped analysis with no documents and
 *   one finding, or reports the file as `unreadable-file`.
 */
export interface AnalysisLimits {
  /** Milliseconds one plan's analysis may spend before the remaining rules are skipped. */
  readonly budgetMs: number;
  /** A clock in milliseconds (any origin). */
  readonly now: () => number;
  readonly watchdog?: Watchdog;
}

export interface Watchdog {
  /** The hard limit, in milliseconds, that `run` enforces (for the finding's message). */
  readonly ms: number;
  /** Runs `work`; `{ done: false }` when it had to be stopped. */
  run<T>(work: () => T): { readonly done: true; readonly value: T } | { readonly done: false };
}

/** The deadline of one analysis, checked between rules. */
export interface Deadline {
  readonly startedAt: number;
  readonly budgetMs: number;
  readonly now: () => number;
}

export function deadlineOf(limits: AnalysisLimits | undefined): Deadline | undefined {
  return limits ? { startedAt: limits.now(), budgetMs: limits.budgetMs, now: limits.now } : undefined;
}

export const ANALYSIS_STOPPED = 'analysis-stopped';

/** A duration for a message: "250 ms", "2.5 s", "30 s". */
export const duration = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`);
const START = { line: 0, character: 0 };

/** The finding for an analysis that ran out of its budget before `ruleId`. */
export function budgetSpent(manifestUri: string, deadline: Deadline, ruleId: string): Finding {
  const spent = deadline.now() - deadline.startedAt;
  return {
    ruleId: ANALYSIS_STOPPED,
    severity: 'error',
    message: `the analysis of this plan stopped after ${duration(spent)}, before rule \`${ruleId}\`: that rule and the ones after it did not run (the limit is ${duration(deadline.budgetMs)} per plan); findings of the rules before it are shown`,
    uri: manifestUri,
    range: { start: START, end: START },
  };
}

/** The finding for an analysis the watchdog had to abandon. */
export function abandoned(manifestUri: string, watchdog: Watchdog): Finding {
  return {
    ruleId: ANALYSIS_STOPPED,
    severity: 'error',
    message: `the analysis of this plan did not finish within ${duration(watchdog.ms)} and was abandoned, so nothing else is reported for it: this is a bug in Planwright, please report it with the plan; editing any file of the plan tries again`,
    uri: manifestUri,
    range: { start: START, end: START },
  };
}

/** Why a file whose parse the watchdog had to abandon is reported as unreadable. */
export function abandonedParse(ms: number): string {
  return `reading this file did not finish within ${duration(ms)} and was abandoned, so nothing in it counts: this is a bug in Planwright, please report it with the file; editing the file tries again`;
}
