import { closeSync, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../../core/src/index';
import { applyFixes } from '../fix/apply-fixes';
import { formatCoverageMarkdown } from '../format/coverage-text';
import { formatGithub } from '../format/github';
import { formatGitlab } from '../format/gitlab';
import { jsonChunks } from '../format/json';
import { formatJunit } from '../format/junit';
import { sarifChunks } from '../format/sarif';
import { countSeverities } from '../format/summary';
import { formatText } from '../format/text';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, reportDate, UsageError, type CliIO } from '../io';
import { displayPath, pathStyle } from '../paths';
import { baselineSize, baselineText, matchBaseline, readBaseline, updatedBaseline, type BaselineFile } from '../report/baseline';
import type { CheckReport } from '../report/check-report';
import { version } from '../version';
import { flag, stringOption, type Command } from './command';
import { findingsInScope, inScopes, loadPlans, READ_OPTIONS, readUsage } from './plans';

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];

const DEFAULT_BASELINE = 'planwright-baseline.json';

export const checkCommand: Command = {
  name: 'check',
  summary: 'report the problems in plans (text, JSON, SARIF, GitHub annotations, JUnit, GitLab)',
  usage: `Usage: planwright check [paths...] [options]

Checks every plan found under the paths (plan folders, folders with plans
below them, or plan files; the current folder by default) and reports its
findings.

Options:
  -f, --format FORMAT      text (default), json, sarif, github (workflow
                           annotations), junit (JUnit XML) or gitlab
                           (GitLab code quality)
  -o, --output FILE        write the report to FILE instead of stdout
  -q, --quiet              report errors only
  --max-warnings N         exit 1 when there are more than N warnings
  --exit-zero              exit 0 whatever the findings
  --fix                    apply the safe quick fixes (did-you-mean ids,
                           missing years, ...) to the files named, then
                           report what is left; prints each change to stderr
  --baseline FILE          findings recorded in FILE are reported as
                           baselined and not counted; new ones are
  --update-baseline        record the current findings (errors, warnings) in
                           the baseline (--baseline FILE, default
                           ${DEFAULT_BASELINE}); prunes entries fixed since
  --color, --no-color      force colour on or off (default: as FORCE_COLOR,
                           NO_COLOR, CI and the terminal say)
${readUsage(27)}

When GITHUB_STEP_SUMMARY names a file (GitHub Actions), a job summary with
the coverage of each plan is appended to it.

Exit codes: 0 no problems; 1 errors, or more warnings than --max-warnings;
2 bad usage or unreadable input.`,
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    'max-warnings': { type: 'string' },
    'exit-zero': { type: 'boolean' },
    fix: { type: 'boolean' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    ...READ_OPTIONS,
  },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} for check`);
    const maxWarnings = wholeNumber(stringOption(args, 'max-warnings'));
    const output = stringOption(args, 'output');
    const color = flag(args, 'no-color') ? false : flag(args, 'color') ? true : output === undefined && io.color;
    const updateBaseline = flag(args, 'update-baseline');
    const baselinePath = stringOption(args, 'baseline') ?? (updateBaseline ? DEFAULT_BASELINE : undefined);
    const previousBaseline = baselinePath !== undefined && (!updateBaseline || existsSync(resolve(io.cwd, baselinePath))) ? readBaseline(resolve(io.cwd, baselinePath)) : undefined;
    const paths = pathStyle(io.cwd, args.positionals);

    const fix = flag(args, 'fix');
    if (fix) {
      const first = await loadPlans(args, io, { quiet: true, keepParses: true });
      if (first.scopes.length === 0) return reportLoadErrors(first.errors, io);
      for (const file of applyFixes((args.positionals.length > 0 ? args.positionals : ['.']).map((path) => resolve(io.cwd, path)), inScopes(first.scopes))) {
        io.stderr(`planwright: fixed ${displayPath(file.uri, paths)}\n${file.changes.map((c) => `  ${c}\n`).join('')}`);
      }
    }

    const { plans, scopes, errors } = await loadPlans(args, io, fix ? { keepParses: true } : {});
    if (scopes.length === 0) return EXIT_USAGE;
    const all = findingsInScope(plans, scopes);
    const inScope = inScopes(scopes);
    const suppressed = plans.flatMap((plan) => plan.suppressed).filter((f) => inScope(f.uri));
    let counted: Finding[] = all;
    let baselined: Finding[] = [];
    if (baselinePath !== undefined) {
      const file = resolve(io.cwd, baselinePath);
      if (updateBaseline) {
        const next = updatedBaseline(all, previousBaseline, file, inScope);
        const before = previousBaseline ? matchBaseline(all, previousBaseline, file, inScope) : undefined;
        writeFileSync(file, baselineText(next));
        io.stderr(`planwright: wrote ${baselinePath}: ${baselineSize(next)} findings recorded${before ? ` (${before.counted.filter(isCountable).length} new, ${before.stale.length} ${before.stale.length === 1 ? 'entry' : 'entries'} pruned)` : ''}\n`);
      }
      const match = matchBaseline(all, updateBaseline ? readBaseline(file) : (previousBaseline as BaselineFile), file, inScope);
      counted = match.counted;
      baselined = match.baselined;
      if (match.stale.length > 0) {
        io.stderr(`planwright: ${match.stale.length} baseline entr${match.stale.length === 1 ? 'y matches' : 'ies match'} no finding any more (fixed or changed); --update-baseline prunes ${match.stale.length === 1 ? 'it' : 'them'}:\n${match.stale.map((s) => `  ${s}\n`).join('')}`);
      }
    }
    const reported = flag(args, 'quiet') ? counted.filter((f) => f.severity === 'error') : counted;
    const report: CheckReport = { findings: reported, baselined, suppressed, plans, paths, version: version(), reportDate: reportDate(io) };
    writeReport(render(format as Format, report, color), output === undefined ? undefined : resolve(io.cwd, output), io);
    writeJobSummary(report, counted, io);

    if (errors.length > 0 || all.some((f) => f.ruleId === 'unreadable-file')) return EXIT_USAGE;
    if (flag(args, 'exit-zero')) return EXIT_OK;
    const counts = countSeverities(counted);
    if (counts.error > 0) return EXIT_PROBLEMS;
    if (maxWarnings !== undefined && counts.warning > maxWarnings) {
      io.stderr(`planwright: ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
      return EXIT_PROBLEMS;
    }
    return EXIT_OK;
  },
};

