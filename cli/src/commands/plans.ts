import type { Finding, PlanReport } from '../../../core/src/index';
import { checkPlans } from '../../../host/src/index';
import type { CliIO } from '../io';

/** The plans a command works on, with the scopes the user named and any errors reading them. */
export interface LoadedPlans {
  readonly plans: readonly PlanReport[];
  readonly scopes: readonly string[];
  readonly errors: readonly string[];
}

/**
 * Checks the plans under the given paths (the current folder by default),
 * showing progress on a terminal and printing read errors to stderr. The
 * plans returned are those the named paths fall in or hold.
 */
export async function loadPlans(paths: readonly string[], io: CliIO): Promise<LoadedPlans> {
  const progress = io.progress ? (count: number) => count % 50 === 0 && io.stderr(`\rplanwright: read ${count} files…`) : undefined;
  const run = await checkPlans(paths.length > 0 ? paths : ['.'], { ...(io.workerScript ? { workerScript: io.workerScript } : {}), ...(progress ? { onProgress: progress } : {}) });
  if (io.progress && run.fileCount >= 50) io.stderr('\r\x1b[K');
  for (const error of run.errors) io.stderr(`planwright: ${error}\n`);
  const plans = run.reports.filter((plan) => run.scopes.some((scope) => plan.root.startsWith(scope) || scope.startsWith(plan.root)));
  return { plans, scopes: run.scopes, errors: run.errors };
}

/** Findings in the files and folders the user named, each once. */
export function findingsInScope(plans: readonly PlanReport[], scopes: readonly string[]): Finding[] {
  return plans.flatMap((plan) => plan.findings).filter((f) => scopes.some((scope) => (scope.endsWith('/') ? f.uri.startsWith(scope) : f.uri === scope)));
}
