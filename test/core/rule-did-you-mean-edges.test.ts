import * as assert from 'node:assert/strict';
import type { Finding } from '../../core/src/index';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * Names a rule does not know (a rule in a disable comment, an activity
 * assumption): the whole message, with "did you mean" only when there is
 * something close, and the suggestions carried for the quick fix.
 */

const chapter = (comment: string): string => lines('# Chapter', '', comment, '', 'Some text.', '');

describe('did you mean: unknown names in disable comments and assumptions', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; rule: string; files: Record<string, string>; expected: [string, unknown][] }[] = [
    {
      name: 'a disable comment naming nothing like a rule: no suggestion',
      rule: 'suppression-reason',
      files: { 'plan.yaml': manifest(), 'a.md': chapter('<!-- planwright-disable zzzz-qqqq: a reason -->') },
      expected: [['`zzzz-qqqq` is not a Planwright rule', []]],
    },
    {
      name: 'a disable comment with a misspelt rule: the suggestion, in the message and the data',
      rule: 'suppression-reason',
      files: { 'plan.yaml': manifest(), 'a.md': chapter('<!-- planwright-disable unknown-comitment: a reason -->') },
      expected: [['`unknown-comitment` is not a Planwright rule: did you mean `unknown-commitment`?', ['unknown-commitment']]],
    },
    {
      name: 'an assumption with nothing like a known one: no suggestion',
      rule: 'assumption-realism',
      files: { 'plan.yaml': manifest(), 'data/a.yaml': lines('assumptions:', '  zzzz-qqqq: { 2019/20: 1%, 2020/21: 1%, 2021/22: 1%, 2022/23: 1%, 2023/24: 1% }', '') },
      expected: [['no plausible range is known for `zzzz-qqqq` (its values are not checked)', []]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { findings } = checkPlan(c.files, { rules: [] });
      const found = findings.filter((f: Finding) => f.ruleId === c.rule);
      assert.deepEqual(found.map((f) => [f.message, f.data?.suggestions]), c.expected);
    });
  }
});
