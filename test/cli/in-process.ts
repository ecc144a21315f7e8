import { run, type CliIO } from '../../cli/src/main';
import { buildCli, planwright, REPORT_DATE, type CliResult } from './cli-harness';

export interface InProcessOptions {
  /** The environment the command sees (GITHUB_STEP_SUMMARY); none by default. */
  readonly env?: Readonly<Record<string, string>>;
  /** Whether colour is on, as a terminal would have it (default off, as with pipes). */
  readonly color?: boolean;
}

/**
 * Runs `planwright ...args` in this process through `run()`, as the real
 * process does but with stdout and stderr captured, colour off, no progress,
 * one thread and the tests' report date (also for waiver expiry, through
 * PLANWRIGHT_TODAY for the length of the call). Relative paths are read from
 * `cwd`. Mutation runs with per-test coverage see everything this reaches.
 */
export async function runInProcess(args: readonly string[], cwd: string, options: InProcessOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: options.color ?? false,
    progress: false,
    env: options.env ?? {},
    now: new Date(`${REPORT_DATE}T12:00:00Z`),
  };
  const saved = process.env['PLANWRIGHT_TODAY'];
  process.env['PLANWRIGHT_TODAY'] = REPORT_DATE;
  try {
    const status = await run(args, io);
    return { status, stdout, stderr };
  } finally {
    if (saved === undefined) delete process.env['PLANWRIGHT_TODAY'];
    else process.env['PLANWRIGHT_TODAY'] = saved;
  }
}

/**
 * Whether the command-line specs written for both ways (`planwrightEither`) run the command in this
 * process (PLANWRIGHT_CLI_IN_PROCESS=1, set by mutation runs, whose per-test coverage cannot see
 * into a child process) instead of as the built bundle (`npm test`).
 */
export const CLI_IN_PROCESS = process.env['PLANWRIGHT_CLI_IN_PROCESS'] === '1';

/** Builds the bundle the child-process runs need; nothing to build in-process. */
export function prepareCli(): void {
  if (!CLI_IN_PROCESS) buildCli();
}

/** `planwright ...args` in `cwd`: the built bundle as a child process, or in this process (CLI_IN_PROCESS). */
export async function planwrightEither(args: readonly string[], cwd: string): Promise<CliResult> {
  return CLI_IN_PROCESS ? runInProcess(args, cwd) : planwright(args, cwd);
}
