/**
 * Default limits for a long-running host (the language server): 10 s per
 * plan cooperatively, 30 s hard. In a module of their own, without Node
 * built-ins, so the web worker's server reads the same budget.
 */
export const DEFAULT_BUDGET_MS = 10_000;
export const DEFAULT_WATCHDOG_MS = 30_000;
