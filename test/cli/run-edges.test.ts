import * as assert from 'node:assert/strict';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type CliIO } from '../../cli/src/main';
import { lines, manifest, SHARED_LOCAL_CATALOG } from '../helpers/engine';
import { FIXABLE_CHAPTER, FIXED_CHAPTER, PLAN_YAML } from '../helpers/fixable-plan';
import { TempFolders } from './cli-harness';
import { runInProcess } from './in-process';
import { git } from '../helpers/git';

/** The edges of the commands that the main in-process cases leave: which files --fix names, -q, the job summary's words, nested plans, progress, diff's exit codes. */

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');
const MISTYPED = block('mh-perinatel', 'on-track');
const DISABLED = lines('<!-- planwright-disable unknown-commitment: a local pilot -->', block('local-pilot-scheme', 'on-track'));

describe('CLI in-process: edges of the commands', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());

  it('--fix on two files lists each file with its own changes; an absolute path works from anywhere; the file mode is kept', async () => {
    const folder = temp.withFiles({ 'plan/plan.yaml': PLAN_YAML, 'plan/a.md': FIXABLE_CHAPTER, 'plan/b.md': '# B\n\n```commitment\nid: mh-crisis-caer\nstatus: on-track\n```\n' });
    chmodSync(join(folder, 'plan', 'a.md'), 0o600);
    const result = await runInProcess(['check', join(folder, 'plan', 'a.md'), join(folder, 'plan', 'b.md'), '--fix', '-f', 'json'], temp.make());
    assert.equal(
      result.stderr,
      [
        `planwright: fixed ${join(folder, 'plan', 'a.md')}`,
        '  line 4: Change to `mh-perinatal` (unknown-commitment)',
        '  line 13: Fill the missing years (2020/21, 2022/23) by interpolation (trajectory-period)',
        `planwright: fixed ${join(folder, 'plan', 'b.md')}`,
        '  line 4: Change to `mh-crisis-care` (unknown-commitment)',
        '',
      ].join('\n'),
    );
    assert.equal(readFileSync(join(folder, 'plan', 'a.md'), 'utf8'), FIXED_CHAPTER);
    assert.equal(statSync(join(folder, 'plan', 'a.md')).mode & 0o777, 0o600);
  });

  it('--fix leaves out a fix that would also edit a file not named; naming both applies it to both', async () => {
    const plan = PLAN_YAML.replace('id: test-hospital', 'id: Test_Hospital');
    const chapter = block('mh-liaison', 'on-track', 'lead: Test_Hospital');
    const folder = temp.withFiles({ 'p/plan.yaml': plan, 'p/a.md': chapter });
    const one = await runInProcess(['check', 'p/plan.yaml', '--fix', '-f', 'json'], folder);
    assert.equal(one.stderr, '');
    assert.deepEqual([readFileSync(join(folder, 'p', 'plan.yaml'), 'utf8'), readFileSync(join(folder, 'p', 'a.md'), 'utf8')], [plan, chapter]);
    const both = await runInProcess(['check', 'p', '--fix', '-f', 'json'], folder);
    // plan.yaml lists the fix by its finding's line; a.md by the line the rename edits there.
    const change = (line: number) => `  line ${line}: Rename \`Test_Hospital\` to \`test-hospital\` everywhere (2 places) (schema)`;
    const inChapter = chapter.split('\n').findIndex((line) => line.includes('Test_Hospital')) + 1;
    assert.ok(inChapter > 0 && inChapter !== 11);
    assert.equal(both.stderr, ['planwright: fixed p/plan.yaml', change(11), 'planwright: fixed p/a.md', change(inChapter), ''].join('\n'));
    assert.deepEqual([readFileSync(join(folder, 'p', 'plan.yaml'), 'utf8'), readFileSync(join(folder, 'p', 'a.md'), 'utf8')], [PLAN_YAML, chapter.replace('Test_Hospital', 'test-hospital')]);
  });

  it('-q reports the errors only; the warnings still count for --max-warnings', async () => {
    const folder = temp.withFiles({ 'p/plan.yaml': PLAN_YAML, 'p/a.md': FIXABLE_CHAPTER });
    const result = await runInProcess(['check', 'p/a.md', '-q', '--max-warnings', '0'], folder);
    assert.equal(result.status, 1);
    assert.deepEqual(result.stdout.split('\n').filter((line) => line.startsWith('p/')), ['p/a.md:4:5 error unknown-commitment commitment `mh-perinatel` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?']);
  });

  it('the job summary names one error in the singular and everything not counted', async () => {
    const folder = temp.withFiles({ 'p/plan.yaml': PLAN_YAML, 'p/a.md': MISTYPED, 'p/b.md': lines(block('mh-crisis-caer', 'on-track'), block('mh-liaisn', 'on-track')), 'p/d.md': DISABLED });
    await runInProcess(['check', 'p/b.md', '--update-baseline', '--baseline', 'base.json'], folder);
    const summary = join(folder, 'summary.md');
    await runInProcess(['check', 'p/a.md', 'p/b.md', 'p/d.md', '--baseline', 'base.json'], folder, { env: { GITHUB_STEP_SUMMARY: summary } });
    assert.equal(readFileSync(summary, 'utf8').split('\n')[0], '## Planwright: 1 error, 0 warnings (not counted: 2 baselined, 1 disabled in the plan)');
  });

  it('an update counts as new only the errors and warnings (not information) since the last', async () => {
    const budgets = block('personal-health-budgets', 'on-track', 'lead: test-ccg', 'trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 500 }');
    const folder = temp.withFiles({ 'p/plan.yaml': PLAN_YAML, 'p/a.md': budgets });
    await runInProcess(['check', 'p/a.md', '--update-baseline'], folder);
    writeFileSync(join(folder, 'p', 'a.md'), lines(budgets, MISTYPED));
    assert.equal((await runInProcess(['check', 'p/a.md', '--update-baseline'], folder)).stderr, 'planwright: wrote planwright-baseline.json: 1 findings recorded (1 new, 0 entries pruned)\n');
  });

  it('a file of an outer plan: the plans nested below it are read, not reported; a file whose name extends it is not in scope', async () => {
    const folder = temp.withFiles({ 'outer/plan.yaml': PLAN_YAML, 'outer/a.md': MISTYPED, 'outer/a.md.md': MISTYPED, 'outer/inner/plan.yaml': PLAN_YAML, 'outer/inner/b.md': MISTYPED });
    const result = await runInProcess(['check', 'outer/a.md'], folder);
    const listed = result.stdout.split('\n').filter((line) => line.startsWith('outer/'));
    assert.deepEqual(listed, ['outer/a.md:2:5 error unknown-commitment commitment `mh-perinatel` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?']);
    assert.match(result.stdout, /\n✖ 1 problem \(1 error, 0 warnings, 0 info\) in 1 plan\n/);
  });

  it('`--help check` and `-h check` print the overall usage (only `help` takes a topic)', async () => {
    const overall = (await runInProcess(['--help'], '.')).stdout;
    assert.equal((await runInProcess(['--help', 'check'], '.')).stdout, overall);
    assert.equal((await runInProcess(['-h', 'check'], '.')).stdout, overall);
  });

  it('catalog --plan over two plans sharing a local catalog lists it once', async () => {
    const catalog = SHARED_LOCAL_CATALOG;
    const folder = temp.withFiles({ 'shared.catalog.yaml': catalog, 'a/plan.yaml': manifest('catalogs: [../shared.catalog.yaml]'), 'b/plan.yaml': manifest('catalogs: [../shared.catalog.yaml]') });
    const listed = (await runInProcess(['catalog', '--plan', folder], temp.make())).stdout.split('\n').filter(Boolean);
    assert.deepEqual(listed.map((line) => line.split(' ')[0]), ['ltp-2019', 'mtpf-2026', 'planning-2016', 'planning-2025', 'shared-local']);
  });

  describe('diff exit codes', () => {
    const repo = () => {
      const folder = temp.withFiles({ 'north/plan.yaml': manifest(), 'north/a.md': MISTYPED, 'notes/readme.md': '# Notes\n' });
      git(folder, 'init', '-q');
      git(folder, 'add', '-A');
      git(folder, 'commit', '-qm', 'draft');
      return folder;
    };

    it('a folder with no plan: its error, nothing printed, exit 2', async () => {
      assert.deepEqual(await runInProcess(['diff', '-b', 'HEAD', 'notes'], repo()), { status: 2, stdout: '', stderr: 'planwright: notes: no plan here (no plan.yaml in this folder, above it or below it)\n' });
    });

    it('a plan and a folder with no plan: the plan compared, exit 2 for the other', async () => {
      const result = await runInProcess(['diff', '-b', 'HEAD', 'north', 'notes'], repo());
      assert.equal(result.status, 2);
      assert.match(result.stdout, /^Test plan \(north\): unchanged$/m);
    });

    it('a plan new since the revision: reported, exit 0', async () => {
      const folder = repo();
      writeFileSync(join(folder, 'notes', 'plan.yaml'), manifest());
      const result = await runInProcess(['diff', '-b', 'HEAD', 'notes'], folder);
      assert.deepEqual([result.status, result.stderr], [0, '']);
      assert.match(result.stdout, /^Test plan \(notes\): new plan$/m);
    });
  });

  describe('progress on a terminal', () => {
    async function progress(args: string[], cwd: string): Promise<string> {
      let stderr = '';
      const io: CliIO = { cwd, stdout: () => undefined, stderr: (text) => (stderr += text), color: false, progress: true };
      await run(args, io);
      return stderr;
    }
    const plans = (count: number, chapters: number) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < count; i++) {
        files[`p${i}/plan.yaml`] = PLAN_YAML;
        for (let j = 0; j < chapters; j++) files[`p${i}/c${j}.md`] = '# Chapter\n';
      }
      return temp.withFiles(files);
    };
    const line = (text: string) => `\r\x1b[Kplanwright: ${text}…`;

    it('5 plans are enough to show the checking; under 50 files, no reading', async () => {
      const stderr = await progress(['check', '-f', 'json'], plans(5, 1));
      assert.equal(stderr, `${[1, 2, 3, 4, 5].map((i) => line(`parsing and checking plans ${i}/5`)).join('')}\r\x1b[K`);
      assert.equal(await progress(['check', '-f', 'json'], plans(4, 1)), '');
    });

    it('from 50 files, reading every 25 files and the last', async () => {
      const stderr = await progress(['check', '-f', 'json'], plans(2, 30));
      const reads = [25, 50, 62].map((n) => line(`reading files ${n}/62`)).join('');
      // Two plans are too few to show the checking.
      assert.equal(stderr, `${reads}\r\x1b[K`);
    });
  });
});
