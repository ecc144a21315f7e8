import * as assert from 'node:assert/strict';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lines } from '../helpers/engine';
import { STACK_TRACE, TempFolders } from './cli-harness';
import { planwrightEither, prepareCli } from './in-process';
import { git } from '../helpers/git';

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');

function planYaml(title: string): string {
  return lines(
    'plan:',
    `  title: ${title}`,
    '  framework: ltp-2019',
    '  period: { start: 2019/20, end: 2023/24 }',
    '  clinical-lead: Dr T. Test',
    'footprint:',
    '  population: 563000',
    '  organisations:',
    '    - { id: test-ccg, name: NHS Test CCG, type: ccg }',
    'engagement:',
    '  - { with: public, how: listening events }',
    '',
  );
}

/** A repository with one commit ("draft", tagged) of plan "north". */
function draftRepo(temp: TempFolders): string {
  const folder = temp.withFiles({
    'north/plan.yaml': planYaml('North'),
    // mh-talking-therapies: fair share 19,004 for 563,000 people (1.9 million × 563,000 ÷ England's population); 15,000 falls short.
    'north/mh.md': block('mh-talking-therapies', 'at-risk', 'lead: test-ccg', 'trajectory: { 2022/23: 12500, 2023/24: 15000 }'),
    'north/cancer.md': block('cancer-62-day', 'on-track', 'trajectory: { 2019/20: 85%, 2020/21: 85%, 2021/22: 85%, 2022/23: 85%, 2023/24: 85% }'),
  });
  git(folder, 'init', '-q');
  git(folder, 'add', '-A');
  git(folder, 'commit', '-qm', 'draft');
  git(folder, 'tag', 'draft');
  return folder;
}

