import { ONE_PASS_YAML_CACHE_BYTES, setYamlCacheBytes, type Finding, type PlanReport } from '../../../core/src/index';
import { checkPlans, type CheckPhase, type CheckRun } from '../../../host/src/index';
import { UsageError, type CliIO } from '../io';
import { stringOption, type CommandArgs, type OptionsConfig } from './command';

/** Options of every command that reads plans. */
export const READ_OPTIONS: OptionsConfig = { 'max-file-size': { type: 'string' } };

/** Their lines in a command's usage, descriptions starting at `column` (as the command's other options do). */
export function readUsage(column: number): string {
  return `${optionLine('--max-file-size MB', 'files larger than this are reported, not read (default: 32)', column)}

Nothing outside the folders checked is read; symbolic links are reported,
never followed.`;
}

/** An option's usage line: the option, then its description from `column`, wrapped at 80 characters. */
function optionLine(option: string, description: string, column: number): string {
  // At least one space after the option, however long it is.
  const lines = [`  ${option} `.padEnd(column)];
  for (const word of description.split(' ')) {
    const last = lines.length - 1;
    const line = lines[last] as string;
    if (line.trim() !== option && line.length + 1 + word.length > 80) lines.push(`${' '.repeat(column)}${word}`);
    else lines[last] = line.endsWith(' ') ? `${line}${word}` : `${line} ${word}`;
  }
  return lines.join('\n');
}

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

export interface LoadPlansOptions {
  /** Print no read errors. */
  readonly quiet?: boolean;
  /** Attach each plan's digest (roll-up, diff). */
  readonly digests?: boolean;
  /** The command reads the plans twice (diff, at the base revision; check --fix, after fixing): keep every parse cached. */
  readonly keepParses?: boolean;
}

const PHASE: Record<CheckPhase, string> = { read: 'reading files', check: 'parsing and checking plans' };

/**
 * Checks the plans under the given paths (the current folder by default),
 * showing progress on a terminal and printing read errors to stderr (unless
 * `quiet`). The plans returned are those the named paths fall in or hold.
 */
export async function loadPlans(args: CommandArgs, io: CliIO, options: LoadPlansOptions = {}): Promise<LoadedPlans> {
  const paths = args.positionals;
  const limit = maxFileBytes(args);
  let shown = false;
  const progress = io.progress
    ? (done: number, total: number, phase: CheckPhase) => {
        // Only runs long enough to notice: more than 50 files or 5 plans; every 25 files, every plan.
        if (total < (phase === 'read' ? 50 : 5) || (phase === 'read' && done % 25 !== 0 && done !== total)) return;
        shown = true;
        io.stderr(`\r\x1b[Kplanwright: ${PHASE[phase]} ${done}/${total}…`);
      }
    : undefined;
  // Each plan is read once and let go, so the parse cache needs to hold only what plans repeat.
  const bound = options.keepParses ? undefined : setYamlCacheBytes(ONE_PASS_YAML_CACHE_BYTES);
  let run: CheckRun;
  try {
    run = await checkPlans(paths.length > 0 ? paths : ['.'], {
      cwd: io.cwd,
      ...(io.workerScript ? { workerScript: io.workerScript } : {}),
      ...(progress ? { onProgress: progress } : {}),
      ...(limit !== undefined ? { maxFileBytes: limit } : {}),
      ...(options.digests ? { digests: true } : {}),
    });
  } finally {
    if (bound !== undefined) setYamlCacheBytes(bound);
  }
  if (shown) io.stderr('\r\x1b[K');
  if (!options.quiet) for (const error of run.errors) io.stderr(`planwright: ${error}\n`);
  const plans = run.reports.filter((plan) => run.scopes.some((scope) => plan.root.startsWith(scope) || scope.startsWith(plan.root)));
  return { plans, scopes: run.scopes, errors: run.errors };
}

/** Whether a file URI is in the files and folders the user named. */
export function inScopes(scopes: readonly string[]): (uri: string) => boolean {
  return (uri) => scopes.some((scope) => (scope.endsWith('/') ? uri.startsWith(scope) : uri === scope));
}

/** Findings in the files and folders the user named, each once. */
export function findingsInScope(plans: readonly PlanReport[], scopes: readonly string[]): Finding[] {
  const inScope = inScopes(scopes);
  return plans.flatMap((plan) => plan.findings).filter((f) => inScope(f.uri));
}
