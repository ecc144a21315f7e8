import * as assert from 'node:assert/strict';
import { compareFindingSets, diffPlans, planDigest, planReport, PlanProject, type Finding, type PlanVersion } from '../../core/src/index';
import { lines, manifest, testEngine } from '../helpers/engine';

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');

function versionOf(files: Readonly<Record<string, string>>): PlanVersion[] {
  const project = new PlanProject(testEngine());
  for (const [path, text] of Object.entries(files)) project.setFile(`file:///plans/p/${path}`, text);
  return project.analyzeAll().map((analysis) => ({ ...planReport(analysis), digest: planDigest(analysis) }));
}

const finding = (ruleId: string, message: string, line: number): Finding => ({ ruleId, message, severity: 'warning', uri: 'file:///x.md', range: { start: { line, character: 0 }, end: { line, character: 1 } } });

describe('diff of two plan versions', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('findings are matched by rule and message, counting repeats; a finding that only moved is neither new nor resolved', () => {
    const before = [finding('a', 'one', 1), finding('a', 'one', 5), finding('b', 'two', 2)];
    const after = [finding('a', 'one', 9), finding('b', 'two', 3), finding('c', 'three', 4)];
    const { added, removed } = compareFindingSets(before, after);
    assert.deepEqual(added.map((f) => [f.ruleId, f.range.start.line]), [['c', 4]]);
    assert.deepEqual(removed.map((f) => [f.ruleId, f.range.start.line]), [['a', 5]]);
  });

  it('trajectory values by year, the target-year comparison, statuses and responses; a moved response is no change', () => {
    // Population 563,000: the mh-talking-therapies fair share is 19,004 (1.9 million × 563,000 ÷ England's population).
    const plan = manifest('', { population: 563_000 });
    const before = versionOf({ 'plan.yaml': plan, 'a.md': block('mh-talking-therapies', 'at-risk', 'trajectory: { 2022/23: 10000, 2023/24: 15000 }'), 'b.md': block('cancer-62-day', 'on-track') });
    const after = versionOf({ 'plan.yaml': plan, 'c.md': lines(block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 19100, 2024/25: 20000 }'), block('cancer-62-day', 'on-track'), block('mh-liaison', 'on-track')) });
    const [diff] = diffPlans(before, after);
    assert.equal(diff?.change, 'changed');
    assert.deepEqual(diff?.responsesAdded.map((r) => r.id), ['mh-liaison']);
    assert.deepEqual(diff?.responsesRemoved, []);
    assert.deepEqual(diff?.statuses.map((s) => [s.id, s.coverage, s.declared]), [
      ['mh-talking-therapies', ['partial', 'met'], ['at-risk', 'on-track']],
      // An added response changes the coverage; it has no earlier declared status.
      ['mh-liaison', ['missing', 'answered'], undefined],
    ]);
    const [t] = diff?.trajectories ?? [];
    assert.deepEqual(t?.years, [
      { year: '2022/23', before: 10000 },
      { year: '2023/24', before: 15000, after: 19100 },
      { year: '2024/25', after: 20000 },
    ]);
    assert.equal(t?.before?.kind === 'assessed' ? t.before.meets : undefined, false);
    assert.equal(t?.after?.kind === 'assessed' ? t.after.meets : undefined, true);
    assert.ok(!diff?.trajectories.some((x) => x.id === 'cancer-62-day'), 'cancer-62-day only moved file');
  });

  it('plans matched by root: one only before is removed, one only after is added', () => {
    const a = versionOf({ 'plan.yaml': manifest() });
    const diffs = diffPlans(a, []);
    assert.deepEqual(diffs.map((d) => d.change), ['removed']);
    assert.deepEqual(diffPlans([], a).map((d) => d.change), ['added']);
    assert.deepEqual(diffPlans(a, a).map((d) => d.change), ['unchanged']);
  });
});
