import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCommand } from '../../cli/src/commands/check';
import { coverageCommand } from '../../cli/src/commands/coverage';
import { readUsage } from '../../cli/src/commands/plans';
import { REPO } from './cli-harness';
import { runInProcess } from './in-process';

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

/** The overall usage, as a person reads it: one line per command, summaries in one column. */
const USAGE = `Usage: planwright <command> [paths...] [options]

Commands:
  check     report the problems in plans (text, JSON, SARIF, GitHub annotations, JUnit, GitLab)
  coverage  report which commitments each plan answers (Markdown, HTML, CSV or JSON)
  rollup    read every plan together: the plans × commitments matrix and the national sums
  diff      what changed in each plan since a git revision (text, Markdown or JSON)
  catalog   list the catalogs, or one catalog's header and commitments (text, Markdown or JSON)

Paths are plan folders (holding plan.yaml), folders with plans below them, or
plan files. The default is the current folder.

Run \`planwright <command> --help\` for a command's options;
\`planwright --version\` prints the version.`;

interface Case {
  readonly args: readonly string[];
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Usage, help and version: what `run()` prints, where, and the exit code (checked in-process, so per-test coverage sees it). */
const CASES: readonly Case[] = [
  { args: [], status: 2, stdout: '', stderr: `${USAGE}\n` },
  { args: ['--help'], status: 0, stdout: `${USAGE}\n`, stderr: '' },
  { args: ['-h'], status: 0, stdout: `${USAGE}\n`, stderr: '' },
  { args: ['help'], status: 0, stdout: `${USAGE}\n`, stderr: '' },
  { args: ['help', 'check'], status: 0, stdout: `${checkCommand.usage}\n`, stderr: '' },
  { args: ['help', 'coverage', 'extra'], status: 0, stdout: `${coverageCommand.usage}\n`, stderr: '' },
  { args: ['check', '--help'], status: 0, stdout: `${checkCommand.usage}\n`, stderr: '' },
  { args: ['coverage', 'nowhere', '-h'], status: 0, stdout: `${coverageCommand.usage}\n`, stderr: '' },
  { args: ['--version'], status: 0, stdout: `${VERSION}\n`, stderr: '' },
  { args: ['check', 'nowhere', '-V'], status: 0, stdout: `${VERSION}\n`, stderr: '' },
  { args: ['-v', '--help'], status: 0, stdout: `${VERSION}\n`, stderr: '' },
  { args: ['chek'], status: 2, stdout: '', stderr: `planwright: unknown command "chek" — did you mean "check"?\n\n${USAGE}\n` },
  { args: ['frobnicate'], status: 2, stdout: '', stderr: `planwright: unknown command "frobnicate"\n\n${USAGE}\n` },
  { args: ['help', 'rolup'], status: 2, stdout: '', stderr: `planwright: unknown command "rolup" — did you mean "rollup"?\n\n${USAGE}\n` },
  { args: ['-x'], status: 2, stdout: '', stderr: `planwright: unknown command "-x"\n\n${USAGE}\n` },
  {
    args: ['check', '--bogus'],
    status: 2,
    stdout: '',
    stderr: `planwright: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--bogus"\n\n${checkCommand.usage}\n`,
  },
  { args: ['check', '--format'], status: 2, stdout: '', stderr: `planwright: Option '-f, --format <value>' argument missing\n\n${checkCommand.usage}\n` },
  { args: ['check', '--format', 'md'], status: 2, stdout: '', stderr: `planwright: --format must be one of text, json, sarif, github, junit, gitlab for check\n\n${checkCommand.usage}\n` },
  { args: ['coverage', '-f', 'text'], status: 2, stdout: '', stderr: `planwright: --format must be one of md, html, csv, json for coverage\n\n${coverageCommand.usage}\n` },
];

describe('CLI in-process: usage, help, version and usage errors', function () {
  this.timeout(60_000);
  for (const { args, status, stdout, stderr } of CASES) {
    it(`\`planwright ${args.join(' ')}\` → exit ${status}`, async () => {
      const result = await runInProcess(args, REPO);
      assert.deepEqual(result, { status, stdout, stderr });
    });
  }

  it('an error that is not about usage is thrown, not turned into exit 2', async () => {
    // A report written into a folder that does not exist: the file system's error, for the process to report as internal.
    await assert.rejects(runInProcess(['check', 'examples/riverside', '--output', 'no/such/folder/report.txt'], REPO), /ENOENT/);
  });

  it('the read options are described from the column the command asks for, wrapped at 80 characters', () => {
    const tail = '\n\nNothing outside the folders checked is read; symbolic links are reported,\nnever followed.';
    assert.equal(readUsage(27), `  --max-file-size MB       files larger than this are reported, not read\n                           (default: 32)${tail}`);
    assert.equal(readUsage(33), `  --max-file-size MB             files larger than this are reported, not read\n                                 (default: 32)${tail}`);
    // A column right at the option's end still leaves one space after it; a line of exactly 80 characters is not wrapped.
    const oneLine = '  --max-file-size MB files larger than this are reported, not read (default: 32)';
    assert.equal(oneLine.length, 80);
    assert.equal(readUsage(20).split('\n')[0], oneLine);
    // An option longer than the column: the description starts one space after it.
    assert.equal(readUsage(10).split('\n')[0], oneLine);
  });
});
