import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Finding, PlanReport } from '../../core/src/index';
import { checkPlans, packageRoot } from '../../host/src/index';
import { formatCoverageHtml } from './format/coverage-html';
import { formatCoverageCsv, formatCoverageJson, formatCoverageMarkdown } from './format/coverage-text';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { countSeverities } from './format/summary';
import { formatText } from './format/text';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage:
  planwright check [paths...] [--format text|json|sarif] [--max-warnings N] [--exit-zero]
  planwright coverage [paths...] [--format md|html|csv|json]

Paths are plan folders (holding plan.yaml), folders with plans below them, or
plan files. The default is the current folder.

Exit codes: 0 no problems; 1 errors, or more warnings than --max-warnings;
2 bad usage or unreadable input.`;

/** What the process needs from the outside world; tests pass their own. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  /** Whether to show progress for long runs (stderr is a terminal). */
  readonly progress: boolean;
  /** This program's own script, for worker threads on large runs (omit to stay on one thread). */
  readonly workerScript?: string;
}

class UsageError extends Error {}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`planwright: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  if (command !== 'check' && command !== 'coverage') throw new UsageError(`unknown command "${command}"`);

  const { values, positionals } = parseArgs({
    args: [...rest],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      'max-warnings': { type: 'string' },
      'exit-zero': { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  const formats = command === 'check' ? ['text', 'json', 'sarif'] : ['md', 'html', 'csv', 'json'];
  const format = values.format ?? formats[0];
  if (!format || !formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')} for ${command}`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number, 0 or more');
  }
  const color = values['no-color'] ? false : values.color ? true : io.color;

  const progress = io.progress ? (count: number) => count % 50 === 0 && io.stderr(`\rplanwright: read ${count} files…`) : undefined;
  const run = await checkPlans(positionals.length > 0 ? positionals : ['.'], { ...(io.workerScript ? { workerScript: io.workerScript } : {}), ...(progress ? { onProgress: progress } : {}) });
  if (io.progress && run.fileCount >= 50) io.stderr('\r\x1b[K');
  for (const error of run.errors) io.stderr(`planwright: ${error}\n`);
  if (run.scopes.length === 0) return EXIT_USAGE;

  const plans = run.reports.filter((plan) => run.scopes.some((scope) => plan.root.startsWith(scope) || scope.startsWith(plan.root)));
  if (command === 'coverage') {
    const text =
      format === 'html'
        ? await formatCoverageHtml(plans, io.cwd)
        : format === 'csv'
          ? formatCoverageCsv(plans, io.cwd)
          : format === 'json'
            ? formatCoverageJson(plans, io.cwd)
            : formatCoverageMarkdown(plans, io.cwd);
    io.stdout(text);
    return run.errors.length > 0 ? EXIT_USAGE : EXIT_OK;
  }

  const findings = inScope(plans, run.scopes);
  io.stdout(
    format === 'json'
      ? formatJson(findings, plans, io.cwd, version())
      : format === 'sarif'
        ? formatSarif(findings, io.cwd, version())
        : formatText(findings, plans, { cwd: io.cwd, color }),
  );
  if (run.errors.length > 0 || findings.some((f) => f.ruleId === 'unreadable-file')) return EXIT_USAGE;
  if (values['exit-zero']) return EXIT_OK;
  const counts = countSeverities(findings);
  if (counts.error > 0) return EXIT_PROBLEMS;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    io.stderr(`planwright: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/** Findings in the files and folders the user named, each once. */
function inScope(plans: readonly PlanReport[], scopes: readonly string[]): Finding[] {
  return plans.flatMap((plan) => plan.findings).filter((f) => scopes.some((scope) => (scope.endsWith('/') ? f.uri.startsWith(scope) : f.uri === scope)));
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function isParseArgsError(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