describe('CLI: planwright diff', function () {
  this.timeout(120_000);
  const temp = new TempFolders();

  before(() => prepareCli());
  after(() => temp.cleanup());

  it('reports trajectories old → new, the target year before and after, statuses, responses and findings (text)', async () => {
    const repo = draftRepo(temp);
    writeFileSync(join(repo, 'north/mh.md'), lines(block('mh-talking-therapies', 'on-track', 'lead: test-ccg', 'trajectory: { 2022/23: 12500, 2023/24: 20000 }'), block('mh-liaison', 'on-track', 'trajectory: { 2023/24: 70% }')));
    const result = await planwrightEither(['diff', '--base', 'draft'], repo);
    assert.equal(result.status, 0, result.stderr);
    const text = result.stdout;
    assert.match(text, /^Changes since draft \([0-9a-f]{12}\):$/m);
    assert.match(text, /^North \(north\): changed$/m);
    assert.match(text, /^ {2}\+ response to mh-liaison \(north\/mh\.md:9\)$/m);
    assert.match(text, /^ {2}~ mh-talking-therapies: coverage partial → met; status at-risk → on-track$/m);
    assert.match(text, /^ {2}~ mh-talking-therapies trajectory: 2023\/24 15,000 → 20,000$/m);
    assert.match(text, /^ {6}target: short by 21% \(15,000 in 2023\/24 against fair share 19,004\) → meets \(20,000 in 2023\/24 against fair share 19,004\)$/m);
    assert.match(text, /^ {2}resolved: north\/mh\.md:\d+ \w+ .*\[trajectory-target\]$/m);
    assert.doesNotMatch(text, /cancer-62-day/, 'an unchanged response is not listed');
    // The work tree and the index are left alone.
    assert.match(git(repo, 'status', '--porcelain'), /^ M north\/mh\.md$/m);
  });

  it('--format md: a summary table and sections for a pull-request comment; --format json', async () => {
    const repo = draftRepo(temp);
    writeFileSync(join(repo, 'north/mh.md'), block('mh-talking-therapies', 'at-risk', 'lead: test-ccg', 'trajectory: { 2022/23: 13000, 2023/24: 19500 }'));
    git(repo, 'commit', '-qam', 'final');
    const md = await planwrightEither(['diff', '--base', 'draft', '--format', 'md'], repo);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^## Plan changes since `draft` \([0-9a-f]{12}\)$/m);
    assert.match(md.stdout, /^1 of 1 plan changed\.$/m);
    assert.match(md.stdout, /^### North \(`north`\): changed$/m);
    assert.match(md.stdout, /^\| Foundational met \| \d+\/\d+ \| \d+\/\d+ \|$/m);
    assert.match(md.stdout, /^\| Widen access to talking therapies \(`mh-talking-therapies`\) \| 2022\/23: 12,500 → 13,000<br>2023\/24: 15,000 → 19,500 \| short by 21% .* → meets .* \|$/m);
    assert.match(md.stdout, /^\*\*Findings\*\*: 0 new, 1 resolved$/m);
    assert.match(md.stdout, /^<details><summary>Resolved \(1\)<\/summary>$/m);
    const json = JSON.parse((await planwrightEither(['diff', '-b', 'draft', '-f', 'json'], repo)).stdout) as { base: string; plans: { root: string; change: string; trajectories: { id: string; years: unknown[] }[]; summary: { before: unknown; after: unknown } }[] };
    assert.equal(json.base, 'draft');
    assert.deepEqual(json.plans.map((p) => [p.root, p.change]), [['north', 'changed']]);
    assert.deepEqual(json.plans[0]?.trajectories[0]?.years, [
      { year: '2022/23', before: 12500, after: 13000 },
      { year: '2023/24', before: 15000, after: 19500 },
    ]);
    assert.ok(json.plans[0]?.summary.before && json.plans[0]?.summary.after);
  });

  it('a renamed chapter changes nothing; an added and a removed plan are named', async () => {
    const repo = draftRepo(temp);
    git(repo, 'mv', 'north/mh.md', 'north/mental-health.md');
    const renamed = await planwrightEither(['diff', '--base', 'draft'], repo);
    assert.equal(renamed.status, 0, renamed.stderr);
    assert.match(renamed.stdout, /^North \(north\): unchanged$/m);
    assert.doesNotMatch(renamed.stdout, /response to|new finding|resolved/);

    const south = join(repo, 'south');
    renameSync(join(repo, 'north'), south);
    writeFileSync(join(south, 'plan.yaml'), planYaml('South'));
    const moved = await planwrightEither(['diff', '--base', 'draft'], repo);
    assert.equal(moved.status, 0, moved.stderr);
    assert.match(moved.stdout, /^North \(north\): plan removed$/m);
    assert.match(moved.stdout, /^South \(south\): new plan$/m);
    assert.match(moved.stdout, /^ {2}\+ response to mh-talking-therapies \(south\/mental-health\.md:2\)$/m);
    assert.doesNotMatch(moved.stdout, /new finding|resolved:/, 'a whole plan added or removed is not listed finding by finding');
    assert.match(moved.stdout, /^ {2}- response to cancer-62-day \(was north\/cancer\.md:2\)$/m);
  });

  it('an unknown revision is a clear error (exit 2)', async () => {
    const repo = draftRepo(temp);
    for (const base of ['no-such-branch', '--all']) {
      const result = await planwrightEither(['diff', `--base=${base}`], repo);
      assert.equal(result.status, 2);
      assert.match(result.stderr, base === '--all' ? /"--all" is not a revision/ : /unknown revision "no-such-branch": no branch, tag or commit of that name/);
      assert.equal(result.stdout, '');
      assert.doesNotMatch(result.stderr, STACK_TRACE);
    }
  });

  it('outside a git repository is a clear error (exit 2); --base is required', async () => {
    const folder = temp.withFiles({ 'north/plan.yaml': planYaml('North') });
    const result = await planwrightEither(['diff', '--base', 'main'], folder);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is not inside a git repository/);
    assert.doesNotMatch(result.stderr, STACK_TRACE);
    const missing = await planwrightEither(['diff'], folder);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /diff needs --base <revision>/);
  });
});
