import * as assert from 'node:assert/strict';
import { coverageRows, language } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';
import { targetCatalog, targetManifest, targetResponse } from '../helpers/target-model';

/**
 * The target model (core/src/targets): every scale, timing, direction,
 * per-organisation rule and dated milestone, judged on inline plans against
 * a local catalog holding one commitment, `t-measure`.
 */
interface TargetCase {
  readonly name: string;
  /** Lines of the catalog target (under `target:`, after `measure:`). */
  readonly target: readonly string[];
  readonly status?: string;
  /** Lines of the response block, with markers. */
  readonly response: readonly string[];
  /** A marker line for the response's `id:` line. */
  readonly idMarker?: string;
  /** Expected coverage status of `t-measure`. */
  readonly coverage?: string;
  /** Expected coverage reason of `t-measure`: what its code lens and the coverage tree say. */
  readonly reason?: string;
}

const DURATION = ['value: 25', 'scale: duration', 'unit: minutes', 'direction: decrease', 'by: 2021/22'];
const RATE_MONTH = ['value: "78%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2021/22'];
const ORG_RULE = (rule: string) => ['value: "65%"', 'scale: rate', 'direction: increase', 'by: 2021/22', `organisations: ${rule}`];
const SYSTEM_MET = 'trajectory: { 2019/20: "66%", 2020/21: "70%", 2021/22: "72%", 2022/23: "73%", 2023/24: "74%" }';
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
  // ---- several dated milestones, and projections past the plan
  {
    name: 'two milestones: the first met, the second missed, one finding at the second',
    reason: 'misses 1 of 2 checks (system)',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24 }]'],
    response: ['trajectory:', '  2019/20: 65%', '  2020/21: 71%', '  2021/22: 78%', '  2022/23: 84%', '  2023/24: 90%', '           ^^^ trajectory-target: 2023/24: 90% against 92% (higher is better): 2 points short'],
    coverage: 'partial',
  },
  {
    name: 'two milestones, both missed: two findings',
    reason: 'misses 2 of 2 checks (system)',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24 }]'],
    response: ['trajectory:', '  2019/20: 65%', '  2020/21: 68%', '           ^^^ trajectory-target: 2020/21: 68% against 70%', '  2021/22: 78%', '  2022/23: 84%', '  2023/24: 90%', '           ^^^ trajectory-target: 2023/24: 90% against 92%'],
  },
  {
    name: 'a milestone after the plan: the trend of the last two years is projected to it',
    reason: 'misses 1 of 2 checks (system)',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "95%", by: 2025/26 }]'],
    response: ['trajectory:', '  2019/20: 65%', '  2020/21: 71%', '  2021/22: 76%', '  2022/23: 80%', '  2023/24: 84%', '           ^^^ trajectory-target: projected to 2025/26 from the plan\'s trend to 2023/24: 92% against 95% (higher is better): 3 points short'],
  },
  {
    name: 'a projection that reaches the later milestone is quiet',
    reason: 'meets 2 of 2 checks',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2025/26 }]'],
    response: ['trajectory: { 2019/20: "66%", 2020/21: "70%", 2021/22: "76%", 2022/23: "80%", 2023/24: "84%" }'],
    coverage: 'met',
  },
  {
    name: 'an unconfirmed milestone is shown, never enforced',
    reason: 'meets 1 of 1 check',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "99%", by: 2023/24, confirmed: false }]'],
    response: [SYSTEM_MET],
    coverage: 'met',
  },
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

describe('target model: scales, timing, milestones and per-organisation rules', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  for (const c of cases) {
    it(c.name, () => {
      const { project } = checkPlan(
        { 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...c.target), 'a.md': targetResponse({ status: c.status ?? 'at-risk', idMarker: c.idMarker }, ...c.response) },
        { rules: ['trajectory-target', 'schema', 'local-catalog', 'unknown-organisation'] },
      );
      const entry = project.analyzeAll()[0]?.coverage.areas.flatMap((a) => a.commitments).find((e) => e.commitment.id === 't-measure');
      if (c.coverage) assert.equal(entry?.status, c.coverage);
      if (c.reason) assert.equal(entry?.reason, c.reason);
    });
  }
});

