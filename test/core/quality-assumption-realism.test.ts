import * as assert from 'node:assert/strict';
import { crlf, lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';


const assumptionsBlock = (...rows: string[]): string => lines('# Activity', '', '```assumptions', ...rows, '```', '');

describe('assumption-realism', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string>; rules?: string[] }[] = [
    {
      name: 'an eight per cent fall in emergency admissions in one year, in a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'assumptions:',
          '  emergency-admissions-growth:',
          '    2019/20: 2.4%',
          '    2020/21: 2.2%',
          '    2021/22: -8%',
          '             ^^^ assumption-realism: `emergency-admissions-growth` (emergency admissions, yearly growth) is -8% in 2021/22, below the plausible range of 0% to 4% a year',
          '    2022/23: 2.0%',
          '    2023/24: 1.9%',
          '',
        ),
      },
    },
    {
      name: 'the same fall in a Markdown assumptions block',
      files: {
        'plan.yaml': manifest(),
        'activity.md': assumptionsBlock(
          'emergency-admissions-growth: { 2019/20: 2.4%, 2020/21: 2.2%, 2021/22: -8%, 2022/23: 2.0%, 2023/24: 1.9% }',
          '                                                                      ^^^ assumption-realism: -8% in 2021/22, below the plausible range of 0% to 4% a year',
        ),
      },
    },
    {
      name: 'values inside the range, and exactly on its bounds, are quiet',
      files: {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'assumptions:',
          '  emergency-admissions-growth: { 2019/20: 0%, 2020/21: 4%, 2021/22: 2.5%, 2022/23: 0.1%, 2023/24: 3.9% }',
          '  bed-days-change: { 2019/20: -3%, 2020/21: 3%, 2021/22: -1.5%, 2022/23: 0%, 2023/24: 1% }',
          '  outpatient-attendances-change: { 2019/20: -8%, 2020/21: 4%, 2021/22: -4%, 2022/23: -4%, 2023/24: -3% }',
          '  elective-activity-growth: { 2019/20: 0%, 2020/21: 6%, 2021/22: 2.8%, 2022/23: 2.6%, 2023/24: 2.7% }',
          '  length-of-stay-change: { 2019/20: -5%, 2020/21: 1%, 2021/22: -2%, 2022/23: -1.5%, 2023/24: -1% }',
          '',
        ),
      },
    },
    {
      name: 'just outside each bound, in the first and the last plan year',
      files: {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'assumptions:',
          '  bed-days-change:',
          '    2019/20: -3.5%',
          '             ^^^^^ assumption-realism: `bed-days-change` (hospital bed days, yearly change) is -3.5% in 2019/20, below the plausible range of -3% to 3% a year',
          '    2020/21: -1%',
          '    2021/22: -1%',
          '    2022/23: -1%',
          '    2023/24: 3.1%',
          '             ^^^^ assumption-realism: is 3.1% in 2023/24, above the plausible range of -3% to 3% a year',
          '  elective-activity-growth:',
          '    2019/20: 6.5%',
          '             ^^^^ assumption-realism: `elective-activity-growth` (elective (planned) activity, yearly growth) is 6.5% in 2019/20, above the plausible range of 0% to 6% a year',
          '    2020/21: 2%',
          '    2021/22: 2%',
          '    2022/23: 2%',
          '    2023/24: -0.5%',
          '             ^^^^^ assumption-realism: is -0.5% in 2023/24, below the plausible range of 0% to 6% a year',
          '',
        ),
      },
    },
    {
      name: 'a steep fall in length of stay (below -5%) and any rise above 1%',
      files: {
        'plan.yaml': manifest(),
        'activity.md': assumptionsBlock(
          'length-of-stay-change:',
          '  2019/20: -6%',
          '           ^^^ assumption-realism: `length-of-stay-change` (average length of stay, yearly change) is -6% in 2019/20, below the plausible range of -5% to 1% a year',
          '  2020/21: 1.5%',
          '           ^^^^ assumption-realism: above the plausible range of -5% to 1% a year',
          '  2021/22: -2%',
          '  2022/23: -2%',
          '  2023/24: -2%',
        ),
      },
    },
    {
      name: 'a value for a year outside the plan period is still checked',
      files: {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'assumptions:',
          '  emergency-admissions-growth:',
          '    2019/20: 2%',
          '    2020/21: 2%',
          '    2021/22: 2%',
          '    2022/23: 2%',
          '    2023/24: 2%',
          '    2024/25: -10%',
          '    ^^^^^^^ trajectory-period: outside the plan period',
          '             ^^^^ assumption-realism: -10% in 2024/25, below the plausible range of 0% to 4% a year',
          '',
        ),
      },
      rules: ['assumption-realism', 'trajectory-period'],
    },
    {
      name: 'a plain number instead of a percentage',
      files: {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'assumptions:',
          '  length-of-stay-change:',
          '    2019/20: -1',
          '             ^^ assumption-realism: `length-of-stay-change` is a yearly change: write 2019/20 as a percentage, like 1.5%',
          '    2020/21: -1%',
          '    2021/22: -1%',
          '    2022/23: -1%',
          '    2023/24: 12',
          '             ^^ assumption-realism: write 2023/24 as a percentage',
          '',
        ),
      },
    },
    {
      name: 'an unknown assumption id: information, with a did-you-mean',
      files: {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'assumptions:',
          '  bed-day-change: { 2019/20: -9%, 2020/21: 1%, 2021/22: 1%, 2022/23: 1%, 2023/24: 1% }',
          '  ^^^^^^^^^^^^^^ assumption-realism: no plausible range is known for `bed-day-change`: did you mean `bed-days-change`? (its values are not checked)',
          '  community-beds-growth: { 2019/20: 1%, 2020/21: 1%, 2021/22: 1%, 2022/23: 1%, 2023/24: 1% }',
          '  ^^^^^^^^^^^^^^^^^^^^^ assumption-realism: no plausible range is known for `community-beds-growth`',
          '',
        ),
      },
    },
    {
      name: 'CRLF line endings, in a chapter and in a YAML-only file',
      files: {
        'plan.yaml': crlf(manifest()),
        'activity.md': crlf(
          assumptionsBlock(
            'emergency-admissions-growth:',
            '  2019/20: 2%',
            '  2020/21: 2%',
            '  2021/22: -8%',
            '           ^^^ assumption-realism: -8% in 2021/22, below the plausible range of 0% to 4% a year',
            '  2022/23: 2%',
            '  2023/24: 2%',
          ),
        ),
        'data/x.yaml': crlf(lines('assumptions:', '  outpatient-attendances-change: { 2019/20: -1%, 2020/21: -3%, 2021/22: -12%, 2022/23: -4%, 2023/24: -3% }', '                                                                        ^^^^ assumption-realism: -12% in 2021/22, below the plausible range of -8% to 4% a year', '')),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: c.rules ?? ['assumption-realism'] });
    });
  }

  it('reports an unknown id at information level with the suggestion in the data, and an implausible value as a warning', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest(),
        'data/x.yaml': lines(
          'assumptions:',
          '  bed-day-change: { 2019/20: 1%, 2020/21: 1%, 2021/22: 1%, 2022/23: 1%, 2023/24: 1% }',
          '  ^^^^^^^^^^^^^^ assumption-realism',
          '  emergency-admissions-growth: { 2019/20: -8%, 2020/21: 1%, 2021/22: 1%, 2022/23: 1%, 2023/24: 1% }',
          '                                          ^^^ assumption-realism',
          '',
        ),
      },
      { rules: ['assumption-realism'] },
    );
    const own = findings.filter((f) => f.ruleId === 'assumption-realism');
    assert.deepEqual(
      own.map((f) => f.severity),
      ['information', 'warning'],
    );
    assert.deepEqual(own[0]?.data?.suggestions, ['bed-days-change']);
  });
});
