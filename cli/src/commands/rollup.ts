import { rollUp, type PlanDigest } from '../../../core/src/index';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { formatRollupCsv, formatRollupHtml, formatRollupJson, formatRollupMarkdown, formatRollupText } from '../format/rollup';
import { flag, stringOption, type Command } from './command';
import { loadPlans } from './plans';

const FORMATS = ['text', 'md', 'html', 'csv', 'json'] as const;

export const rollupCommand: Command = {
  name: 'rollup',
  summary: 'read every plan together: the plans × commitments matrix and the national sums',
  usage: `Usage: planwright rollup [paths...] [options]

Reads every plan found under the paths together, per framework: a matrix of
plans × commitments (status, final value, fair share, gap), weakest first;
each count target's plans summed by year against the national figure and
each plan's fair share; each rate target's population-weighted mean; the
population the plans cover, organisations in more than one footprint, and
an organisation answering one commitment differently in two plans.

Options:
  -f, --format text|md|html|csv|json  output format (default: text)
  --foundational                      only foundational commitments

Exit codes: 0 done; 2 bad usage or unreadable input.`,
  options: {
    format: { type: 'string', short: 'f' },
    foundational: { type: 'boolean' },
  },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} for rollup`);
    const { plans, scopes, errors } = await loadPlans(args, io, { digests: true });
    if (scopes.length === 0) return EXIT_USAGE;
    const digests = plans.flatMap((plan): PlanDigest[] => (plan.digest ? [plan.digest] : []));
    const rollup = rollUp(digests, { foundationalOnly: flag(args, 'foundational') });
    const cwd = io.cwd;
    io.stdout(
      format === 'md'
        ? formatRollupMarkdown(rollup, cwd)
        : format === 'html'
          ? formatRollupHtml(rollup, cwd)
          : format === 'csv'
            ? formatRollupCsv(rollup, cwd)
            : format === 'json'
              ? formatRollupJson(rollup, cwd)
              : formatRollupText(rollup, cwd),
    );
    return errors.length > 0 ? EXIT_USAGE : EXIT_OK;
  },
};
