import { describeTargetCases, RATE_MONTH, type TargetCase } from '../helpers/target-model';

/** Directions and timings of a target: read in March, as the year's average or by the year's end; higher or lower is better. */
const cases: TargetCase[] = [
  // ---- rate with timing
  {
    name: 'rate, timing month: the shortfall in percentage points, read in March',
    reason: 'misses 1 of 1 check (system)',
    target: RATE_MONTH,
    response: ['trajectory:', '  2019/20: 70%', '  2020/21: 74%', '  2021/22: 76.5%', '           ^^^^^ trajectory-target: March 2022 (2021/22): 76.5% against 78% (higher is better): 1.5 points short', '  2022/23: 80%', '  2023/24: 80%'],
  },
  {
    name: 'rate, timing year-average: the message says it is the average for the year',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: "85%"', 'scale: rate', 'direction: increase', 'timing: year-average', 'by: 2021/22'],
    response: ['trajectory:', '  2019/20: 80%', '  2020/21: 82%', '  2021/22: 84%', '           ^^^ trajectory-target: 2021/22 average: 84% against 85% (higher is better): 1 point short', '  2022/23: 85%', '  2023/24: 85%'],
  },
  {
    name: 'rate, lower is better (a share over a threshold): above the target is over',
    reason: 'misses 1 of 2 checks (system)',
    target: ['value: "1%"', 'scale: rate', 'direction: decrease', 'timing: year-end', 'milestones: [{ value: "1%", by: 2022/23 }]', 'by: 2021/22'],
    response: ['trajectory:', '  2019/20: 4%', '  2020/21: 3%', '  2021/22: 2%', '           ^^ trajectory-target: 2021/22: 2% against 1% (lower is better): 1 point over', '  2022/23: 1%', '  2023/24: 1%'],
  },
  {
    name: 'rate, timing month, written as plain numbers: one unit finding for the block',
    target: RATE_MONTH,
    response: ['trajectory:', '  2019/20: 70', '           ^^ trajectory-target: the target is measured as a percentage (the measure), but the trajectory gives a plain number', '  2020/21: 74', '  2021/22: 78', '  2022/23: 80', '  2023/24: 80'],
  },
];

describeTargetCases('target model: directions and timing', cases);

// ---- the plan's own `timing:` against the target's, every combination
const TIMINGS = ['month', 'year-average', 'year-end'] as const;
type Timing = (typeof TIMINGS)[number];
/** The target's timing and the plan's: true where the figures can be compared (March is the end of the year; an average is not). */
const AGREE: Readonly<Record<Timing, Readonly<Record<Timing, boolean>>>> = {
  month: { month: true, 'year-average': false, 'year-end': true },
  'year-average': { month: false, 'year-average': true, 'year-end': false },
  'year-end': { month: true, 'year-average': false, 'year-end': true },
};
const TARGET_READS: Readonly<Record<Timing, string>> = { month: 'in March', 'year-average': 'as the average for the year', 'year-end': 'at the end of the year' };
const PLAN_GIVES: Readonly<Record<Timing, string>> = { month: 'March figures', 'year-average': 'averages for the year', 'year-end': 'end-of-year figures' };
const MET = 'trajectory: { 2019/20: 70%, 2020/21: 74%, 2021/22: 80%, 2022/23: 80%, 2023/24: 80% }';

const combinations: TargetCase[] = TIMINGS.flatMap((target) => [
  { name: `target ${target}, the plan states no timing: read as the target reads it, met`, target: ['value: "78%"', 'scale: rate', 'direction: increase', `timing: ${target}`, 'by: 2021/22'], response: [MET], coverage: 'met' },
  ...TIMINGS.map(
    (plan): TargetCase => ({
      name: `target ${target}, the plan's figures ${plan}: ${AGREE[target][plan] ? 'comparable, met' : 'one finding at `timing:` naming the target\'s timing'}`,
      target: ['value: "78%"', 'scale: rate', 'direction: increase', `timing: ${target}`, 'by: 2021/22'],
      response: [
        `timing: ${plan}`,
        ...(AGREE[target][plan]
          ? []
          : [`        ${'^'.repeat(plan.length)} trajectory-target: the trajectory gives ${PLAN_GIVES[plan]} (\`timing: ${plan}\`), but the target reads 78% by 2021/22 ${TARGET_READS[target]} (\`${target}\`): give ${PLAN_GIVES[target]} and write \`timing: ${target}\``]),
        MET,
      ],
      coverage: AGREE[target][plan] ? 'met' : 'partial',
    }),
  ),
]);

