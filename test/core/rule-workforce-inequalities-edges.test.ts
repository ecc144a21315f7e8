import * as assert from 'node:assert/strict';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * Edges of two "block" rules: workforce-gap with a group that has no name
 * or figures that are not plain numbers, and inequalities-goals with a goal
 * that has no measure.
 */

const block = (type: string, ...rows: string[]): string => lines('# Chapter', '', '```' + type, ...rows, '```', '');

describe('workforce-gap and inequalities-goals edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; rule: string; file: string; expected: string[] }[] = [
    {
      name: 'a staff group without a name: "this staff group"',
      rule: 'workforce-gap',
      file: block('workforce', 'groups:', '  - demand: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 120 }', '    supply: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 100 }'),
      expected: ['this staff group: supply of 100 WTE is below demand of 120 in 2023/24, a gap of 20 WTE, and no action is recorded: add `actions` that close it'],
    },
    {
      name: 'a percentage demand or supply in the last year is not compared',
      rule: 'workforce-gap',
      file: block(
        'workforce',
        'groups:',
        '  - group: Nurses',
        '    demand: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 120% }',
        '    supply: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 1 }',
        '  - group: Doctors',
        '    demand: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 500 }',
        '    supply: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 1% }',
      ),
      expected: [],
    },
    {
      name: 'a goal without a measure: the message names none and lacks it first',
      rule: 'inequalities-goals',
      file: block('inequalities', 'goals:', '  - id: healthy-life-gap', '    baseline: { year: 2018/19, value: 16.0 }', '    target-5-year: { year: 2023/24, value: 14.5 }', '    target-10-year: { year: 2028/29, value: 12.5 }'),
      expected: ['this inequalities goal is not measurable yet: it lacks a measure'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { findings } = checkPlan({ 'plan.yaml': manifest(), 'a.md': c.file }, { rules: [] });
      assert.deepEqual(findings.filter((f) => f.ruleId === c.rule).map((f) => f.message), c.expected);
    });
  }
});
