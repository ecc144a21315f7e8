import { run, type CliIO } from '../../cli/src/main';
import { REPORT_DATE, type CliResult } from './cli-harness';

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