/** A's 70% in March of 2020/21, then 92% as the average for 2023/24, and a floor for each acute trust. */
const TWO_TIMINGS = ['value: "70%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24, timing: year-average }]'];
const TWO_MET = 'trajectory: { 2019/20: 66%, 2020/21: 71%, 2021/22: 80%, 2022/23: 88%, 2023/24: 93% }';

const stated: TargetCase[] = [
  {
    name: 'one timing for a target read differently at its two dates: the advice is a timing by year',
    target: TWO_TIMINGS,
    response: ['timing: month', '        ^^^^^ trajectory-target: but the target reads 92% by 2023/24 as the average for the year (`year-average`): give the figures for 2023/24 as the target reads them, and write the timing by year: `timing: { 2020/21: month, 2023/24: year-average }`', TWO_MET],
    coverage: 'partial',
  },
  {
    name: 'a timing by year that matches each date is quiet',
    target: TWO_TIMINGS,
    response: ['timing: { 2020/21: month, 2023/24: year-average }', TWO_MET],
    coverage: 'met',
  },
  {
    name: 'a timing by year: the finding is at the year that disagrees',
    target: TWO_TIMINGS,
    response: ['timing: { 2020/21: year-average, 2023/24: year-average }', '                   ^^^^^^^^^^^^ trajectory-target: the trajectory gives averages for the year (`timing: { 2020/21: year-average, 2023/24: year-average }`), but the target reads 70% by 2020/21 in March (`month`)', TWO_MET],
    coverage: 'partial',
  },
  {
    name: 'a year the timing by year leaves out is read as the target reads it',
    target: TWO_TIMINGS,
    response: ['timing: { 2023/24: year-average }', TWO_MET],
    coverage: 'met',
  },
  {
    name: 'organisation lines take the response\'s timing, or their own; one finding for the block, counting the other lines',
    target: [...RATE_MONTH, 'organisations: { applies-to: each-acute-provider, floor: "65%" }'],
    response: [
      'timing: year-average',
      '        ^^^^^^^^^^^^ trajectory-target: the trajectory gives averages for the year (`timing: year-average`), but the target reads 78% by 2021/22 in March (`month`): give March figures and write `timing: month` (1 more line does the same)',
      MET,
      'organisations:',
      '  test-hospital:',
      '    timing: month',
      '    trajectory: { 2021/22: 70% }',
      '  north-acute:',
      '    trajectory: { 2021/22: 70% }',
    ],
    coverage: 'partial',
  },
  {
    name: 'an organisation line\'s own timing is judged against the rule\'s date',
    target: [...RATE_MONTH, 'organisations: { applies-to: each-acute-provider, floor: "65%" }'],
    response: [
      MET,
      'organisations:',
      '  test-hospital:',
      '    timing: year-average',
      '            ^^^^^^^^^^^^ trajectory-target: `test-hospital`\'s trajectory gives averages for the year (`timing: year-average`), but the target reads 78% by 2021/22 in March (`month`): give March figures and write `timing: month`',
      '    trajectory: { 2021/22: 70% }',
      '  north-acute:',
      '    trajectory: { 2021/22: 70% }',
    ],
    coverage: 'partial',
  },
  {
    name: 'a timing that is not one of the three is a schema finding, and nothing is judged on it',
    target: RATE_MONTH,
    response: ['timing: { 2021/22: monthly }', '                   ^^^^^^^ schema: `2021/22` is "monthly"; it must be `month`, `year-average` or `year-end`', MET],
    coverage: 'met',
  },
];

describeTargetCases('target model: the plan\'s own timing against every target timing', combinations);
describeTargetCases('target model: timing by year and per organisation', stated);
