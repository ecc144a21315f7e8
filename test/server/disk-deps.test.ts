import * as assert from 'node:assert/strict';
import { DEFAULT_BUDGET_MS, DEFAULT_WATCHDOG_MS } from '../../host/src/index';
import { limitsFromEnvironment } from '../../server/src/disk-deps';

/** Each case: the server's environment, and the budget and watchdog limits it gets. */
const CASES: { env: Record<string, string>; budget: number; watchdog: number }[] = [
  { env: {}, budget: DEFAULT_BUDGET_MS, watchdog: DEFAULT_WATCHDOG_MS },
  { env: { PLANWRIGHT_ANALYSIS_BUDGET_MS: '250' }, budget: 250, watchdog: DEFAULT_WATCHDOG_MS },
  { env: { PLANWRIGHT_ANALYSIS_WATCHDOG_MS: '1' }, budget: DEFAULT_BUDGET_MS, watchdog: 1 },
  { env: { PLANWRIGHT_ANALYSIS_BUDGET_MS: '5', PLANWRIGHT_ANALYSIS_WATCHDOG_MS: '7' }, budget: 5, watchdog: 7 },
  // Anything but a positive integer keeps the default.
  { env: { PLANWRIGHT_ANALYSIS_BUDGET_MS: '0', PLANWRIGHT_ANALYSIS_WATCHDOG_MS: '-3' }, budget: DEFAULT_BUDGET_MS, watchdog: DEFAULT_WATCHDOG_MS },
  { env: { PLANWRIGHT_ANALYSIS_BUDGET_MS: '1.5', PLANWRIGHT_ANALYSIS_WATCHDOG_MS: 'ten' }, budget: DEFAULT_BUDGET_MS, watchdog: DEFAULT_WATCHDOG_MS },
  { env: { PLANWRIGHT_ANALYSIS_BUDGET_MS: '', PLANWRIGHT_ANALYSIS_WATCHDOG_MS: ' ' }, budget: DEFAULT_BUDGET_MS, watchdog: DEFAULT_WATCHDOG_MS },
];

describe('the language server\'s analysis limits from its environment', () => {
  for (const { env, budget, watchdog } of CASES) {
    it(`${JSON.stringify(env)}: budget ${budget} ms, watchdog ${watchdog} ms`, () => {
      const limits = limitsFromEnvironment(env);
      assert.equal(limits.budgetMs, budget);
      assert.equal(limits.watchdog?.ms, watchdog);
    });
  }
});
