import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffPlans, type PlanVersion } from '../../../core/src/index';
import { GitError, gitTopLevel, loadEngine, resolveCommit, revisionReports } from '../../../host/src/index';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../format/diff';
import { stringOption, type Command } from './command';
import { loadPlans } from './plans';

const FORMATS = ['text', 'md', 'json'] as const;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what changed in each plan since a git revision (text, Markdown or JSON)',
  usage: `Usage: planwright diff --base <revision> [paths...] [options]

Compares each plan under the paths (the current folder by default) with the
same plan at a git revision (a branch, tag or commit): responses added and
removed, statuses changed, trajectory values old → new by year, the
target-year comparison before and after, findings new and resolved, and the
coverage summary before and after. The earlier version is read with git;
the work tree is not touched.

Options:
  -b, --base <revision>       the branch, tag or commit to compare with
                              (required)
  -f, --format text|md|json   output format (default: text; md suits a pull
                              request comment or a GitHub job summary)

Exit codes: 0 done; 2 bad usage, not a git repository, unknown revision.`,
  options: {
    base: { type: 'string', short: 'b' },
    format: { type: 'string', short: 'f' },
  },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} for diff`);
    const base = stringOption(args, 'base');
    if (base === undefined) throw new UsageError('diff needs --base <revision>: the branch, tag or commit to compare with');
    const paths = args.positionals.length > 0 ? args.positionals : ['.'];
    const first = resolve(io.cwd, paths[0] ?? '.');
    const folder = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
    let top: string;
    let commit: string;
    try {
      top = gitTopLevel(existsSync(folder) ? folder : io.cwd);
      commit = resolveCommit(top, base);
    } catch (error) {
      if (error instanceof GitError) {
        io.stderr(`planwright: ${error.message}\n`);
        return EXIT_USAGE;
      }
      throw error;
    }
    const { plans, scopes, errors } = await loadPlans(args, io, { digests: true, keepParses: true });
    // A path that no longer exists may still name a plan in the earlier version.
    const wanted = [...scopes, ...paths.filter((p) => !existsSync(resolve(io.cwd, p))).map((p) => `${pathToFileURL(resolve(io.cwd, p)).href}/`)];
    if (wanted.length === 0) return EXIT_USAGE;
    const before = revisionReports(loadEngine(), top, commit, wanted);
    const after = plans.filter((p): p is PlanVersion => p.digest !== undefined);
    const diffs = diffPlans(before, after);
    const header = { base, commit };
    io.stdout(format === 'md' ? formatDiffMarkdown(diffs, header, io.cwd) : format === 'json' ? formatDiffJson(diffs, header, io.cwd) : formatDiffText(diffs, header, io.cwd));
    const missing = errors.length - paths.filter((p) => !existsSync(resolve(io.cwd, p))).length;
    return missing > 0 || (errors.length > 0 && before.length === 0) ? EXIT_USAGE : EXIT_OK;
  },
};
