import { createContext, Script } from 'node:vm';
import type { AnalysisLimits, Watchdog } from '../../core/src/index';
import { DEFAULT_BUDGET_MS, DEFAULT_WATCHDOG_MS } from './limits-defaults';

/**
 * A watchdog for synchronous work that may never return (a rule stuck in a
 * loop, a regular expression backtracking without end): the work runs as a
 * call from a tiny `vm` script with a timeout, and V8 terminates whatever
 * JavaScript is running when the timeout passes — including code that never
 * yields, never awaits and never reads a clock. The work's own state may be
 * left half-updated, so it should only be work whose result is cached after
 * it completes (as `PlanProject.analyze` is).
 *
 * Calls nested inside a watched call run directly under the outer limit.
 */
export function watchdog(ms: number): Watchdog {
  const sandbox: { work?: () => unknown } = {};
  const context = createContext(sandbox);
  const script = new Script('work()');
  let depth = 0;
  return {
    ms,
    run<T>(work: () => T) {
      if (depth > 0) return { done: true as const, value: work() };
      depth++;
      sandbox.work = work;
      try {
        return { done: true as const, value: script.runInContext(context, { timeout: ms }) as T };
      } catch (error) {
        if (isTimeout(error)) return { done: false as const };
        throw error;
      } finally {
        sandbox.work = undefined;
        depth--;
      }
    },
  };
}

/** The timeout error comes from the vm context's realm, so it is recognised by its code, not by `instanceof`. */
function isTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

export { DEFAULT_BUDGET_MS, DEFAULT_WATCHDOG_MS } from './limits-defaults';

/** Analysis limits with the process clock and the vm watchdog. */
export function analysisLimits(budgetMs: number = DEFAULT_BUDGET_MS, watchdogMs: number = DEFAULT_WATCHDOG_MS): AnalysisLimits {
  return { budgetMs, now: () => performance.now(), watchdog: watchdog(watchdogMs) };
}
