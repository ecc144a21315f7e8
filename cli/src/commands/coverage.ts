import { EXIT_OK, EXIT_USAGE, reportDate, UsageError } from '../io';
import { formatCoverageHtml } from '../format/coverage-html';
import { formatCoverageCsv, formatCoverageJson, formatCoverageMarkdown } from '../format/coverage-text';
import { pathStyle } from '../paths';
import { stringOption, type Command } from './command';
import { loadPlans, READ_OPTIONS, readUsage } from './plans';

const FORMATS = ['md', 'html', 'csv', 'json'] as const;

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'report which commitments each plan answers (Markdown, HTML, CSV or JSON)',
  usage: `Usage: planwright coverage [paths...] [options]

Lists every commitment of each plan's catalogs with its status (met,
answered, partial, missing, not applicable) and why, the plan's own status,
target, fair share, final trajectory value and gap. Reports carry the plan's
status and as-at date and the date they were made (SOURCE_DATE_EPOCH pins it).

Options:
  -f, --format md|html|csv|json  output format (default: md)
${readUsage(33)}

Exit codes: 0 done; 2 bad usage or unreadable input.`,
  options: {
    format: { type: 'string', short: 'f' },
    ...READ_OPTIONS,
  },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'md';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} for coverage`);
    const { plans, scopes, errors } = await loadPlans(args, io);
    if (scopes.length === 0) return EXIT_USAGE;
    const meta = { reportDate: reportDate(io) };
    const paths = pathStyle(io.cwd, args.positionals);
    const text =
      format === 'html'
        ? await formatCoverageHtml(plans, paths, meta)
        : format === 'csv'
          ? formatCoverageCsv(plans, paths, meta)
          : format === 'json'
            ? formatCoverageJson(plans, paths, meta)
            : formatCoverageMarkdown(plans, paths, meta);
    io.stdout(text);
    return errors.length > 0 ? EXIT_USAGE : EXIT_OK;
  },
};
