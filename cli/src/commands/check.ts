import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, reportDate, UsageError } from '../io';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { countSeverities } from '../format/summary';
import { formatText } from '../format/text';
import { version } from '../version';
import { flag, stringOption, type Command } from './command';
import { findingsInScope, loadPlans, READ_OPTIONS, READ_USAGE } from './plans';

const FORMATS = ['text', 'json', 'sarif'] as const;

export const checkCommand: Command = {
  name: 'check',
  summary: 'report the problems in plans (text, JSON or SARIF)',
  usage: `Usage: planwright check [paths...] [options]

Checks every plan found under the paths (plan folders, folders with plans
below them, or plan files; the current folder by default) and reports its
findings.

Options:
  -f, --format text|json|sarif   output format (default: text)
  --max-warnings N               exit 1 when there are more than N warnings
  --exit-zero                    exit 0 whatever the findings
  --color, --no-color            force colour on or off
${READ_USAGE}

Exit codes: 0 no problems; 1 errors, or more warnings than --max-warnings;
2 bad usage or unreadable input.`,
  options: {
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    'exit-zero': { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    ...READ_OPTIONS,
  },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} for check`);
    const maxWarnings = wholeNumber(stringOption(args, 'max-warnings'));
    const color = flag(args, 'no-color') ? false : flag(args, 'color') ? true : io.color;

    const { plans, scopes, errors } = await loadPlans(args, io);
    if (scopes.length === 0) return EXIT_USAGE;
    const findings = findingsInScope(plans, scopes);
    io.stdout(
      format === 'json'
        ? formatJson(findings, plans, io.cwd, version(), reportDate(io))
        : format === 'sarif'
          ? formatSarif(findings, io.cwd, version())
          : formatText(findings, plans, { cwd: io.cwd, color }),
    );
    if (errors.length > 0 || findings.some((f) => f.ruleId === 'unreadable-file')) return EXIT_USAGE;
    if (flag(args, 'exit-zero')) return EXIT_OK;
    const counts = countSeverities(findings);
    if (counts.error > 0) return EXIT_PROBLEMS;
    if (maxWarnings !== undefined && counts.warning > maxWarnings) {
      io.stderr(`planwright: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
      return EXIT_PROBLEMS;
    }
    return EXIT_OK;
  },
};

function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || text.trim() === '') throw new UsageError('--max-warnings takes a whole number, 0 or more');
  return value;
}
