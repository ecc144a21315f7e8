import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { buildCli, planwright, TempFolders } from './cli-harness';
import { PLAN_YAML } from '../helpers/fixable-plan';

/** Two mistyped ids: errors a team adopting Planwright already has. */
const CHAPTER = ['# Mental health', '', '```commitment', 'id: mh-perinatel', 'status: on-track', '```', '', '```commitment', 'id: mh-crisis-caer', 'status: on-track', '```', ''].join('\n');

interface Baseline {
  version: number;
  files: Record<string, Record<string, { fingerprint: string; count: number; message: string }[]>>;
}

describe('CLI: adoption with a baseline (--baseline, --update-baseline)', function () {
  this.timeout(180_000);
  const temp = new TempFolders();
  before(() => buildCli());
  after(() => temp.cleanup());

  const plan = (chapter: string) => temp.withFiles({ 'plans/x/plan.yaml': PLAN_YAML, 'plans/x/a.md': chapter });
  const readBaseline = (folder: string) => JSON.parse(readFileSync(join(folder, 'baseline.json'), 'utf8')) as Baseline;

  it('round trip: --update-baseline records the findings; a run with --baseline then passes and reports them as baselined', () => {
    const folder = plan(CHAPTER);
    assert.equal(planwright(['check', 'plans/x/a.md'], folder).status, 1);
    const update = planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json', '--update-baseline'], folder);
    assert.equal(update.status, 0, update.stderr);
    assert.match(update.stderr, /wrote baseline\.json: 2 findings recorded/);
    const baseline = readBaseline(folder);
    assert.equal(baseline.version, 1);
    assert.deepEqual(Object.keys(baseline.files), ['plans/x/a.md']);
    const entries = baseline.files['plans/x/a.md']?.['unknown-commitment'] ?? [];
    assert.equal(entries.length, 2);
    for (const entry of entries) assert.match(entry.fingerprint, /^[0-9a-f]{20}$/);
    assert.ok(!JSON.stringify(baseline).includes('"line"'), 'entries carry no line numbers');

    const check = planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json'], folder);
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /✔ 0 problems .* · not counted: 2 baselined/);
    const json = JSON.parse(planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json', '-f', 'json'], folder).stdout) as { findings: { baselined?: boolean }[]; summary: Record<string, number> };
    assert.equal(json.findings.filter((f) => f.baselined).length, 2);
    assert.deepEqual([json.summary['error'], json.summary['baselined']], [0, 2]);
    const sarif = JSON.parse(planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json', '-f', 'sarif'], folder).stdout) as Log;
    assert.deepEqual(sarif.runs[0]?.results?.filter((r) => r.ruleId === 'unknown-commitment').map((r) => r.baselineState), ['unchanged', 'unchanged']);
  });

  it('drift: moved text stays baselined, a new finding fails, a fixed one is reported stale and pruned on update', () => {
    const folder = plan(CHAPTER);
    planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json', '--update-baseline'], folder);
    // Move the blocks down five lines and add a new mistake; fix the second old one.
    const moved = CHAPTER.replace('# Mental health\n', '# Mental health\n\nSome new prose.\n\nMore prose.\n\n').replace('mh-crisis-caer', 'mh-crisis-care');
    writeFileSync(join(folder, 'plans', 'x', 'a.md'), `${moved}\n\`\`\`commitment\nid: alcohol-care-teamz\nstatus: on-track\n\`\`\`\n`);
    const check = planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json'], folder);
    assert.equal(check.status, 1, check.stdout);
    const listed = check.stdout.split('\n').filter((line) => line.includes(' unknown-commitment '));
    assert.equal(listed.length, 1, check.stdout);
    assert.match(listed[0] ?? '', /alcohol-care-teamz/);
    assert.match(check.stdout, /not counted: 1 baselined/);
    assert.match(check.stderr, /1 baseline entry matches no finding any more[\s\S]*plans\/x\/a\.md: unknown-commitment: commitment `mh-crisis-caer`/);

    const update = planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json', '--update-baseline'], folder);
    assert.equal(update.status, 0);
    assert.match(update.stderr, /2 findings recorded \(1 new, 1 entry pruned\)/);
    const messages = (readBaseline(folder).files['plans/x/a.md']?.['unknown-commitment'] ?? []).map((e) => e.message).join('\n');
    assert.match(messages, /mh-perinatel/);
    assert.match(messages, /alcohol-care-teamz/);
    assert.doesNotMatch(messages, /mh-crisis-caer/);
  });

  it('a change to the line itself is a new finding, not the baselined one', () => {
    const folder = plan(CHAPTER);
    planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json', '--update-baseline'], folder);
    writeFileSync(join(folder, 'plans', 'x', 'a.md'), CHAPTER.replace('mh-perinatel', 'mh-perinatl'));
    const check = planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json'], folder);
    assert.equal(check.status, 1);
    assert.match(check.stdout, /mh-perinatl/);
  });

  it('updating for one file keeps the entries of files outside the paths checked', () => {
    const folder = temp.withFiles({ 'plans/x/plan.yaml': PLAN_YAML, 'plans/x/a.md': CHAPTER, 'plans/x/b.md': CHAPTER });
    planwright(['check', 'plans/x', '--baseline', 'baseline.json', '--update-baseline'], folder);
    writeFileSync(join(folder, 'plans', 'x', 'a.md'), '# Nothing yet\n');
    planwright(['check', 'plans/x/a.md', '--baseline', 'baseline.json', '--update-baseline'], folder);
    const files = readBaseline(folder).files;
    assert.equal(files['plans/x/a.md'], undefined);
    assert.equal(files['plans/x/b.md']?.['unknown-commitment']?.length, 2);
  });

  it('a missing or malformed baseline is a usage error naming the file', () => {
    const folder = plan(CHAPTER);
    const missing = planwright(['check', 'plans/x', '--baseline', 'nope.json'], folder);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no baseline at .*nope\.json: create it with --update-baseline/);
    writeFileSync(join(folder, 'bad.json'), '{ "version": 1, "files": [] }');
    const bad = planwright(['check', 'plans/x', '--baseline', 'bad.json'], folder);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /bad\.json is not a Planwright baseline/);
  });
});
