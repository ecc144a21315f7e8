import type { Finding, PlanReport } from '../../../core/src/index';
import { checkPlans } from '../../../host/src/index';
import { UsageError, type CliIO } from '../io';
import { stringOption, type CommandArgs, type OptionsConfig } from './command';

/** Options of every command that reads plans. */
export const READ_OPTIONS: OptionsConfig = { 'max-file-size': { type: 'string' } };

/** Their lines in a command's usage. */
export const READ_USAGE = `  --max-file-size MB              files larger than this are reported, not read (default: 32)

Nothing outside the folders checked is read; symbolic links are reported,
never followed.`;

/** --max-file-size in bytes, or undefined for the default. */
export function maxFileBytes(args: CommandArgs): number | undefined {
  const text = stringOption(args, 'max-file-size');
  if (text === undefined) return undefined;
  const megabytes = Number(text);
  if (text.trim() === '' || !Number.isFinite(megabytes) || megabytes <= 0) throw new UsageError('--max-file-size takes a size in megabytes, more than 0 (for example 8 or 0.5)');
  return Math.round(megabytes * 1024 * 1024);
}

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
export async function loadPlans(args: CommandArgs, io: CliIO, options: { readonly digests?: boolean } = {}): Promise<LoadedPlans> {
  const paths = args.positionals;
  const limit = maxFileBytes(args);
  const progress = io.progress ? (count: number) => count % 50 === 0 && io.stderr(`\rplanwright: read ${count} files…`) : undefined;
  const run = await checkPlans(paths.length > 0 ? paths : ['.'], {
    ...(io.workerScript ? { workerScript: io.workerScript } : {}),
    ...(progress ? { onProgress: progress } : {}),
    ...(limit !== undefined ? { maxFileBytes: limit } : {}),
    ...(options.digests ? { digests: true } : {}),
  });
  if (io.progress && run.fileCount >= 50) io.stderr('\r\x1b[K');
  for (const error of run.errors) io.stderr(`planwright: ${error}\n`);
  const plans = run.reports.filter((plan) => run.scopes.some((scope) => plan.root.startsWith(scope) || scope.startsWith(plan.root)));
  return { plans, scopes: run.scopes, errors: run.errors };
}

/** Findings in the files and folders the user named, each once. */
export function findingsInScope(plans: readonly PlanReport[], scopes: readonly string[]): Finding[] {
  return plans.flatMap((plan) => plan.findings).filter((f) => scopes.some((scope) => (scope.endsWith('/') ? f.uri.startsWith(scope) : f.uri === scope)));
}
