import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCommand } from '../../cli/src/commands/check';
import { FIXABLE_CHAPTER, FIXED_CHAPTER, PLAN_YAML } from '../helpers/fixable-plan';
import { TempFolders } from './cli-harness';
import { runInProcess } from './in-process';

/** Two mistyped ids: two errors, nothing else in this file. */
const TWO_ERRORS = ['# Mental health', '', '```commitment', 'id: mh-perinatel', 'status: on-track', '```', '', '```commitment', 'id: mh-crisis-caer', 'status: on-track', '```', ''].join('\n');
const ERROR_LINES = [
  'plans/x/a.md:4:5 error unknown-commitment commitment `mh-perinatel` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?',
  'plans/x/a.md:9:5 error unknown-commitment commitment `mh-crisis-caer` is not in the ltp-2019 catalog: did you mean `mh-crisis-care`?',
];
/** A trajectory missing two years: one warning, nothing else in this file. */
const ONE_WARNING = ['# Primary care', '', '```commitment', 'id: pc-network-staff', 'status: on-track', 'lead: test-ccg', 'trajectory: { 2019/20: 100, 2021/22: 300, 2023/24: 500 }', '```', ''].join('\n');
const WARNING_LINE = 'plans/x/w.md:7:1 warning trajectory-period `pc-network-staff` trajectory has no value for 2020/21, 2022/23: give a value for every year from 2019/20 to 2023/24';
/** The lines of a second, similar block under ONE_WARNING: a warning and an information finding. */
const SECOND_BLOCK = [
  'plans/x/w.md:16:1 warning trajectory-period `personal-health-budgets` trajectory has no value for 2020/21, 2022/23: give a value for every year from 2019/20 to 2023/24',
  'plans/x/w.md:16:52 info trajectory-target 2023/24: 500 against a fair share of 4,442 (200,000 × 1,250,000 ÷ 56.3m): short by 89%. This is an ambition ("up to"), not a floor. The target: people with a personal health budget',
];
/** An unknown id disabled with a reason: not counted. */
const DISABLED = ['<!-- planwright-disable unknown-commitment: a local pilot agreed with the region -->', '```commitment', 'id: local-pilot-scheme', 'status: on-track', '```', ''].join('\n');
const SUMMARY_TAIL = '  Test plan: foundational commitments 1/31 answered, 1 met · all: 1 met, 0 answered, 0 partial, 53 missing, 0 not applicable\n';
const ANSI = '\x1b[';

