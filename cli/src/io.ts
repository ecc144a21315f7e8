export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** What the process needs from the outside world; tests pass their own. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  /** Whether to show progress for long runs (stderr is a terminal). */
  readonly progress: boolean;
  /** The environment (GITHUB_STEP_SUMMARY); omit for none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** This program's own script, for worker threads on large runs (omit to stay on one thread). */
  readonly workerScript?: string;
  /** Today, for the date a report was made (the CLI honours SOURCE_DATE_EPOCH for reproducible reports). */
  readonly now?: Date;
}

/** The date a report is made, YYYY-MM-DD (UTC). */
export function reportDate(io: CliIO): string {
  return (io.now ?? new Date()).toISOString().slice(0, 10);
}

/** Bad usage: the message is printed with the command's usage, and the exit code is 2. */
export class UsageError extends Error {}
