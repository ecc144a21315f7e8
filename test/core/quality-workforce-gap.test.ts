import { crlf, lines, manifest, markPlan, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';



const workforceBlock = (...rows: string[]): string => lines('# Our workforce', '', '```workforce', 'groups:', ...rows, '```', '');

const NURSES_DEMAND = '    demand: { 2019/20: 6780, 2020/21: 6860, 2021/22: 6940, 2022/23: 7020, 2023/24: 7100 }';

describe('workforce-gap', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string>; rules?: string[] }[] = [
    {
      name: 'supply below demand in 2023/24 with no action: at the final supply value',
      files: {
        'plan.yaml': manifest(),
        'wf.md': workforceBlock(
          '  - group: Registered nurses',
          '    baseline: { year: 2018/19, wte: 6200, vacancies: 540 }',
          NURSES_DEMAND,
          '    supply:',
          '      2019/20: 6290',
          '      2020/21: 6420',
          '      2021/22: 6540',
          '      2022/23: 6650',
          '      2023/24: 6760',
          '               ^^^^ workforce-gap: Registered nurses: supply of 6,760 WTE is below demand of 7,100 in 2023/24, a gap of 340 WTE, and no action is recorded',
        ),
      },
    },
    {
      name: 'the same gap with actions recorded: quiet',
      files: {
        'plan.yaml': manifest(),
        'wf.md': workforceBlock(
          '  - group: Registered nurses',
          NURSES_DEMAND,
          '    supply: { 2019/20: 6290, 2020/21: 6420, 2021/22: 6540, 2022/23: 6650, 2023/24: 6760 }',
          '    actions:',
          '      - Overseas recruitment of 200 nurses a year, run jointly',
        ),
      },
    },
    {
      name: 'a gap only in earlier years, closed by 2023/24: quiet',
      files: {
        'plan.yaml': manifest(),
        'wf.md': workforceBlock('  - group: GPs', '    demand: { 2019/20: 760, 2020/21: 770, 2021/22: 780, 2022/23: 790, 2023/24: 800 }', '    supply: { 2019/20: 695, 2020/21: 710, 2021/22: 725, 2022/23: 740, 2023/24: 800 }'),
      },
    },
    {
      name: 'supply above demand in 2023/24: quiet',
      files: {
        'plan.yaml': manifest(),
        'wf.md': workforceBlock('  - group: Allied health professionals', '    demand: { 2019/20: 2280, 2020/21: 2330, 2021/22: 2380, 2022/23: 2420, 2023/24: 2460 }', '    supply: { 2019/20: 2160, 2020/21: 2240, 2021/22: 2320, 2022/23: 2400, 2023/24: 2470 }'),
      },
    },
    {
      name: 'each group on its own: only the short group without actions',
      files: {
        'plan.yaml': manifest(),
        'wf.md': workforceBlock(
          '  - group: Registered nurses',
          NURSES_DEMAND,
          '    supply:',
          '      2019/20: 6290',
          '      2020/21: 6420',
          '      2021/22: 6540',
          '      2022/23: 6650',
          '      2023/24: 7099',
          '               ^^^^ workforce-gap: Registered nurses: supply of 7,099 WTE is below demand of 7,100 in 2023/24, a gap of 1 WTE,',
          '  - group: GPs',
          '    demand: { 2019/20: 760, 2020/21: 770, 2021/22: 780, 2022/23: 790, 2023/24: 800 }',
          '    supply: { 2019/20: 695, 2020/21: 710, 2021/22: 725, 2022/23: 740, 2023/24: 755 }',
          '    actions: [GP retention scheme, International GP recruitment]',
        ),
      },
    },
    {
      name: 'a shorter plan period: the final year is 2021/22, and later years do not count',
      files: {
        'plan.yaml': manifest('', { period: ['2019/20', '2021/22'] }),
        'wf.md': workforceBlock(
          '  - group: Paramedics',
          '    demand: { 2019/20: 500, 2020/21: 520, 2021/22: 540 }',
          '    supply:',
          '      2019/20: 480',
          '      2020/21: 500',
          '      2021/22: 530',
          '               ^^^ workforce-gap: supply of 530 WTE is below demand of 540 in 2021/22, a gap of 10 WTE,',
          '  - group: Pharmacists',
          '    demand: { 2019/20: 50, 2020/21: 50, 2021/22: 50, 2023/24: 90 }',
          '    supply: { 2019/20: 50, 2020/21: 50, 2021/22: 50, 2023/24: 60 }',
        ),
      },
    },
    {
      name: 'no final-year supply: no comparison (trajectory-period reports the gap in the years)',
      files: {
        'plan.yaml': manifest(),
        'wf.md': workforceBlock(
          '  - group: Registered nurses',
          NURSES_DEMAND,
          '    supply: { 2019/20: 6290, 2020/21: 6420, 2021/22: 6540, 2022/23: 6650 }',
          '    ^^^^^^ trajectory-period: Registered nurses supply has no value for 2023/24',
        ),
      },
      rules: ['workforce-gap', 'trajectory-period'],
    },
    {
      name: 'the same data in a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'data/workforce.yaml': lines(
          'workforce:',
          '  groups:',
          '    - group: Registered nurses',
          '      demand: { 2019/20: 6780, 2020/21: 6860, 2021/22: 6940, 2022/23: 7020, 2023/24: 7100 }',
          '      supply:',
          '        2019/20: 6290',
          '        2020/21: 6420',
          '        2021/22: 6540',
          '        2022/23: 6650',
          '        2023/24: 6760',
          '                 ^^^^ workforce-gap: supply of 6,760 WTE is below demand of 7,100 in 2023/24, a gap of 340',
          '    - group: Medical staff in hospitals',
          '      demand: { 2019/20: 1960, 2020/21: 1990, 2021/22: 2020, 2022/23: 2050, 2023/24: 2080 }',
          '      supply: { 2019/20: 1880, 2020/21: 1930, 2021/22: 1980, 2022/23: 2040, 2023/24: 2090 }',
          '',
        ),
      },
    },
    {
      name: 'no workforce anywhere: one finding at plan.yaml',
      files: {
        'plan.yaml': markPlan(manifest(), '^^^^ workforce-gap: the plan has no workforce data: add a workforce block'),
        'wf.md': lines('# Our workforce', '', 'We will recruit more nurses.', ''),
        'data/finance.yaml': lines('finance:', '  income: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 100 }', ''),
      },
    },
    {
      name: 'CRLF line endings, in a chapter and in a YAML-only file',
      files: {
        'plan.yaml': crlf(manifest()),
        'wf.md': crlf(workforceBlock('  - group: Registered nurses', NURSES_DEMAND, '    supply:', '      2019/20: 6290', '      2020/21: 6420', '      2021/22: 6540', '      2022/23: 6650', '      2023/24: 6760', '               ^^^^ workforce-gap: a gap of 340')),
        'data/workforce.yaml': crlf(
          lines('workforce:', '  groups:', '    - group: GPs', '      demand: { 2019/20: 760, 2020/21: 770, 2021/22: 780, 2022/23: 790, 2023/24: 800 }', '      supply:', '        2019/20: 695', '        2020/21: 710', '        2021/22: 725', '        2022/23: 740', '        2023/24: 755', '                 ^^^ workforce-gap: GPs: supply of 755 WTE is below demand of 800 in 2023/24, a gap of 45', ''),
        ),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: c.rules ?? ['workforce-gap'] });
    });
  }
});
