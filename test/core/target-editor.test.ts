import * as assert from 'node:assert/strict';
import { coverageRows, language } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';
import { DURATION, targetCatalog, targetManifest, targetResponse } from '../helpers/target-model';

/** The target model in the editor: hover, completion and coverage wording. */
describe('target model in the editor: hover, completion and coverage text', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const RULED = ['value: "70%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24, timing: year-average }]', 'organisations: { applies-to: each-acute-provider, floor: "65%", improvement: "7%" }'];

  it('hover on the response id shows the dated values and which footprint organisations the rule applies to', () => {
    const { text, position } = withCursor(targetResponse({ status: 'at-risk' }, 'trajectory: { 2019/20: "60%" }').replace('id: t-measure', 'id: t-mea$0sure'));
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...RULED), 'a.md': text });
    const markdown = language.hover(project, `${PLAN_ROOT}a.md`, position, { guidance: false })?.markdown ?? '';
    assert.match(markdown, /\*\*Dated values:\*\* ≥ 70% in March 2021; then ≥ 92% as the average for 2023\/24/);
    assert.match(markdown, /\*\*For each acute provider:\*\* 7 points better than its own baseline or 65%, whichever is greater by 2020\/21\. In this footprint: `test-hospital`, `north-acute`/);
  });

  it('hover on a duration target says how it is measured', () => {
    const { text, position } = withCursor(targetResponse({ status: 'at-risk' }).replace('id: t-measure', 'id: t-mea$0sure'));
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...DURATION), 'a.md': text });
    assert.match(language.hover(project, `${PLAN_ROOT}a.md`, position, { guidance: false })?.markdown ?? '', /\*\*Measured:\*\* duration, in minutes \(lower is better\)/);
  });

  it('completion under `organisations:` offers the organisations the rule applies to first, and not those already given', () => {
    const { text, position } = withCursor(targetResponse({ status: 'at-risk' }, 'organisations:', '  test-hospital:', '    trajectory: { 2020/21: "70%" }', '  $0'));
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...RULED), 'a.md': text });
    const items = language.completions(project, `${PLAN_ROOT}a.md`, position);
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.equal(sorted[0]?.label, 'north-acute');
    assert.match(sorted[0]?.detail ?? '', /the target's rule applies to each acute provider/);
    assert.ok(!items.some((i) => i.label === 'test-hospital'), 'already given');
    assert.ok(items.some((i) => i.label === 'test-mh'), 'other organisations still offered');
  });

  for (const [name, rows] of [
    ['for every year', ['timing: $0']],
    ['by year', ['timing:', '  2020/21: $0']],
  ] as const) {
    it(`completion offers the three timings for \`timing:\` ${name}`, () => {
      const { text, position } = withCursor(targetResponse({ status: 'at-risk' }, 'trajectory: { 2020/21: "60%" }', ...rows));
      const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...RULED), 'a.md': text });
      assert.deepEqual(language.completions(project, `${PLAN_ROOT}a.md`, position).map((i) => i.label), ['month', 'year-average', 'year-end']);
    });
  }

  it('coverage rows word the target in its unit, with every dated value', () => {
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...DURATION, 'milestones: [{ value: 18, by: 2023/24 }]'), 'a.md': targetResponse({ status: 'at-risk' }) });
    const plan = project.analyzeAll()[0];
    assert.ok(plan);
    assert.equal(coverageRows(plan).find((r) => r.id === 't-measure')?.target, '≤ 25 minutes by 2021/22; ≤ 18 minutes by 2023/24');
  });
});