/** The report in chunks: JSON and SARIF are made as they are written, the others are one text. */
function render(format: Format, report: CheckReport, color: boolean): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(report);
    case 'sarif':
      return sarifChunks(report);
    case 'github':
      return [formatGithub(report)];
    case 'junit':
      return [formatJunit(report)];
    case 'gitlab':
      return [formatGitlab(report)];
    case 'text':
      return [formatText(report, color)];
  }
}

/** Writes the chunks to the file (replacing it) or to standard output. */
function writeReport(chunks: Iterable<string>, file: string | undefined, io: CliIO): void {
  if (file === undefined) {
    for (const chunk of chunks) io.stdout(chunk);
    return;
  }
  const fd = openSync(file, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** In GitHub Actions, appends the findings count and each plan's coverage (Markdown) to the job summary. */
function writeJobSummary(report: CheckReport, counted: readonly Finding[], io: CliIO): void {
  const file = io.env?.['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  const counts = countSeverities(counted);
  const uncounted = [report.baselined.length > 0 ? `${report.baselined.length} baselined` : '', report.suppressed.length > 0 ? `${report.suppressed.length} disabled in the plan` : ''].filter(Boolean);
  const heading = `## Planwright: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}${uncounted.length > 0 ? ` (not counted: ${uncounted.join(', ')})` : ''}\n\n`;
  try {
    writeFileSync(file, `${heading}${formatCoverageMarkdown(report.plans, report.paths.cwd, { reportDate: report.reportDate })}\n`, { flag: 'a' });
  } catch (error) {
    io.stderr(`planwright: cannot write the job summary to ${file}: ${(error as Error).message}\n`);
  }
}

function isCountable(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

function reportLoadErrors(errors: readonly string[], io: CliIO): number {
  for (const error of errors) io.stderr(`planwright: ${error}\n`);
  return EXIT_USAGE;
}

function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || text.trim() === '') throw new UsageError('--max-warnings takes a whole number, 0 or more');
  return value;
}
