import * as assert from 'node:assert/strict';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * Edges of assumption-realism with ranges from a local catalog: a range with
 * only a minimum or only a maximum (the message says which end is open, and
 * a percentage end still asks for percentages), and a range in plain numbers.
 */

const LOCAL_CATALOG = lines(
  'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
  'assumptions:',
  '  - { id: floor-only, title: Floor only, plausible: { min: "1%" }, evidence: E1 }',
  '  - { id: ceiling-only, title: Ceiling only, plausible: { max: "2%" }, evidence: E2 }',
  '  - { id: plain-count, title: Plain count, plausible: { min: 0, max: 100 }, evidence: E3 }',
  '',
);

describe('assumption-realism edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; id: string; values: string; expected: string[] }[] = [
    { name: 'a range with no maximum', id: 'floor-only', values: '{ 2019/20: 0.5%, 2020/21: 9% }', expected: ['`floor-only` (floor only) is 0.5% in 2019/20, below the plausible range of 1% to no maximum a year: E1'] },
    { name: 'a range with no minimum', id: 'ceiling-only', values: '{ 2019/20: -9%, 2020/21: 3% }', expected: ['`ceiling-only` (ceiling only) is 3% in 2020/21, above the plausible range of no minimum to 2% a year: E2'] },
    { name: 'a percentage maximum alone still asks for percentages', id: 'ceiling-only', values: '{ 2019/20: 1 }', expected: ['`ceiling-only` is a yearly change: write 2019/20 as a percentage, like 1.5%'] },
    { name: 'a range in plain numbers takes plain numbers', id: 'plain-count', values: '{ 2019/20: 50, 2020/21: 150 }', expected: ['`plain-count` (plain count) is 150 in 2020/21, above the plausible range of 0 to 100 a year: E3'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const files = { 'plan.yaml': manifest('catalogs: [local.catalog.yaml]'), 'local.catalog.yaml': LOCAL_CATALOG, 'data/a.yaml': lines('assumptions:', `  ${c.id}: ${c.values}`, '') };
      const { findings } = checkPlan(files, { rules: [] });
      assert.deepEqual(findings.filter((f) => f.ruleId === 'assumption-realism').map((f) => f.message), c.expected);
    });
  }
});
