import * as assert from 'node:assert/strict';
import { financeBalance } from '../../core/src/rules/finance-balance';
import type { RuleContext } from '../../core/src/rules/rule';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * Edges of finance-balance: the check each finding names (coverage reads it),
 * series that are not plain numbers, and when the rule has evidence to give.
 */

const financeFile = (...rows: string[]): string => lines('finance:', ...rows, '');

describe('finance-balance edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  it('names the check of each finding: balance, efficiency-floor (also for a plain number), efficiency-ceiling', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest(),
        'data/finance.yaml': financeFile(
          '  income: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 100 }',
          '  expenditure: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 101 }',
          '                                                                                  ^^^ finance-balance: 2023/24: expenditure £101m is above income £100m, a gap of £1m',
          '  efficiency: { 2019/20: 1.5, 2020/21: 0.5%, 2021/22: 4%, 2022/23: 2%, 2023/24: 2% }',
          '                         ^^^ finance-balance: efficiency is a share of spending: write 2019/20 as a percentage, like 1.5%',
          '                                       ^^^^ finance-balance: 2020/21: cash-releasing efficiency of 0.5% is below 1.1% a year',
          '                                                      ^^ finance-balance: 2021/22: cash-releasing efficiency of 4% is above the plausible maximum of 3% a year',
        ),
      },
      { rules: ['finance-balance'] },
    );
    const checks = findings
      .filter((f) => f.ruleId === 'finance-balance')
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map((f) => f.data?.check);
    assert.deepEqual(checks, ['balance', 'efficiency-floor', 'efficiency-floor', 'efficiency-ceiling']);
  });

  it('a percentage income or expenditure is not compared with a figure in money', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'data/finance.yaml': financeFile('  income: { 2019/20: 5%, 2020/21: 1, 2021/22: 100, 2022/23: 100, 2023/24: 100 }', '  expenditure: { 2019/20: 100, 2020/21: 500%, 2021/22: 100, 2022/23: 100, 2023/24: 100 }'),
      },
      { rules: ['finance-balance'] },
    );
  });

  describe('evidence: whether the plan gives the check anything to judge', () => {
    const series = (count: number) => ({ points: Array.from({ length: count }, () => ({})) });
    type Data = { income?: number; expenditure?: number; efficiency?: number };
    const contextOf = (blocks: Data[]): RuleContext =>
      ({
        documents: [
          {
            finance: blocks.map((b) => ({
              ...(b.income !== undefined ? { income: series(b.income) } : {}),
              ...(b.expenditure !== undefined ? { expenditure: series(b.expenditure) } : {}),
              ...(b.efficiency !== undefined ? { efficiency: series(b.efficiency) } : {}),
            })),
          },
        ],
      }) as unknown as RuleContext;
    const cases: { name: string; check: string | undefined; blocks: Data[]; expected: boolean }[] = [
      { name: 'balance needs income and expenditure', check: 'balance', blocks: [{ income: 2, expenditure: 2 }], expected: true },
      { name: 'balance: income alone is not enough', check: 'balance', blocks: [{ income: 2 }], expected: false },
      { name: 'balance: expenditure alone is not enough', check: 'balance', blocks: [{ expenditure: 2 }], expected: false },
      { name: 'balance: empty income is not enough', check: 'balance', blocks: [{ income: 0, expenditure: 2 }], expected: false },
      { name: 'balance: empty expenditure is not enough', check: 'balance', blocks: [{ income: 2, expenditure: 0 }], expected: false },
      { name: 'balance: efficiency alone is not enough', check: 'balance', blocks: [{ efficiency: 2 }], expected: false },
      { name: 'the whole rule: efficiency alone is not enough', check: undefined, blocks: [{ efficiency: 2 }], expected: false },
      { name: 'balance: one block of several is enough', check: 'balance', blocks: [{ efficiency: 1 }, { income: 1, expenditure: 1 }], expected: true },
      { name: 'efficiency-floor needs efficiency', check: 'efficiency-floor', blocks: [{ income: 2, expenditure: 2 }], expected: false },
      { name: 'efficiency-ceiling needs efficiency', check: 'efficiency-ceiling', blocks: [{ income: 2, expenditure: 2 }], expected: false },
      { name: 'efficiency-ceiling: one block of several is enough', check: 'efficiency-ceiling', blocks: [{ income: 1, expenditure: 1 }, { efficiency: 1 }], expected: true },
      { name: 'efficiency-floor: one block of several is enough', check: 'efficiency-floor', blocks: [{ efficiency: 1 }, { efficiency: 0 }], expected: true },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.equal(financeBalance.evidence?.(contextOf(c.blocks), c.check), c.expected);
      });
    }
  });
});