describe('CLI in-process: planwright check', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());
  const plan = (files: Readonly<Record<string, string>> = {}) => temp.withFiles({ 'plans/x/plan.yaml': PLAN_YAML, 'plans/x/a.md': TWO_ERRORS, 'plans/x/w.md': ONE_WARNING, 'plans/x/c.md': '# Nothing to check\n', ...files });

  it('text: one line per finding relative to the current folder, a blank line, the summary; errors exit 1', async () => {
    const folder = plan();
    const result = await runInProcess(['check', 'plans/x/a.md'], folder);
    assert.deepEqual(result, { status: 1, stdout: `${ERROR_LINES.join('\n')}\n\n✖ 2 problems (2 errors, 0 warnings, 0 info) in 1 plan\n${SUMMARY_TAIL}`, stderr: '' });
    // The same from inside the plan folder: paths are relative to where it runs.
    const inside = await runInProcess(['check', 'a.md'], join(folder, 'plans', 'x'));
    assert.equal(inside.stdout.split('\n')[0], ERROR_LINES[0]?.replace('plans/x/', ''));
    // Absolute paths given are printed absolute.
    const absolute = await runInProcess(['check', join(folder, 'plans/x/a.md')], '/');
    assert.equal(absolute.stdout.split('\n')[0], `${folder}/${ERROR_LINES[0] ?? ''}`);
  });

  const exits: { readonly args: readonly string[]; readonly status: number; readonly stderr: string; readonly listed: readonly string[]; readonly twice?: boolean }[] = [
    { args: ['plans/x/w.md'], status: 0, stderr: '', listed: [WARNING_LINE] },
    { args: ['plans/x/w.md', '--max-warnings', '0'], status: 1, stderr: 'planwright: 1 warning, more than --max-warnings 0\n', listed: [WARNING_LINE] },
    { args: ['plans/x/w.md', '--max-warnings', '1'], status: 0, stderr: '', listed: [WARNING_LINE] },
    { args: ['plans/x/w.md', '--max-warnings', '1'], status: 1, stderr: 'planwright: 2 warnings, more than --max-warnings 1\n', listed: [WARNING_LINE, ...SECOND_BLOCK], twice: true },
    { args: ['plans/x/w.md', '--max-warnings', '0', '--exit-zero'], status: 0, stderr: '', listed: [WARNING_LINE] },
    { args: ['plans/x/w.md', '-q', '--max-warnings', '0'], status: 1, stderr: 'planwright: 1 warning, more than --max-warnings 0\n', listed: [] },
    { args: ['plans/x/a.md', '--exit-zero'], status: 0, stderr: '', listed: ERROR_LINES },
    { args: ['plans/x/a.md', '--max-warnings', '5'], status: 1, stderr: '', listed: ERROR_LINES },
    { args: ['plans/x/c.md'], status: 0, stderr: '', listed: [] },
  ];
  for (const { args, status, stderr, listed, twice } of exits) {
    it(`\`check ${args.join(' ')}\`${twice ? ' (two warnings)' : ''}: exit ${status}, ${listed.length} finding lines`, async () => {
      // Twice: the trajectory block again under another id's block, so the file has two warnings.
      const files: Record<string, string> = twice ? { 'plans/x/w.md': `${ONE_WARNING}\n${ONE_WARNING.replace('# Primary care', '').replace('pc-network-staff', 'personal-health-budgets')}` } : {};
      const result = await runInProcess(['check', ...args], plan(files));
      assert.equal(result.status, status);
      assert.equal(result.stderr, stderr);
      // Finding lines, then a blank line and the summary (the blank line also when nothing is listed).
      const lines = result.stdout.split('\n');
      const blank = lines.indexOf('');
      assert.deepEqual(lines.slice(0, blank), listed);
      assert.match(lines[blank + 1] ?? '', /^[✔!✖] \d+ problems? /);
    });
  }

  const usageErrors: { readonly args: readonly string[]; readonly message: string }[] = [
    { args: ['--max-warnings=-1'], message: '--max-warnings takes a whole number, 0 or more' },
    { args: ['--max-warnings', '1.5'], message: '--max-warnings takes a whole number, 0 or more' },
    { args: ['--max-warnings', ' '], message: '--max-warnings takes a whole number, 0 or more' },
    { args: ['--max-warnings', 'ten'], message: '--max-warnings takes a whole number, 0 or more' },
    { args: ['--max-file-size', '0'], message: '--max-file-size takes a size in megabytes, more than 0 (for example 8 or 0.5)' },
    { args: ['--max-file-size=-2'], message: '--max-file-size takes a size in megabytes, more than 0 (for example 8 or 0.5)' },
    { args: ['--max-file-size='], message: '--max-file-size takes a size in megabytes, more than 0 (for example 8 or 0.5)' },
    { args: ['--max-file-size', 'Infinity'], message: '--max-file-size takes a size in megabytes, more than 0 (for example 8 or 0.5)' },
    { args: ['--baseline', 'nope.json'], message: 'no baseline at {folder}/nope.json: create it with --update-baseline' },
  ];
  for (const { args, message } of usageErrors) {
    it(`\`check ${args.join(' ')}\` is a usage error: ${message}`, async () => {
      const folder = plan();
      const result = await runInProcess(['check', 'plans/x', ...args], folder);
      assert.deepEqual(result, { status: 2, stdout: '', stderr: `planwright: ${message.replace('{folder}', folder)}\n\n${checkCommand.usage}\n` });
    });
  }

  it('--max-file-size: a file over the limit is reported unreadable and the run exits 2', async () => {
    // 0.001 MB is 1049 bytes (rounded): plan.yaml (699 bytes) and a.md are read, the 2000-byte file is not.
    const folder = plan({ 'plans/x/big.md': `# Big\n\n${'x'.repeat(1992)}\n` });
    const result = await runInProcess(['check', 'plans/x/big.md', 'plans/x/c.md', '--max-file-size', '0.001'], folder);
    assert.equal(result.status, 2);
    assert.equal(result.stdout.split('\n')[0], 'plans/x/big.md:1:1 error unreadable-file the file is 2.0 KB, over the 1.0 KB limit for a plan file, so it is not read (the limit is set by `--max-file-size` or the `planwright.files.maxFileSize` setting)');
    const small = await runInProcess(['check', 'plans/x/a.md', '--max-file-size', '0.001'], folder);
    assert.equal(small.status, 1, small.stdout);
  });

  it('a path that does not exist: the others are still reported, and the run exits 2', async () => {
    const folder = plan();
    const result = await runInProcess(['check', 'plans/x/c.md', 'plans/nowhere'], folder);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'planwright: plans/nowhere: no such file or folder\n');
    assert.equal(result.stdout, `\n✔ 0 problems (0 errors, 0 warnings, 0 info) in 1 plan\n${SUMMARY_TAIL}`);
    const only = await runInProcess(['check', 'nowhere'], folder);
    assert.deepEqual(only, { status: 2, stdout: '', stderr: 'planwright: nowhere: no such file or folder\n' });
  });

  it('colour: on when the output is a terminal, off with --no-color or -o, forced with --color', async () => {
    const folder = plan();
    assert.ok((await runInProcess(['check', 'plans/x/a.md'], folder, { color: true })).stdout.includes(ANSI));
    assert.ok(!(await runInProcess(['check', 'plans/x/a.md', '--no-color'], folder, { color: true })).stdout.includes(ANSI));
    assert.ok(!(await runInProcess(['check', 'plans/x/a.md', '--color', '--no-color'], folder)).stdout.includes(ANSI));
    assert.ok((await runInProcess(['check', 'plans/x/a.md', '--color'], folder)).stdout.includes(ANSI));
    const written = await runInProcess(['check', 'plans/x/a.md', '-o', 'report.txt'], folder, { color: true });
    assert.deepEqual([written.status, written.stdout], [1, '']);
    assert.equal(readFileSync(join(folder, 'report.txt'), 'utf8'), `${ERROR_LINES.join('\n')}\n\n✖ 2 problems (2 errors, 0 warnings, 0 info) in 1 plan\n${SUMMARY_TAIL}`);
    await runInProcess(['check', 'plans/x/a.md', '-o', 'coloured.txt', '--color'], folder);
    assert.ok(readFileSync(join(folder, 'coloured.txt'), 'utf8').includes(ANSI));
  });

  const formats: { readonly format: string; readonly first: string }[] = [
    { format: 'json', first: '{' },
    { format: 'sarif', first: '{' },
    { format: 'github', first: '::error file=plans/x/a.md,line=4,col=5,endLine=4,endColumn=17,title=unknown-commitment::commitment `mh-perinatel` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?' },
    { format: 'junit', first: '<?xml version="1.0" encoding="UTF-8"?>' },
    { format: 'gitlab', first: '[' },
  ];
  for (const { format, first } of formats) {
    it(`--format ${format} renders that format`, async () => {
      const result = await runInProcess(['check', 'plans/x/a.md', '--format', format], plan());
      assert.equal(result.status, 1);
      assert.equal(result.stdout.split('\n')[0], first);
      if (format === 'json') assert.deepEqual((JSON.parse(result.stdout) as { summary: Record<string, number> }).summary['error'], 2);
      if (format === 'sarif') assert.equal((JSON.parse(result.stdout) as { version: string }).version, '2.1.0');
      if (format === 'gitlab') assert.deepEqual((JSON.parse(result.stdout) as { check_name: string }[]).map((issue) => issue.check_name), ['unknown-commitment', 'unknown-commitment']);
    });
  }

  it('GITHUB_STEP_SUMMARY: appends the counts (singular and plural) and what was not counted, then the coverage', async () => {
    const folder = plan({ 'plans/x/d.md': DISABLED });
    const summary = join(folder, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    await runInProcess(['check', 'plans/x/a.md'], folder, { env: { GITHUB_STEP_SUMMARY: summary } });
    await runInProcess(['check', 'plans/x/w.md', 'plans/x/d.md'], folder, { env: { GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, 'utf8');
    assert.ok(text.startsWith('earlier step\n## Planwright: 2 errors, 0 warnings\n\n'), text.slice(0, 200));
    const second = text.indexOf('## Planwright: 0 errors, 1 warning (not counted: 1 disabled in the plan)\n\n');
    assert.ok(second > 0, text);
    assert.ok(text.slice(second).includes('Test plan'), 'the coverage follows the counts');
    assert.equal(text.split('## Planwright:').length, 3, 'one section per run');
  });

  it('GITHUB_STEP_SUMMARY naming a folder: says so on stderr, the check itself still reports', async () => {
    const folder = plan();
    const result = await runInProcess(['check', 'plans/x/c.md'], folder, { env: { GITHUB_STEP_SUMMARY: folder } });
    assert.equal(result.status, 0);
    assert.match(result.stderr, new RegExp(`^planwright: cannot write the job summary to ${folder}: EISDIR: illegal operation on a directory, open '${folder}'\n$`));
    assert.equal(result.stdout, `\n✔ 0 problems (0 errors, 0 warnings, 0 info) in 1 plan\n${SUMMARY_TAIL}`);
  });

  it('--fix applies the fixes to the files named, prints each change, then reports what is left', async () => {
    const folder = temp.withFiles({ 'plan/plan.yaml': PLAN_YAML, 'plan/a.md': FIXABLE_CHAPTER, 'plan/b.md': FIXABLE_CHAPTER });
    const result = await runInProcess(['check', 'plan/a.md', '--fix', '-f', 'json'], folder);
    assert.equal(result.stderr, 'planwright: fixed plan/a.md\n  line 4: Change to `mh-perinatal` (unknown-commitment)\n  line 13: Fill the missing years (2020/21, 2022/23) by interpolation (trajectory-period)\n');
    assert.equal(readFileSync(join(folder, 'plan', 'a.md'), 'utf8'), FIXED_CHAPTER);
    assert.equal(readFileSync(join(folder, 'plan', 'b.md'), 'utf8'), FIXABLE_CHAPTER);
    assert.deepEqual((JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId), []);
    // Nothing left to fix: nothing printed, nothing written.
    const again = await runInProcess(['check', 'plan/a.md', '--fix', '-f', 'json'], folder);
    assert.equal(again.stderr, '');
  });

  it('--fix with no plan in reach: the read errors, exit 2, nothing checked', async () => {
    const folder = temp.withFiles({ 'notes.md': '# Notes\n' });
    assert.deepEqual(await runInProcess(['check', '--fix'], folder), { status: 2, stdout: '', stderr: 'planwright: .: no plan here (no plan.yaml in this folder, above it or below it)\n' });
  });

  it('--fix in the current folder (no path): fixes every file of the plan', async () => {
    const folder = temp.withFiles({ 'plan.yaml': PLAN_YAML, 'a.md': FIXABLE_CHAPTER });
    const result = await runInProcess(['check', '--fix', '-f', 'json'], folder);
    assert.match(result.stderr, /^planwright: fixed a\.md\n {2}line 4: /);
    assert.equal(readFileSync(join(folder, 'a.md'), 'utf8'), FIXED_CHAPTER);
  });

  it('--output into a folder that is made for it is written whole', async () => {
    const folder = plan();
    mkdirSync(join(folder, 'out'));
    const result = await runInProcess(['check', 'plans/x/w.md', '-o', 'out/r.json', '-f', 'json'], folder);
    assert.deepEqual([result.status, result.stdout], [0, '']);
    assert.equal((JSON.parse(readFileSync(join(folder, 'out', 'r.json'), 'utf8')) as { summary: Record<string, number> }).summary['warning'], 1);
  });
});
