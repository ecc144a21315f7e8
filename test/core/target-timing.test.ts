import { describeTargetCases, RATE_MONTH, type TargetCase } from '../helpers/target-model';

/** Directions and timings of a target: read in March, as the year's average or by the year's end; higher or lower is better. */
const cases: TargetCase[] = [
  // ---- rate with timing
  {
    name: 'rate, timing month: the shortfall in percentage points, read in March',
    target: RATE_MONTH,
    response: ['trajectory:', '  2019/20: 70%', '  2020/21: 74%', '  2021/22: 76.5%', '           ^^^^^ trajectory-target: March 2022 (2021/22): 76.5% against 78% (higher is better): 1.5 points short', '  2022/23: 80%', '  2023/24: 80%'],
  },
  {
    name: 'rate, timing year-average: the message says it is the average for the year',
    target: ['value: "85%"', 'scale: rate', 'direction: increase', 'timing: year-average', 'by: 2021/22'],
    response: ['trajectory:', '  2019/20: 80%', '  2020/21: 82%', '  2021/22: 84%', '           ^^^ trajectory-target: 2021/22 average: 84% against 85% (higher is better): 1 point short', '  2022/23: 85%', '  2023/24: 85%'],
  },
  {
    name: 'rate, lower is better (a share over a threshold): above the target is over',
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
