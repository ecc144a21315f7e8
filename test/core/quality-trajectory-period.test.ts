import * as assert from 'node:assert/strict';
import { crlf, lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';


const block = (type: string, ...rows: string[]): string => lines('```' + type, ...rows, '```', '');

describe('trajectory-period', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'every plan year, first to last, with a baseline before them: quiet',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('commitment', 'id: mh-liaison', 'status: at-risk', 'baseline: { year: 2018/19, value: 40% }', 'trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }'),
      },
    },
    {
      name: 'only the first and last plan years: the gap is reported at the series key',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'trajectory: { 2019/20: 50%, 2023/24: 70% }',
          '^^^^^^^^^^ trajectory-period: `mh-liaison` trajectory has no value for 2020/21, 2021/22, 2022/23: give a value for every year from 2019/20 to 2023/24',
        ),
      },
    },
    {
      name: 'the last plan year missing',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('commitment', 'id: mh-liaison', 'status: at-risk', 'trajectory:', '^^^^^^^^^^ trajectory-period: has no value for 2023/24', '  2019/20: 50%', '  2020/21: 55%', '  2021/22: 60%', '  2022/23: 65%'),
      },
    },
    {
      name: 'the first plan year missing',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('commitment', 'id: mh-liaison', 'status: at-risk', 'trajectory: { 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }', '^^^^^^^^^^ trajectory-period: has no value for 2019/20:'),
      },
    },
    {
      name: 'years before and after the plan period, at each year key',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'trajectory:',
          '  2018/19: 45%',
          '  ^^^^^^^ trajectory-period: `mh-liaison` trajectory has a value for 2018/19, outside the plan period 2019/20 to 2023/24: remove it, or move it to the baseline',
          '  2019/20: 50%',
          '  2020/21: 55%',
          '  2021/22: 60%',
          '  2022/23: 65%',
          '  2023/24: 70%',
          '  2024/25: 75%',
          '  ^^^^^^^ trajectory-period: has a value for 2024/25, outside the plan period',
        ),
      },
    },
    {
      name: 'a shorter plan period: 2023/24 is outside it',
      files: {
        'plan.yaml': manifest('', { period: ['2019/20', '2021/22'] }),
        'mh.md': block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2023/24: 70% }',
          '                                                        ^^^^^^^ trajectory-period: has a value for 2023/24, outside the plan period 2019/20 to 2021/22',
        ),
      },
    },
    {
      name: 'a malformed year (2019/21) is reported, and does not count as a plan year',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'trajectory:',
          '^^^^^^^^^^ trajectory-period: has no value for 2020/21:',
          '  2019/20: 50%',
          '  2019/21: 55%',
          '  ^^^^^^^ trajectory-period: `2019/21` is not a financial year: the second part must be the next year, like 2019/20',
          '  2021/22: 60%',
          '  2022/23: 65%',
          '  2023/24: 70%',
        ),
      },
    },
    {
      name: 'a baseline after the first trajectory year',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'baseline: { year: 2020/21, value: 40% }',
          '                  ^^^^^^^ trajectory-period: the baseline year 2020/21 is not before the first trajectory year',
          'trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }',
        ),
      },
    },
    {
      name: 'a baseline in the first trajectory year',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'baseline: { year: 2019/20, value: 40% }',
          '                  ^^^^^^^ trajectory-period: the baseline year 2019/20 is not before the first trajectory year',
          'trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }',
        ),
      },
    },
    {
      name: 'a malformed baseline year',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'baseline: { year: 2018/20, value: 40% }',
          '                  ^^^^^^^ trajectory-period: `2018/20` is not a financial year',
          'trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }',
        ),
      },
    },
    {
      name: 'a response with no trajectory, or a baseline alone, is quiet',
      files: {
        'plan.yaml': manifest(),
        'mh.md': lines(block('commitment', 'id: mh-liaison', 'status: at-risk'), block('commitment', 'id: mh-crisis-care', 'status: at-risk', 'baseline: { year: 2025/26, value: 40% }')),
      },
    },
    {
      name: 'finance, workforce and assumption series in a chapter',
      files: {
        'plan.yaml': manifest(),
        'money.md': lines(
          block(
            'finance',
            'income: { 2019/20: 100, 2020/21: 101, 2021/22: 102, 2022/23: 103, 2023/24: 104 }',
            'expenditure: { 2019/20: 100, 2020/21: 101, 2021/22: 102, 2022/23: 103 }',
            '^^^^^^^^^^^ trajectory-period: finance expenditure has no value for 2023/24',
            'efficiency: { 2019/20: 2%, 2020/21: 2%, 2021/22: 2%, 2022/23: 2%, 2023/24: 2%, 2024/25: 2% }',
            '                                                                               ^^^^^^^ trajectory-period: finance efficiency has a value for 2024/25',
          ),
          block(
            'workforce',
            'groups:',
            '  - group: Nurses',
            '    demand: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }',
            '    supply: { 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }',
            '    ^^^^^^ trajectory-period: Nurses supply has no value for 2019/20',
          ),
          block('assumptions', 'bed-days-change: { 2019/20: 1%, 2020/21: 1%, 2021/22: 1%, 2022/23: 1% }', '^^^^^^^^^^^^^^^ trajectory-period: `bed-days-change` has no value for 2023/24'),
        ),
      },
    },
    {
      name: 'the same data in a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'responses:',
          '  - id: mh-liaison',
          '    status: at-risk',
          '    baseline: { year: 2019/20, value: 40% }',
          '                      ^^^^^^^ trajectory-period: the baseline year 2019/20',
          '    trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }',
          'finance:',
          '  income: { 2019/20: 100, 2020/21: 101, 2021/22: 102, 2022/23: 103 }',
          '  ^^^^^^ trajectory-period: finance income has no value for 2023/24',
          '  expenditure: { 2019/20: 100, 2020/21: 101, 2021/22: 102, 2022/23: 103, 2023/24: 104 }',
          'workforce:',
          '  groups:',
          '    - group: Nurses',
          '      demand: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10, 2024/25: 10 }',
          '                                                                                 ^^^^^^^ trajectory-period: Nurses demand has a value for 2024/25',
          '      supply: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }',
          'assumptions:',
          '  emergency-admissions-growth: { 2019/20: 1%, 2019/21: 1%, 2021/22: 1%, 2022/23: 1%, 2023/24: 1% }',
          '  ^^^^^^^^^^^^^^^^^^^^^^^^^^^ trajectory-period: `emergency-admissions-growth` has no value for 2020/21',
          '                                              ^^^^^^^ trajectory-period: `2019/21` is not a financial year',
          '',
        ),
      },
    },
    {
      name: 'CRLF line endings in a chapter and a YAML-only file',
      files: {
        'plan.yaml': crlf(manifest()),
        'mh.md': crlf(
          lines(
            '# Mental health',
            '',
            block('commitment', 'id: mh-liaison', 'status: at-risk', 'trajectory:', '^^^^^^^^^^ trajectory-period: has no value for 2022/23', '  2019/20: 50%', '  2020/21: 55%', '  2021/22: 60%', '  2023/24: 70%', '  2024/25: 75%', '  ^^^^^^^ trajectory-period: outside the plan period'),
          ),
        ),
        'data/x.yaml': crlf(lines('assumptions:', '  bed-days-change:', '  ^^^^^^^^^^^^^^^ trajectory-period: has no value for 2019/20', '    2020/21: 1%', '    2021/22: 1%', '    2022/23: 1%', '    2023/24: 1%', '')),
      },
    },
    {
      name: 'no plan period (malformed): nothing to compare with, quiet',
      files: {
        'plan.yaml': manifest('', { period: ['2019/20', '2019/21'] }),
        'mh.md': block('commitment', 'id: mh-liaison', 'status: at-risk', 'trajectory: { 2018/19: 50%, 2023/24: 70% }'),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['trajectory-period'] });
    });
  }

  it('lists the missing years in the finding data (for the fill-years quick fix)', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest(),
        'mh.md': block('commitment', 'id: mh-liaison', 'status: at-risk', 'trajectory: { 2019/20: 50%, 2023/24: 70% }', '^^^^^^^^^^ trajectory-period'),
      },
      { rules: ['trajectory-period'] },
    );
    assert.deepEqual(findings.find((f) => f.ruleId === 'trajectory-period')?.data?.missingYears, ['2020/21', '2021/22', '2022/23']);
  });
});
