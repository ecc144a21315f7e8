import { describeTargetCases, RATE_MONTH, SYSTEM_MET, type TargetCase } from '../helpers/target-model';

/** Per-organisation rules (floor, improvement, whichever is greater or lesser) and the system line they sit beside. */
const ORG_RULE = (rule: string) => ['value: "65%"', 'scale: rate', 'direction: increase', 'by: 2021/22', `organisations: ${rule}`];
/** `test-hospital`'s line; `message` is the expected finding at its 2021/22 value. */
const hospital = (baseline: string | undefined, value2021: string, message?: string) => [
  'organisations:',
  '  test-hospital:',
  ...(baseline ? [`    baseline: { year: 2018/19, value: "${baseline}" }`] : []),
  '    trajectory:',
  '      2019/20: "50%"',
  '      2020/21: "55%"',
  `      2021/22: "${value2021}"`,
  ...(message ? [`               ^^^^^ trajectory-target: ${message}`] : []),
  '      2022/23: "70%"',
  '      2023/24: "72%"',
];
const northMet = ['  north-acute:', '    baseline: { year: 2018/19, value: "40%" }', '    trajectory: { 2019/20: "50%", 2020/21: "60%", 2021/22: "70%", 2022/23: "70%", 2023/24: "70%" }'];

const cases: TargetCase[] = [
  // ---- per-organisation rules
  {
    name: 'floor only: an acute trust below the floor',
    reason: 'misses 1 of 3 checks (test-hospital)',
    target: ORG_RULE('{ applies-to: each-acute-provider, floor: "60%" }'),
    response: [SYSTEM_MET, ...hospital(undefined, '58%', '`test-hospital`: 2021/22: 58% against 60% (the 60% floor for each acute provider) (higher is better): 2 points short'), ...northMet],
  },
  {
    name: 'improvement only: baseline plus 5 points',
    reason: 'misses 1 of 3 checks (test-hospital)',
    target: ORG_RULE('{ applies-to: each-acute-provider, improvement: "5%" }'),
    response: [SYSTEM_MET, ...hospital('55%', '59%', '`test-hospital`: 2021/22: 59% against 60% (baseline 55% + 5 points)'), ...northMet],
  },
  {
    name: 'relative improvement: 10% of the baseline',
    reason: 'misses 1 of 3 checks (test-hospital)',
    target: ORG_RULE('{ applies-to: each-acute-provider, improvement: "10%", improvement-as: relative }'),
    response: [SYSTEM_MET, ...hospital('50%', '54%', '`test-hospital`: 2021/22: 54% against 55% (baseline 50% + 10% of it)'), ...northMet],
  },
  {
    name: 'whichever is greater, the improvement wins (58% + 5 = 63% over the 60% floor)',
    reason: 'misses 1 of 3 checks (test-hospital)',
    target: ORG_RULE('{ applies-to: each-acute-provider, floor: "60%", improvement: "5%", whichever: greater }'),
    response: [SYSTEM_MET, ...hospital('58%', '62%', '`test-hospital`: 2021/22: 62% against 63% (baseline 58% + 5 points, or the 60% floor, whichever is greater) (higher is better): 1 point short'), ...northMet],
  },
  {
    name: 'whichever is greater, the floor wins (50% + 5 = 55% under the 60% floor)',
    reason: 'misses 1 of 3 checks (test-hospital)',
    target: ORG_RULE('{ applies-to: each-acute-provider, floor: "60%", improvement: "5%" }'),
    response: [SYSTEM_MET, ...hospital('50%', '58%', '`test-hospital`: 2021/22: 58% against 60% (baseline 50% + 5 points, or the 60% floor, whichever is greater)'), ...northMet],
  },
  {
    name: 'whichever is lesser: the easier of the two is enough',
    reason: 'meets 3 of 3 checks',
    target: ORG_RULE('{ applies-to: each-acute-provider, floor: "60%", improvement: "5%", whichever: lesser }'),
    response: [SYSTEM_MET, ...hospital('50%', '58%'), ...northMet],
    coverage: 'met',
  },
  {
    name: 'lower is better per organisation: 3 points better or 20%, whichever is greater',
    reason: 'misses 1 of 3 checks (test-hospital)',
    target: ['value: "14%"', 'scale: rate', 'direction: decrease', 'by: 2021/22', 'organisations: { applies-to: each-acute-provider, floor: "20%", improvement: "3%" }'],
    response: [
      'trajectory: { 2019/20: "20%", 2020/21: "16%", 2021/22: "14%", 2022/23: "12%", 2023/24: "10%" }',
      'organisations:',
      '  test-hospital:',
      '    baseline: { year: 2018/19, value: "30%" }',
      '    trajectory:',
      '      2021/22: "25%"',
      '               ^^^^^ trajectory-target: `test-hospital`: 2021/22: 25% against 20% (baseline 30% - 3 points, or the 20% floor, whichever is greater) (lower is better): 5 points over',
      '  north-acute:',
      '    baseline: { year: 2018/19, value: "21%" }',
      '    trajectory: { 2021/22: "18%" }',
    ],
    coverage: 'partial',
  },
  {
    name: 'an organisation the rule applies to without a line: one finding at the id naming it',
    reason: 'not judged in full: the target applies to each acute provider: give `north-acute` a baseline and trajectory under `organisations:`',
    target: ORG_RULE('{ applies-to: each-acute-provider, floor: "60%" }'),
    idMarker: '    ^^^^^^^^^ trajectory-target: the target applies to each acute provider: give `north-acute` a baseline and trajectory under `organisations:`',
    response: [SYSTEM_MET, ...hospital(undefined, '60%')],
    coverage: 'partial',
  },
  {
    name: 'an improvement rule and a line without a baseline: asks for the baseline at the organisation',
    reason: 'not judged in full: `test-hospital` needs a baseline: the rule for each acute provider asks for an improvement on each organisation\'s own starting point',
    target: ORG_RULE('{ applies-to: each-acute-provider, improvement: "5%" }'),
    response: [SYSTEM_MET, 'organisations:', '  test-hospital:', '  ^^^^^^^^^^^^^ trajectory-target: `test-hospital` needs a baseline', '    trajectory: { 2021/22: "70%" }', ...northMet],
  },
  {
    name: 'a rule for mental health providers ignores acute lines',
    reason: 'misses 1 of 2 checks (test-mh)',
    target: ORG_RULE('{ applies-to: each-mental-health-provider, floor: "60%" }'),
    response: [SYSTEM_MET, 'organisations:', '  test-mh:', '    trajectory: { 2021/22: "50%" }', '                           ^^^^^ trajectory-target: `test-mh`: 2021/22: 50% against 60%', '  test-hospital:', '    trajectory: { 2021/22: "10%" }'],
  },
  {
    name: 'on-track with an organisation short: the status is contradicted too',
    reason: 'misses 1 of 3 checks (test-hospital)',
    target: ORG_RULE('{ applies-to: each-acute-provider, floor: "60%" }'),
    status: 'on-track',
    response: ['        ^^^^^^^^ trajectory-target: status is on-track, but the trajectory misses the target (`test-hospital`, 2021/22)', SYSTEM_MET, ...hospital(undefined, '58%', '`test-hospital`: 2021/22: 58% against 60%'), ...northMet],
  },
  // ---- the system line
  {
    name: 'a count adds up: the system line is derived from the organisations and judged as a fair share',
    reason: 'misses 1 of 2 checks (system)',
    target: ['value: 56300', 'scale: count', 'direction: increase', 'by: 2021/22', 'timing: year-end', 'milestones: [{ value: 56300, by: 2023/24 }]'],
    response: ['organisations:', '  test-hospital:', '    trajectory: { 2019/20: 500, 2020/21: 600, 2021/22: 700, 2022/23: 800, 2023/24: 900 }', '                                                       ^^^ trajectory-target: 2021/22: 1,200 against a fair share of 1,250 (56,300 × 1,250,000 ÷ 56.3m)', '  test-mh:', '    trajectory: { 2019/20: 400, 2020/21: 450, 2021/22: 500, 2022/23: 600, 2023/24: 700 }'],
  },
  {
    name: 'a count adds up only when every organisation gives a line: one without gives no system line',
    reason: 'no value for 2021/22',
    target: ['value: 56300', 'scale: count', 'direction: increase', 'by: 2021/22', 'timing: year-end'],
    response: ['organisations:', '  test-hospital:', '    trajectory: { 2019/20: 500, 2020/21: 600, 2021/22: 700, 2022/23: 800, 2023/24: 900 }', '  test-mh:', '    baseline: { year: 2018/19, value: 300 }'],
  },
  {
    name: 'a count adds up year by year: a year one organisation leaves out is not summed',
    reason: 'no value for 2021/22',
    target: ['value: 56300', 'scale: count', 'direction: increase', 'by: 2021/22', 'timing: year-end'],
    response: ['organisations:', '  test-hospital:', '    trajectory: { 2019/20: 500, 2020/21: 600, 2021/22: 700, 2022/23: 800, 2023/24: 900 }', '  test-mh:', '    trajectory: { 2019/20: 400, 2020/21: 450, 2022/23: 600, 2023/24: 700 }'],
  },
  {
    name: 'a rate does not add up: organisation lines alone give no system judgement (answered, partly)',
    reason: 'no value for 2020/21',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24 }]'],
    response: ['organisations:', '  test-hospital:', '    trajectory: { 2019/20: "10%", 2020/21: "10%", 2021/22: "10%", 2022/23: "10%", 2023/24: "10%" }'],
  },
  {
    name: 'organisation lines in another unit are reported once for the block',
    reason: 'not judged in full: the target is measured as a percentage (the measure), but `test-hospital`\'s trajectory gives a plain number: write every year as a percentage',
    target: RATE_MONTH,
    response: [
      'trajectory: { 2019/20: "70%", 2020/21: "74%", 2021/22: "80%", 2022/23: "80%", 2023/24: "80%" }',
      'organisations:',
      '  test-hospital:',
      '    trajectory: { 2021/22: 80 }',
      '                           ^^ trajectory-target: the target is measured as a percentage (the measure), but `test-hospital`\'s trajectory gives a plain number',
      '  test-mh:',
      '    trajectory: { 2021/22: 80 }',
    ],
  },
];

describeTargetCases('target model: per-organisation rules and the system line', cases);
