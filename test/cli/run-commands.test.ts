import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { catalogCommand } from '../../cli/src/commands/catalog';
import { diffCommand } from '../../cli/src/commands/diff';
import { rollupCommand } from '../../cli/src/commands/rollup';
import { parseCsv } from '../helpers/csv';
import { lines, manifest } from '../helpers/engine';
import { TempFolders } from './cli-harness';
import { runInProcess } from './in-process';
import { git } from '../helpers/git';

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');
/** A response below its fair share (partial), one met and a transformation answered: rows of every kind. */
const CHAPTER = lines(
  '# Chapter',
  '',
  block('mh-talking-therapies', 'at-risk', 'lead: test-ccg', 'trajectory: { 2022/23: 12500, 2023/24: 15000 }'),
  block('cancer-62-day', 'on-track', 'trajectory: { 2019/20: 85%, 2020/21: 85%, 2021/22: 85%, 2022/23: 85%, 2023/24: 85% }'),
  block('air-pollution', 'on-track'),
);
const LOCAL_CATALOG = lines(
  'catalog: { id: anyshire-local, title: Anyshire local priorities, version: "3", period: { start: 2019/20, end: 2023/24 } }',
  'areas: [{ id: local, title: Local }]',
  'commitments:',
  '  - { id: local-housing, area: local, kind: transformation, title: Housing, summary: S, guidance: G, source: { title: Board paper } }',
  '',
);
const BUILT_IN_INDEX = [
  'ltp-2019       built-in  2019/20-2023/24   54 commitments  NHS Long Term Plan and Implementation Framework (system plans 2019/20 to 2023/24)',
  'mtpf-2026      built-in  2026/27-2028/29   21 commitments  Medium Term Planning Framework: delivering change together, 2026/27 to 2028/29',
  'planning-2016  built-in  2016/17-2020/21   14 commitments  Delivering the Forward View: NHS shared planning guidance 2016/17 to 2020/21',
  'planning-2025  built-in  2025/26-2025/26   25 commitments  2025/26 priorities and operational planning guidance (NHS England)',
];

