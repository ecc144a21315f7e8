import { describeTargetCases, DURATION, type TargetCase } from '../helpers/target-model';

/**
 * Target scales (core/src/targets): duration in its unit, index of a base
 * year, and change per year or against a baseline, judged on inline plans
 * against a one-commitment local catalog, `t-measure`.
 */
const cases: TargetCase[] = [
  // ---- duration (lower is better), in the target's unit
  {
    name: 'duration: a mean over the target speaks minutes ("27 minutes against 25 (lower is better): 2 minutes over")',
    reason: 'misses 1 of 1 check (system)',
    target: DURATION,
    response: ['trajectory:', '  2019/20: 32', '  2020/21: 29', '  2021/22: 27', '           ^^ trajectory-target: 2021/22: 27 minutes against 25 (lower is better): 2 minutes over', '  2022/23: 26', '  2023/24: 25'],
    coverage: 'partial',
  },
  {
    name: 'duration: no trajectory at all is answered, with nothing to judge',
    reason: 'no trajectory to compare with the target',
    target: DURATION,
    response: [],
    coverage: 'answered',
  },
  {
    name: 'duration: at or under the target is met',
    reason: 'meets 1 of 1 check',
    target: DURATION,
    response: ['trajectory: { 2019/20: 32, 2020/21: 29, 2021/22: 25, 2022/23: 24, 2023/24: 23 }'],
    coverage: 'met',
  },
  {
    name: 'duration written as percentages: one finding for the block, naming the unit',
    target: DURATION,
    response: ['trajectory:', '  2019/20: 32%', '           ^^^ trajectory-target: the target is measured in minutes (the measure), but the trajectory gives a percentage: write every year in minutes', '  2020/21: 29%', '  2021/22: 27%', '  2022/23: 26%', '  2023/24: 25%'],
  },
  {
    name: 'duration, higher is better (a direction the catalog may choose): under the target is short, in hours',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: 6', 'scale: duration', 'unit: hours', 'direction: increase', 'by: 2021/22'],
    response: ['trajectory:', '  2019/20: 4', '  2020/21: 4', '  2021/22: 5', '           ^ trajectory-target: 2021/22: 5 hours against 6 (higher is better): 1 hour short', '  2022/23: 6', '  2023/24: 6'],
  },
  // ---- index of a base year
  {
    name: 'index written as percentages of the base year',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: "118%"', 'scale: index', 'base-year: 2018/19', 'direction: increase', 'by: 2021/22'],
    response: ['trajectory:', '  2019/20: 105%', '  2020/21: 110%', '  2021/22: 112%', '           ^^^^ trajectory-target: 2021/22: 112% of 2018/19 against 118% (higher is better): 6 points short', '  2022/23: 118%', '  2023/24: 120%'],
  },
  {
    name: 'index from plain activity and a baseline in the base year',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: "118%"', 'scale: index', 'base-year: 2018/19', 'direction: increase', 'by: 2021/22'],
    response: ['baseline: { year: 2018/19, value: 1000 }', 'trajectory:', '  2019/20: 1050', '  2020/21: 1100', '  2021/22: 1150', '           ^^^^ trajectory-target: 2021/22: 115% of 2018/19 against 118% (higher is better): 3 points short', '  2022/23: 1180', '  2023/24: 1200'],
  },
  {
    name: 'index from plain activity with a baseline that is not the base year: asks for the base year',
    target: ['value: "118%"', 'scale: index', 'base-year: 2018/19', 'direction: increase', 'by: 2021/22'],
    response: ['baseline: { year: 2017/18, value: 1000 }', 'trajectory: { 2019/20: 1050, 2020/21: 1100, 2021/22: 1180, 2022/23: 1180, 2023/24: 1200 }', '^^^^^^^^^^ trajectory-target: give the 2018/19 level as the baseline'],
  },
  // ---- change
  {
    name: 'change against a baseline, worked out from plain levels (agency spend −30%)',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: "-30%"', 'scale: change', 'change: against-baseline', 'direction: decrease', 'by: 2021/22'],
    response: ['baseline: { year: 2018/19, value: 10 }', 'trajectory:', '  2019/20: 9', '  2020/21: 8.5', '  2021/22: 8', '           ^ trajectory-target: 2021/22: -20% against -30% (lower is better): 10 points over', '  2022/23: 7', '  2023/24: 6'],
  },
  {
    name: 'change against a baseline, levels without a baseline: asks for one',
    target: ['value: "-30%"', 'scale: change', 'change: against-baseline', 'direction: decrease', 'by: 2021/22'],
    response: ['trajectory: { 2019/20: 9, 2020/21: 8.5, 2021/22: 7, 2022/23: 7, 2023/24: 6 }', '^^^^^^^^^^ trajectory-target: give the starting level as the baseline'],
  },
  {
    name: 'change per year, standing: the worst year-on-year change from `by` is judged',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: "-10%"', 'scale: change', 'change: per-year', 'direction: decrease', 'by: 2020/21', 'standing: true'],
    response: ['baseline: { year: 2018/19, value: 100 }', 'trajectory:', '  2019/20: 90', '  2020/21: 80', '  2021/22: 76', '           ^^ trajectory-target: 2021/22: -5% against -10% (lower is better): 5 points over', '  2022/23: 68', '  2023/24: 61'],
  },
  {
    name: 'change per year written out of order: each year is compared with the year before it, not the line above',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: "-10%"', 'scale: change', 'change: per-year', 'direction: decrease', 'by: 2020/21', 'standing: true'],
    response: ['baseline: { year: 2018/19, value: 100 }', 'trajectory:', '  2023/24: 61', '  2021/22: 76', '           ^^ trajectory-target: 2021/22: -5% against -10% (lower is better): 5 points over', '  2019/20: 90', '  2022/23: 68', '  2020/21: 80'],
  },
  {
    name: 'change written as percentages is read as the change itself, and met',
    reason: 'meets 1 of 1 check',
    target: ['value: "-10%"', 'scale: change', 'change: per-year', 'direction: decrease', 'by: 2020/21', 'standing: true'],
    response: ['trajectory: { 2019/20: "-10%", 2020/21: "-12%", 2021/22: "-10%", 2022/23: "-11%", 2023/24: "-10%" }'],
    coverage: 'met',
  },
  {
    name: 'change, higher is better (an increase of at least 2% a year)',
    reason: 'misses 1 of 1 check (system)',
    target: ['value: "2%"', 'scale: change', 'change: per-year', 'direction: increase', 'by: 2021/22'],
    response: ['baseline: { year: 2018/19, value: 100 }', 'trajectory:', '  2019/20: 102', '  2020/21: 104', '  2021/22: 105', '           ^^^ trajectory-target: 2021/22: +0.96% against +2% (higher is better): 1.04 points short', '  2022/23: 108', '  2023/24: 110'],
  },
];

describeTargetCases('target model: scales (duration, index, change)', cases);