describe('current-round plans: five years from 2026/27 against mtpf-2026 (targets to 2028/29)', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const plan = (period: [string, string]) =>
    manifest('', { framework: 'mtpf-2026', period }).replace(
      '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }',
      '    - { id: north-acute, name: North Acute NHS Trust, type: acute-provider }\n    - { id: test-cvs, name: Test Voluntary Action, type: vcse }',
    );
  const block = (...rows: string[]) => lines('```commitment', ...rows, '```', '');

  it('commitment trajectories may stop at the framework\'s last year; finance still covers all five', () => {
    checkPlan(
      {
        'plan.yaml': plan(['2026/27', '2030/31']),
        'a.md': lines(
          block('id: community-18-weeks', 'status: on-track', 'trajectory: { 2026/27: "78%", 2027/28: "79%", 2028/29: "80%" }'),
          block('id: cancer-faster-diagnosis', 'status: on-track', 'trajectory: { 2026/27: "80%", 2027/28: "80%" }', '^^^^^^^^^^ trajectory-period: `cancer-faster-diagnosis` trajectory has no value for 2028/29: give a value for every year from 2026/27 to 2028/29'),
          '```finance',
          'income: { 2026/27: 100, 2027/28: 101, 2028/29: 102 }',
          '^^^^^^ trajectory-period: finance income has no value for 2029/30, 2030/31',
          '```',
        ),
      },
      { rules: ['trajectory-period'] },
    );
  });

  it('a count target with no footprint population is reported once, as the 2019 catalog\'s are', () => {
    const project = projectOf({
      'plan.yaml': plan(['2026/27', '2030/31']).replace(/^ {2}population: \d+\n/m, ''),
      'a.md': lines(
        block('id: ips-employment', 'status: on-track', 'trajectory: { 2026/27: 1000, 2027/28: 1100, 2028/29: 1200 }'),
        block('id: talking-therapies', 'status: on-track', 'trajectory: { 2026/27: 9000, 2027/28: 9500, 2028/29: 10000 }'),
      ),
    });
    const findings = project.analyzeAll().flatMap((a) => a.findings).filter((f) => f.ruleId === 'trajectory-target');
    assert.deepEqual(
      findings.map((f) => [f.uri.slice(PLAN_ROOT.length), f.message]),
      [['plan.yaml', 'footprint.population is missing: fair shares of national count targets cannot be worked out without it']],
    );
  });

  it('a plan ending before 2028/29 is judged on its trend projected to 2028/29', () => {
    checkPlan(
      {
        'plan.yaml': plan(['2026/27', '2027/28']),
        'a.md': block(
          'id: community-18-weeks',
          'status: at-risk',
          'trajectory:',
          '  2026/27: 78%',
          '  2027/28: 78.5%',
          '           ^^^^^ trajectory-target: projected to 2028/29 from the plan\'s trend to 2027/28: 79% against 80% (higher is better): 1 point short',
        ),
      },
      { rules: ['trajectory-target'] },
    );
  });

  it('the 2025/26 guidance: each trust 5 points up on its baseline or 60%, judged on its own line', () => {
    checkPlan(
      {
        'plan.yaml': manifest('', { framework: 'planning-2025', period: ['2025/26', '2025/26'] }),
        'a.md': block(
          'id: rtt-18-weeks',
          'status: at-risk',
          'trajectory: { 2025/26: "66%" }',
          'organisations:',
          '  test-hospital:',
          '    baseline: { year: 2024/25, value: "57%" }',
          '    trajectory: { 2025/26: "61%" }',
          '                           ^^^^^ trajectory-target: `test-hospital`: March 2026 (2025/26): 61% against 62% (baseline 57% + 5 points, or the 60% floor, whichever is greater) (higher is better): 1 point short',
        ),
      },
      { rules: ['trajectory-target', 'trajectory-period'] },
    );
  });
});

describe('target model in the editor: hover, completion and coverage text', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const RULED = ['value: "70%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24, timing: year-average }]', 'organisations: { applies-to: each-acute-provider, floor: "65%", improvement: "7%" }'];

  it('hover on the response id shows the dated values and which footprint organisations the rule applies to', () => {
    const { text, position } = withCursor(targetResponse({ status: 'at-risk' }, 'trajectory: { 2019/20: "60%" }').replace('id: t-measure', 'id: t-mea$0sure'));
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...RULED), 'a.md': text });
    const markdown = language.hover(project, `${PLAN_ROOT}a.md`, position, { guidance: false })?.markdown ?? '';
    assert.match(markdown, /\*\*Dated values:\*\* ≥ 70% in March 2021; then ≥ 92% as the average for 2023\/24/);
    assert.match(markdown, /\*\*For each acute provider:\*\* 7 points better than its own baseline or 65%, whichever is greater by 2020\/21\. In this footprint: `test-hospital`, `north-acute`/);
  });

  it('hover on a duration target says how it is measured', () => {
    const { text, position } = withCursor(targetResponse({ status: 'at-risk' }).replace('id: t-measure', 'id: t-mea$0sure'));
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...DURATION), 'a.md': text });
    assert.match(language.hover(project, `${PLAN_ROOT}a.md`, position, { guidance: false })?.markdown ?? '', /\*\*Measured:\*\* duration, in minutes \(lower is better\)/);
  });

  it('completion under `organisations:` offers the organisations the rule applies to first, and not those already given', () => {
    const { text, position } = withCursor(targetResponse({ status: 'at-risk' }, 'organisations:', '  test-hospital:', '    trajectory: { 2020/21: "70%" }', '  $0'));
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...RULED), 'a.md': text });
    const items = language.completions(project, `${PLAN_ROOT}a.md`, position);
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.equal(sorted[0]?.label, 'north-acute');
    assert.match(sorted[0]?.detail ?? '', /the target's rule applies to each acute provider/);
    assert.ok(!items.some((i) => i.label === 'test-hospital'), 'already given');
    assert.ok(items.some((i) => i.label === 'test-mh'), 'other organisations still offered');
  });

  it('coverage rows word the target in its unit, with every dated value', () => {
    const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...DURATION, 'milestones: [{ value: 18, by: 2023/24 }]'), 'a.md': targetResponse({ status: 'at-risk' }) });
    const plan = project.analyzeAll()[0];
    assert.ok(plan);
    assert.equal(coverageRows(plan).find((r) => r.id === 't-measure')?.target, '≤ 25 minutes by 2021/22; ≤ 18 minutes by 2023/24');
  });
});