describe('CLI in-process: coverage, rollup, catalog and diff', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());
  const plans = () => temp.withFiles({ 'plans/x/plan.yaml': manifest(), 'plans/x/a.md': CHAPTER });

  describe('coverage', () => {
    const firstLines: { readonly format: string | undefined; readonly first: string }[] = [
      { format: undefined, first: '# Commitment coverage: Test plan' },
      { format: 'md', first: '# Commitment coverage: Test plan' },
      { format: 'html', first: '<!doctype html>' },
      { format: 'csv', first: 'plan,planStage,asAt,reportDate,area,id,kind,title,status,reason,planStatus,target,fairShare,finalValue,gap,responses' },
      { format: 'json', first: '[' },
    ];
    for (const { format, first } of firstLines) {
      it(`${format ?? 'the default (md)'}: that report, exit 0`, async () => {
        const result = await runInProcess(['coverage', 'plans/x', ...(format ? ['-f', format] : [])], plans());
        assert.deepEqual([result.status, result.stderr, result.stdout.split(/\r?\n/)[0]], [0, '', first]);
        if (format === 'csv') assert.ok(result.stdout.includes('\nTest plan,,,2026-12-04,Mental health,mh-talking-therapies,foundational,Widen access to talking therapies,partial,'), result.stdout);
        if (format === 'json') assert.deepEqual((JSON.parse(result.stdout) as { title: string; reportDate: string }[]).map((p) => [p.title, p.reportDate]), [['Test plan', '2026-12-04']]);
      });
    }

    it('a missing path: exit 2 with the error, the rest still reported; none readable: nothing printed', async () => {
      const folder = plans();
      const some = await runInProcess(['coverage', 'plans/x', 'nowhere', '-f', 'csv'], folder);
      assert.deepEqual([some.status, some.stderr, some.stdout.split('\n').length > 50], [2, 'planwright: nowhere: no such file or folder\n', true]);
      assert.deepEqual(await runInProcess(['coverage', 'nowhere'], folder), { status: 2, stdout: '', stderr: 'planwright: nowhere: no such file or folder\n' });
    });
  });

  describe('rollup', () => {
    const firstLines: { readonly format: string | undefined; readonly first: string }[] = [
      { format: undefined, first: 'Roll-up: 1 plan on ltp-2019' },
      { format: 'text', first: 'Roll-up: 1 plan on ltp-2019' },
      { format: 'md', first: '# Roll-up: 1 plan on `ltp-2019`' },
      { format: 'html', first: '<!doctype html>' },
      { format: 'csv', first: 'framework,row,plan,root,commitment,title,kind,status,year,value,fair_share,required,balance,gap' },
      { format: 'json', first: '{' },
    ];
    for (const { format, first } of firstLines) {
      it(`${format ?? 'the default (text)'}: that report, exit 0`, async () => {
        const result = await runInProcess(['rollup', 'plans', ...(format ? ['-f', format] : [])], plans());
        assert.deepEqual([result.status, result.stderr, result.stdout.split(/\r?\n/)[0]], [0, '', first]);
      });
    }

    it('--foundational keeps only the foundational commitments', async () => {
      const folder = plans();
      const kinds = async (extra: readonly string[]) => new Set(parseCsv((await runInProcess(['rollup', 'plans', '-f', 'csv', ...extra], folder)).stdout).filter((row) => row[1] === 'plan').map((row) => row[6]));
      assert.deepEqual([...(await kinds(['--foundational']))], ['foundational']);
      assert.ok((await kinds([])).has('transformation'));
    });

    it('errors: a bad format is a usage error; a missing path exits 2 after the report; no plan at all prints nothing', async () => {
      const folder = plans();
      assert.deepEqual(await runInProcess(['rollup', '-f', 'xml'], folder), { status: 2, stdout: '', stderr: `planwright: --format must be one of text, md, html, csv, json for rollup\n\n${rollupCommand.usage}\n` });
      const some = await runInProcess(['rollup', 'plans', 'nowhere'], folder);
      assert.deepEqual([some.status, some.stderr, some.stdout.split('\n')[0]], [2, 'planwright: nowhere: no such file or folder\n', 'Roll-up: 1 plan on ltp-2019']);
      assert.deepEqual(await runInProcess(['rollup', 'nowhere'], folder), { status: 2, stdout: '', stderr: 'planwright: nowhere: no such file or folder\n' });
    });
  });

  describe('catalog', () => {
    it('with no id, outside a plan: the built-in catalogs, in text, md and json', async () => {
      const folder = temp.make();
      assert.deepEqual(await runInProcess(['catalog'], folder), { status: 0, stdout: `${BUILT_IN_INDEX.join('\n')}\n`, stderr: '' });
      assert.equal((await runInProcess(['catalog', '-f', 'md'], folder)).stdout.split('\n')[0], '| id | catalog | version | period | commitments | fair-share population |');
      const json = JSON.parse((await runInProcess(['catalog', '-f', 'json'], folder)).stdout) as { id: string; commitments: number }[];
      assert.deepEqual(json.map((c) => [c.id, c.commitments]), [['ltp-2019', 54], ['mtpf-2026', 21], ['planning-2016', 14], ['planning-2025', 25]]);
    });

    it('one catalog: its header and commitments in text, md and json', async () => {
      const folder = temp.make();
      const text = await runInProcess(['catalog', 'ltp-2019'], folder);
      assert.deepEqual([text.status, text.stdout.split('\n').slice(0, 3)], [0, ['ltp-2019: NHS Long Term Plan and Implementation Framework (system plans 2019/20 to 2023/24)', '  version: 2019.06', '  period: 2019/20 to 2023/24']]);
      assert.equal((await runInProcess(['catalog', 'ltp-2019', '-f', 'md'], folder)).stdout.split('\n')[2], '# ltp-2019: NHS Long Term Plan and Implementation Framework (system plans 2019/20 to 2023/24)');
      const json = JSON.parse((await runInProcess(['catalog', 'ltp-2019', '-f', 'json'], folder)).stdout) as { id: string; commitments: unknown[] };
      assert.deepEqual([json.id, json.commitments.length], ['ltp-2019', 54]);
    });

    it('the local catalogs of the plan in the current folder, or of --plan, follow the built-in ones', async () => {
      const folder = temp.withFiles({ 'plan.yaml': manifest('catalogs: [local.catalog.yaml]'), 'local.catalog.yaml': LOCAL_CATALOG, 'a.md': block('local-housing', 'on-track') });
      const local = 'anyshire-local  local     2019/20-2023/24    1 commitment   Anyshire local priorities';
      // The id column is as wide as the longest id; one commitment is "1 commitment", in the same column.
      const index = `${[...BUILT_IN_INDEX.map((line) => line.replace(/^(\S+)/, '$1 ')), local].join('\n')}\n`;
      assert.deepEqual(await runInProcess(['catalog'], folder), { status: 0, stdout: index, stderr: '' });
      assert.equal((await runInProcess(['catalog', '--plan', folder], temp.make())).stdout, index);
      // A relative --plan is read from the current folder.
      assert.equal((await runInProcess(['catalog', '--plan', basename(folder)], dirname(folder))).stdout, index);
      const one = await runInProcess(['catalog', 'anyshire-local'], folder);
      assert.deepEqual(one.stdout.split('\n').slice(0, 6), ['anyshire-local: Anyshire local priorities', '  version: 3', '  period: 2019/20 to 2023/24', '  fair-share population: none (no fair shares)', '  1 commitment', '']);
    });

    it('errors: an unknown id (with or without a close one), two ids, a bad format, an unreadable --plan', async () => {
      const folder = temp.make();
      const usage = (message: string) => ({ status: 2, stdout: '', stderr: `planwright: ${message}\n\n${catalogCommand.usage}\n` });
      assert.deepEqual(await runInProcess(['catalog', 'ltp-201'], folder), usage('unknown catalog `ltp-201`: did you mean `ltp-2019`?'));
      assert.deepEqual(await runInProcess(['catalog', 'zzz'], folder), usage('unknown catalog `zzz`: the catalogs are `ltp-2019`, `mtpf-2026`, `planning-2016` or `planning-2025`'));
      assert.deepEqual(await runInProcess(['catalog', 'a', 'b'], folder), usage('catalog takes at most one catalog id'));
      assert.deepEqual(await runInProcess(['catalog', '-f', 'csv'], folder), usage('--format must be one of text, md, json for catalog'));
      // Named as given, as every other command names a path.
      assert.deepEqual(await runInProcess(['catalog', '--plan', 'nowhere'], folder), { status: 2, stdout: '', stderr: 'planwright: nowhere: no such file or folder\n' });
    });
  });

  describe('diff', () => {
    /** A repository with plan "north" committed and tagged "draft". */
    const repo = () => {
      const folder = temp.withFiles({ 'north/plan.yaml': manifest(), 'north/a.md': CHAPTER });
      git(folder, 'init', '-q');
      git(folder, 'add', '-A');
      git(folder, 'commit', '-qm', 'draft');
      git(folder, 'tag', 'draft');
      return folder;
    };

    it('text (default), md and json name the base and its commit; an unchanged plan says so', async () => {
      const folder = repo();
      const commit = git(folder, 'rev-parse', 'HEAD').trim();
      assert.deepEqual(await runInProcess(['diff', '--base', 'draft'], folder), {
        status: 0,
        stdout: [
          `Changes since draft (${commit.slice(0, 12)}):`,
          '',
          'Test plan (north): unchanged',
          '  before: foundational 2/31 answered, 1 met; 1 met, 1 partial, 51 missing, 0 n/a; 56 findings',
          '  after:  foundational 2/31 answered, 1 met; 1 met, 1 partial, 51 missing, 0 n/a; 56 findings',
          '',
        ].join('\n'),
        stderr: '',
      });
      assert.equal((await runInProcess(['diff', '-b', 'draft', '-f', 'md'], folder)).stdout.split('\n')[0], `## Plan changes since \`draft\` (${commit.slice(0, 12)})`);
      const json = JSON.parse((await runInProcess(['diff', '-b', 'draft', '-f', 'json'], folder)).stdout) as { base: string; commit: string; plans: { root: string; change: string }[] };
      assert.deepEqual([json.base, json.commit, json.plans.map((p) => [p.root, p.change])], ['draft', commit, [['north', 'unchanged']]]);
    });

    it('a file as the path compares its plan; a folder below the top works from there', async () => {
      const folder = repo();
      writeFileSync(join(folder, 'north', 'a.md'), CHAPTER.replace('status: at-risk', 'status: on-track'));
      const file = await runInProcess(['diff', '-b', 'draft', 'north/a.md'], folder);
      assert.equal(file.status, 0, file.stderr);
      assert.deepEqual(file.stdout.split('\n').slice(2), [
        'Test plan (north): changed',
        '  before: foundational 2/31 answered, 1 met; 1 met, 1 partial, 51 missing, 0 n/a; 56 findings',
        '  after:  foundational 2/31 answered, 1 met; 1 met, 1 partial, 51 missing, 0 n/a; 57 findings',
        '  ~ mh-talking-therapies: status at-risk → on-track',
        '  new finding: north/a.md:5 warning status is on-track, but the trajectory misses the target in 2023/24: change the status to at-risk or off-track, or the trajectory [trajectory-target]',
        '',
      ]);
      const inside = await runInProcess(['diff', '-b', 'draft'], join(folder, 'north'));
      assert.match(inside.stdout, /^Test plan \(\.\): changed$/m);
    });

    it('a plan removed since the revision is reported (exit 0); a path in neither version exits 2', async () => {
      const folder = repo();
      rmSync(join(folder, 'north'), { recursive: true });
      const removed = await runInProcess(['diff', '-b', 'draft', 'north'], folder);
      assert.deepEqual([removed.status, removed.stderr], [0, 'planwright: north: no such file or folder\n']);
      assert.match(removed.stdout, /^Test plan \(north\): plan removed$/m);
      const neither = await runInProcess(['diff', '-b', 'draft', 'south'], folder);
      assert.deepEqual([neither.status, neither.stderr], [2, 'planwright: south: no such file or folder\n']);
    });

    it('errors: --base missing, a bad format, an unknown or invalid revision, no repository', async () => {
      const folder = repo();
      const usage = (message: string) => ({ status: 2, stdout: '', stderr: `planwright: ${message}\n\n${diffCommand.usage}\n` });
      assert.deepEqual(await runInProcess(['diff'], folder), usage('diff needs --base <revision>: the branch, tag or commit to compare with'));
      assert.deepEqual(await runInProcess(['diff', '-b', 'draft', '-f', 'html'], folder), usage('--format must be one of text, md, json for diff'));
      assert.deepEqual(await runInProcess(['diff', '-b', 'nope'], folder), { status: 2, stdout: '', stderr: 'planwright: unknown revision "nope": no branch, tag or commit of that name in this repository\n' });
      assert.deepEqual(await runInProcess(['diff', '--base=-x'], folder), { status: 2, stdout: '', stderr: 'planwright: "-x" is not a revision: name a branch, tag or commit\n' });
      assert.deepEqual(await runInProcess(['diff', '--base= '], folder), { status: 2, stdout: '', stderr: 'planwright: " " is not a revision: name a branch, tag or commit\n' });
      const outside = temp.withFiles({ 'north/plan.yaml': manifest() });
      assert.deepEqual(await runInProcess(['diff', '-b', 'main', 'north'], outside), { status: 2, stdout: '', stderr: `planwright: ${join(outside, 'north')} is not inside a git repository: --base compares with a git revision\n` });
      assert.deepEqual(await runInProcess(['diff', '-b', 'main', 'gone'], outside), { status: 2, stdout: '', stderr: `planwright: ${outside} is not inside a git repository: --base compares with a git revision\n` });
    });
  });
});
