import { analysisLimits, loadEngine } from '../../host/src/index';
import { compareWithRevision, gitRefs } from './compare';
import type { ServerDeps } from './server';
import { ServerWorkspace } from './workspace';

/** The environment variables the server reads (a subset of `process.env`). */
export type ServerEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * What the Node language server runs with: the engine with the package's
 * catalogs, plan files read from the disk with the analysis limits of
 * `env`, and comparisons with git revisions. server/src/main.ts passes
 * `process.env`; the protocol tests' in-process transport passes the
 * environment it would have given the server's process.
 */
export function diskServerDeps(env: ServerEnvironment): ServerDeps {
  const limits = limitsFromEnvironment(env);
  return {
    engine: loadEngine(),
    workspace: (engine) => new ServerWorkspace(engine, limits),
    revisions: { compare: compareWithRevision, refs: gitRefs },
  };
}

/**
 * The per-plan analysis limits: 10 s cooperative, 30 s hard, unless an
 * operator sets PLANWRIGHT_ANALYSIS_BUDGET_MS / PLANWRIGHT_ANALYSIS_WATCHDOG_MS
 * (positive integers; anything else keeps the default).
 */
export function limitsFromEnvironment(env: ServerEnvironment): ReturnType<typeof analysisLimits> {
  const read = (name: string): number | undefined => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return analysisLimits(read('PLANWRIGHT_ANALYSIS_BUDGET_MS'), read('PLANWRIGHT_ANALYSIS_WATCHDOG_MS'));
}
