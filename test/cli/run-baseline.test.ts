import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCommand } from '../../cli/src/commands/check';
import { PLAN_YAML } from '../helpers/fixable-plan';
import { TempFolders } from './cli-harness';
import { runInProcess } from './in-process';

const PERINATEL = 'commitment `mh-perinatel` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?';
const CRISIS = 'commitment `mh-crisis-caer` is not in the ltp-2019 catalog: did you mean `mh-crisis-care`?';
const block = (id: string, indent = '') => [`${indent}\`\`\`commitment`, `${indent}id: ${id}`, `${indent}status: on-track`, `${indent}\`\`\``, ''];
/** Two mistyped ids: two errors. */
const CHAPTER = ['# Mental health', '', ...block('mh-perinatel'), ...block('mh-crisis-caer')].join('\n');

/** A baseline entry's fingerprint as documented: the rule, the message and the trimmed text of its lines, hashed. */
function fingerprint(ruleId: string, message: string, lines: string): string {
  return createHash('sha256').update(`${ruleId}\0${message}\0${lines}`).digest('hex').slice(0, 20);
}

/** The message of JSON.parse's error for a text (its wording varies with the Node version). */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} parses`);
}

describe('CLI in-process: check --baseline and --update-baseline', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());
  const plan = (chapter = CHAPTER) => temp.withFiles({ 'plans/x/plan.yaml': PLAN_YAML, 'plans/x/a.md': chapter, 'plans/x/b.md': '# Nothing\n' });
  const write = (folder: string, chapter: string) => writeFileSync(join(folder, 'plans', 'x', 'a.md'), chapter);
  const read = (folder: string, name = 'baseline.json') => readFileSync(join(folder, name), 'utf8');
  const update = (folder: string, paths = ['plans/x/a.md']) => runInProcess(['check', ...paths, '--baseline', 'baseline.json', '--update-baseline'], folder);
  const check = (folder: string, extra: readonly string[] = []) => runInProcess(['check', 'plans/x/a.md', '--baseline', 'baseline.json', ...extra], folder);

  it('--update-baseline writes the findings by file, rule and fingerprint, sorted, and says how many', async () => {
    const folder = plan();
    const result = await update(folder);
    assert.deepEqual([result.status, result.stderr], [0, 'planwright: wrote baseline.json: 2 findings recorded\n']);
    const entries = [
      { fingerprint: fingerprint('unknown-commitment', PERINATEL, 'id: mh-perinatel'), count: 1, message: PERINATEL },
      { fingerprint: fingerprint('unknown-commitment', CRISIS, 'id: mh-crisis-caer'), count: 1, message: CRISIS },
    ].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
    assert.equal(read(folder), `${JSON.stringify({ version: 1, files: { 'plans/x/a.md': { 'unknown-commitment': entries } } }, null, 2)}\n`);
    // Checked against it: nothing counted, both reported as baselined, exit 0.
    const again = await check(folder);
    assert.equal(again.status, 0);
    assert.equal(again.stderr, '');
    assert.match(again.stdout, /\n✔ 0 problems \(0 errors, 0 warnings, 0 info\) in 1 plan · not counted: 2 baselined\n/);
  });

  it('a second update says how many are new and how many entries were pruned (singular and plural)', async () => {
    const folder = plan();
    await update(folder);
    assert.equal((await update(folder)).stderr, 'planwright: wrote baseline.json: 2 findings recorded (0 new, 0 entries pruned)\n');
    write(folder, CHAPTER.replace('mh-crisis-caer', 'mh-crisis-care').replace('# Mental health\n', `# Mental health\n\n${block('alcohol-care-teamz').join('\n')}`));
    assert.equal((await update(folder)).stderr, 'planwright: wrote baseline.json: 2 findings recorded (1 new, 1 entry pruned)\n');
    write(folder, '# Mental health\n');
    assert.equal((await update(folder)).stderr, 'planwright: wrote baseline.json: 0 findings recorded (0 new, 2 entries pruned)\n');
    assert.equal(read(folder), '{\n  "version": 1,\n  "files": {}\n}\n');
  });

  it('without --baseline, --update-baseline writes planwright-baseline.json', async () => {
    const folder = plan();
    const result = await runInProcess(['check', 'plans/x/a.md', '--update-baseline'], folder);
    assert.deepEqual([result.status, result.stderr], [0, 'planwright: wrote planwright-baseline.json: 2 findings recorded\n']);
    assert.ok(existsSync(join(folder, 'planwright-baseline.json')));
    assert.equal((await runInProcess(['check', 'plans/x/a.md', '--baseline', 'planwright-baseline.json'], folder)).status, 0);
  });

  it('moved lines stay baselined; a changed line and a new finding count; fixed entries are listed as stale', async () => {
    const folder = plan();
    await update(folder);
    write(folder, CHAPTER.replace('# Mental health\n', '# Mental health\n\nNew prose.\n\n').replace('mh-crisis-caer', 'mh-crisis-care'));
    const one = await check(folder);
    assert.equal(one.status, 0, one.stdout);
    assert.equal(one.stderr, `planwright: 1 baseline entry matches no finding any more (fixed or changed); --update-baseline prunes it:\n  plans/x/a.md: unknown-commitment: ${CRISIS}\n`);
    write(folder, '# Mental health\n');
    // Stale entries in the baseline's order: by fingerprint.
    const stale = [
      [PERINATEL, fingerprint('unknown-commitment', PERINATEL, 'id: mh-perinatel')],
      [CRISIS, fingerprint('unknown-commitment', CRISIS, 'id: mh-crisis-caer')],
    ].sort((a, b) => ((a[1] ?? '') < (b[1] ?? '') ? -1 : 1));
    const two = await check(folder);
    assert.equal(two.stderr, `planwright: 2 baseline entries match no finding any more (fixed or changed); --update-baseline prunes them:\n${stale.map(([message]) => `  plans/x/a.md: unknown-commitment: ${message ?? ''}\n`).join('')}`);
    write(folder, CHAPTER.replace('id: mh-perinatel', 'id: mh-perinatl'));
    const changed = await check(folder);
    assert.equal(changed.status, 1);
    assert.deepEqual(changed.stdout.split('\n').filter((line) => line.includes('unknown-commitment')), ['plans/x/a.md:4:5 error unknown-commitment commitment `mh-perinatl` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?']);
  });

  it('identical findings are counted: two recorded cover two, a third counts, and a stale pair says ×2', async () => {
    const twice = ['# Twice', '', ...block('mh-perinatel'), ...block('mh-perinatel')].join('\n');
    const folder = plan(twice);
    await update(folder);
    const rules = (JSON.parse(read(folder)) as { files: Record<string, Record<string, { count: number }[]>> }).files['plans/x/a.md'];
    assert.deepEqual(rules?.['unknown-commitment']?.map((e) => e.count), [2]);
    assert.deepEqual(rules?.['duplicate-response']?.map((e) => e.count), [1]);
    write(folder, `${twice}\n${block('mh-perinatel').join('\n')}`);
    const three = await check(folder, ['-f', 'json']);
    const summary = (JSON.parse(three.stdout) as { summary: Record<string, number> }).summary;
    // Two unknown ids and the first duplicate are baselined; the third unknown id and the second duplicate count.
    assert.deepEqual([three.status, summary['error'], summary['warning'], summary['baselined']], [1, 1, 1, 3]);
    write(folder, `# Twice\n\n${block('mh-perinatel').join('\n')}`);
    assert.equal((await check(folder)).stderr, [
      'planwright: 2 baseline entries match no finding any more (fixed or changed); --update-baseline prunes them:',
      '  plans/x/a.md: duplicate-response: `mh-perinatel` is already answered at a.md:4: merge the two responses into one',
      `  plans/x/a.md: unknown-commitment: ${PERINATEL}`,
      '',
    ].join('\n'));
    write(folder, '# Twice\n');
    assert.match((await check(folder)).stderr, new RegExp(`\\n  plans/x/a\\.md: unknown-commitment: .* \\(×2\\)\\n$`));
  });

  it('updating for one file keeps the entries of other files; their entries are not reported stale', async () => {
    const folder = temp.withFiles({ 'plans/x/plan.yaml': PLAN_YAML, 'plans/x/a.md': CHAPTER, 'plans/x/b.md': CHAPTER.replace('# Mental health', '# Again') });
    await update(folder, ['plans/x/a.md', 'plans/x/b.md']);
    write(folder, '# Nothing yet\n');
    // b.md's two unknown ids and its two duplicates of a.md's responses are kept; a.md's two are pruned.
    assert.equal((await update(folder)).stderr, 'planwright: wrote baseline.json: 4 findings recorded (0 new, 2 entries pruned)\n');
    const files = (JSON.parse(read(folder)) as { files: Record<string, unknown> }).files;
    assert.deepEqual(Object.keys(files), ['plans/x/b.md']);
    writeFileSync(join(folder, 'plans', 'x', 'b.md'), '# Fixed too\n');
    assert.equal((await check(folder)).stderr, '', 'b.md is outside the path checked');
  });

  it('only errors and warnings are recorded; an information finding is never baselined, and an entry that is not a list is ignored', async () => {
    const budgets = ['# Budgets', '', '```commitment', 'id: personal-health-budgets', 'status: on-track', 'lead: test-ccg', 'trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 500 }', '```', ''].join('\n');
    const folder = plan(budgets);
    assert.equal((await update(folder)).stderr, 'planwright: wrote baseline.json: 0 findings recorded\n');
    const result = await check(folder, ['-f', 'json']);
    const [info] = (JSON.parse(result.stdout) as { findings: { ruleId: string; message: string; severity: string; baselined?: boolean }[] }).findings;
    assert.deepEqual([info?.ruleId, info?.severity, info?.baselined], ['trajectory-target', 'information', undefined]);
    // Recorded by hand, the information finding is still not baselined: its entry is left stale.
    const entry = { fingerprint: fingerprint('trajectory-target', info?.message ?? '', 'trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 500 }'), count: 1, message: 'recorded by hand' };
    writeFileSync(join(folder, 'baseline.json'), JSON.stringify({ version: 1, files: { 'plans/x/a.md': { 'trajectory-target': [entry], 'unknown-commitment': 'not a list' } } }));
    const stale = await check(folder, ['-f', 'json']);
    assert.equal((JSON.parse(stale.stdout) as { findings: { baselined?: boolean }[] }).findings[0]?.baselined, undefined);
    assert.equal(stale.stderr, 'planwright: 1 baseline entry matches no finding any more (fixed or changed); --update-baseline prunes it:\n  plans/x/a.md: trajectory-target: recorded by hand\n');
  });

  const broken: { readonly text: string; readonly message: (path: string) => string }[] = [
    { text: '{ "version": 1,', message: (path) => `the baseline ${path} is not valid JSON: ${jsonError('{ "version": 1,')}` },
    { text: 'null', message: (path) => `the baseline ${path} is not a Planwright baseline (expected { "version": 1, "files": { ... } })` },
    { text: '{ "version": 2, "files": {} }', message: (path) => `the baseline ${path} is not a Planwright baseline (expected { "version": 1, "files": { ... } })` },
    { text: '{ "version": 1, "files": null }', message: (path) => `the baseline ${path} is not a Planwright baseline (expected { "version": 1, "files": { ... } })` },
    { text: '{ "version": 1, "files": [] }', message: (path) => `the baseline ${path} is not a Planwright baseline (expected { "version": 1, "files": { ... } })` },
    { text: '{ "version": 1, "files": "x" }', message: (path) => `the baseline ${path} is not a Planwright baseline (expected { "version": 1, "files": { ... } })` },
  ];
  for (const { text, message } of broken) {
    it(`a baseline of \`${text}\` is a usage error naming the file`, async () => {
      const folder = plan();
      writeFileSync(join(folder, 'baseline.json'), text);
      assert.deepEqual(await check(folder), { status: 2, stdout: '', stderr: `planwright: ${message(join(folder, 'baseline.json'))}\n\n${checkCommand.usage}\n` });
    });
  }
});
