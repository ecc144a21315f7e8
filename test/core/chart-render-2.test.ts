import * as assert from 'node:assert/strict';
import { chartFacts, type ChartFacts } from '../../core/src/language/chart-view';
import { lines, projectOf, testEngine } from '../helpers/engine';
import { targetCatalog, targetManifest, targetResponse } from '../helpers/target-model';

/** The test catalog's `t-measure` with no target at all. */
const UNTARGETED = lines(
  'catalog: { id: target-model-test, title: Target model test, version: "1", period: { start: 2019/20, end: 2023/24 } }',
  'areas: [{ id: test-area, title: Test area }]',
  'commitments:',
  '  - { id: t-measure, area: test-area, kind: foundational, title: A measure, summary: S, source: { title: Test source }, guidance: Give a trajectory. }',
  '',
);

/** ltp-2019's England population (the base of every fair share) and the test plan's own. */
const ENGLAND = 56_286_961;
const PLAN_POPULATION = 1_250_000;

/** The chart facts of the plan's response to `t-measure`, against the given catalog. */
function chartOf(catalog: string, response: readonly string[]): ChartFacts | undefined {
  const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': catalog, 'a.md': targetResponse({ status: 'at-risk' }, ...response) });
  const analysis = project.analyzeAll()[0];
  assert.ok(analysis, 'the plan is analysed');
  const answer = analysis.context.responses.find((r) => r.id?.value === 't-measure');
  const commitment = analysis.context.catalogs.commitment('t-measure');
  assert.ok(answer && commitment, 'the response and its commitment are found');
  return chartFacts(answer, commitment, analysis.context);
}

const RATE_RULED = ['value: "70%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24 }]', 'organisations: { applies-to: each-acute-provider, floor: "65%", improvement: "5%" }'];
const DURATION = ['value: 25', 'scale: duration', 'unit: minutes', 'direction: decrease', 'by: 2021/22'];
const FIVE_YEARS = 'trajectory: { 2019/20: "60%", 2020/21: "62%", 2021/22: "64%", 2022/23: "66%", 2023/24: "68%" }';
/** FIVE_YEARS as charted. */
interface ChartCase {
  readonly name: string;
  readonly target: readonly string[] | 'none';
  readonly response: readonly string[];
  readonly facts: ChartFacts | undefined;
}

/** Organisation lines of levels under an index target, the system's own trajectory empty. */
const INDEX_FROM_ORGANISATIONS: ChartCase = {
  name: 'an index from organisations’ plain levels under an empty system trajectory: percentages of the base year',
  target: ['value: "110%"', 'scale: index', 'base-year: 2018/19', 'direction: increase', 'by: 2022/23'],
  response: ['trajectory: {}', 'organisations:', '  test-hospital:', '    baseline: { year: 2018/19, value: 1000 }', '    trajectory: { 2019/20: 1020, 2020/21: 1050 }'],
  facts: {
    unit: 'percent',
    unitLabel: '% of 2018/19',
    direction: 'increase',
    points: [],
    targets: [{ year: '2022/23', value: 110, label: 'target', timing: 'by the end of the year', confirmed: true }],
    organisations: [
      {
        id: 'test-hospital',
        name: 'Test Hospital NHS FT',
        points: [
          { year: '2019/20', value: 102 },
          { year: '2020/21', value: 105 },
        ],
      },
    ],
  },
};

const RISING = [
  { year: '2019/20', value: 60 },
  { year: '2020/21', value: 62 },
  { year: '2021/22', value: 64 },
  { year: '2022/23', value: 66 },
  { year: '2023/24', value: 68 },
];

describe('chart facts of a response: what its chart draws', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const cases: ChartCase[] = [
    {
      name: 'a rate with a per-organisation rule: years in order, the baseline, both dated marks, and only organisations with figures, each with its floor',
      target: RATE_RULED,
      response: [
        'baseline: { year: 2018/19, value: "60%" }',
        'trajectory: { 2020/21: "71%", 2019/20: "66%", 2021/22: "80%", 2022/23: "86%", 2023/24: "90%" }',
        'organisations:',
        '  test-hospital:',
        '    baseline: { year: 2018/19, value: "62%" }',
        '    trajectory: { 2020/21: "68%", 2019/20: "64%" }',
        '  north-acute:',
        '    baseline: { year: 2018/19, value: "61%" }',
        '  test-mh:',
        '    trajectory: {}',
      ],
      facts: {
        unit: 'percent',
        unitLabel: '%',
        direction: 'increase',
        points: [
          { year: '2019/20', value: 66 },
          { year: '2020/21', value: 71 },
          { year: '2021/22', value: 80 },
          { year: '2022/23', value: 86 },
          { year: '2023/24', value: 90 },
        ],
        baseline: { year: '2018/19', value: 60 },
        targets: [
          { year: '2020/21', value: 70, label: 'target', timing: 'in March', confirmed: true },
          { year: '2023/24', value: 92, label: 'target', timing: 'in March', confirmed: true },
        ],
        organisations: [
          {
            id: 'test-hospital',
            name: 'Test Hospital NHS FT',
            points: [
              { year: '2019/20', value: 64 },
              { year: '2020/21', value: 68 },
            ],
            floor: { year: '2020/21', value: 67, basis: 'baseline 62% + 5 points, or the 65% floor, whichever is greater' },
          },
        ],
      },
    },
    {
      name: 'a later milestone missed in-plan and due after it: the projection carries the trend to the later date',
      target: ['value: "70%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2020/21', 'milestones: [{ value: "80%", by: 2025/26 }]'],
      response: [FIVE_YEARS],
      facts: {
        unit: 'percent',
        unitLabel: '%',
        direction: 'increase',
        points: RISING,
        targets: [
          { year: '2020/21', value: 70, label: 'target', timing: 'in March', confirmed: true },
          { year: '2025/26', value: 80, label: 'target', timing: 'in March', confirmed: true },
        ],
        projection: { from: { year: '2023/24', value: 68 }, to: { year: '2025/26', value: 72 } },
        organisations: [],
      },
    },
    {
      name: 'a single year-end rate due after the plan: projected from the plan’s last years',
      target: ['value: "80%"', 'scale: rate', 'direction: increase', 'by: 2025/26'],
      response: [FIVE_YEARS],
      facts: {
        unit: 'percent',
        unitLabel: '%',
        direction: 'increase',
        points: RISING,
        targets: [{ year: '2025/26', value: 80, label: 'target', timing: 'by the end of the year', confirmed: true }],
        projection: { from: { year: '2023/24', value: 68 }, to: { year: '2025/26', value: 72 } },
        organisations: [],
      },
    },
    {
      name: 'a single year-end rate due after the plan, with the plan’s last year missing: no projection',
      target: ['value: "80%"', 'scale: rate', 'direction: increase', 'by: 2025/26'],
      response: ['trajectory: { 2019/20: "60%", 2020/21: "62%", 2021/22: "64%", 2022/23: "66%" }'],
      facts: {
        unit: 'percent',
        unitLabel: '%',
        direction: 'increase',
        points: RISING.slice(0, 4),
        targets: [{ year: '2025/26', value: 80, label: 'target', timing: 'by the end of the year', confirmed: true }],
        organisations: [],
      },
    },
    {
      name: 'a duration: minutes, lower is better, its baseline kept and its years put in order',
      target: DURATION,
      response: ['baseline: { year: 2018/19, value: 34 }', 'trajectory: { 2021/22: 27, 2019/20: 32, 2020/21: 29 }'],
      facts: {
        unit: 'number',
        unitLabel: 'minutes',
        direction: 'decrease',
        points: [
          { year: '2019/20', value: 32 },
          { year: '2020/21', value: 29 },
          { year: '2021/22', value: 27 },
        ],
        baseline: { year: '2018/19', value: 34 },
        targets: [{ year: '2021/22', value: 25, label: 'target', timing: 'by the end of the year', confirmed: true }],
        organisations: [],
      },
    },
    {
      name: 'an index from plain levels: drawn as percentages of the base year, without the baseline level',
      target: ['value: "110%"', 'scale: index', 'base-year: 2018/19', 'direction: increase', 'by: 2022/23'],
      response: ['baseline: { year: 2018/19, value: 1000 }', 'trajectory: { 2021/22: 1080, 2019/20: 1020, 2020/21: 1050 }'],
      facts: {
        unit: 'percent',
        unitLabel: '% of 2018/19',
        direction: 'increase',
        points: [
          { year: '2019/20', value: 102 },
          { year: '2020/21', value: 105 },
          { year: '2021/22', value: 108 },
        ],
        targets: [{ year: '2022/23', value: 110, label: 'target', timing: 'by the end of the year', confirmed: true }],
        organisations: [],
      },
    },
    {
      name: 'an index written as percentages keeps a year that is not a financial year, as written',
      target: ['value: "110%"', 'scale: index', 'base-year: 2018/19', 'direction: increase', 'by: 2022/23'],
      response: ['trajectory: { 2020/21: "103%", 2019: "101%" }'],
      facts: {
        unit: 'percent',
        unitLabel: '% of 2018/19',
        direction: 'increase',
        points: [
          { year: '2019', value: 101 },
          { year: '2020/21', value: 103 },
        ],
        targets: [{ year: '2022/23', value: 110, label: 'target', timing: 'by the end of the year', confirmed: true }],
        organisations: [],
      },
    },
    {
      name: 'a change a year from plain levels, against an unconfirmed target: each year’s change, the mark unconfirmed',
      target: ['value: "-2%"', 'scale: change', 'change: per-year', 'direction: decrease', 'by: 2021/22', 'confirmed: false'],
      response: ['baseline: { year: 2018/19, value: 500 }', 'trajectory: { 2019/20: 490, 2020/21: 475 }'],
      facts: {
        unit: 'percent',
        unitLabel: '% change a year',
        direction: 'decrease',
        points: [
          { year: '2019/20', value: ((490 - 500) / 500) * 100 },
          { year: '2020/21', value: ((475 - 490) / 490) * 100 },
        ],
        targets: [{ year: '2021/22', value: -2, label: 'target', timing: 'by the end of the year', confirmed: false }],
        organisations: [],
      },
    },
    {
      name: 'a change against the baseline, written as percentages',
      target: ['value: "-5%"', 'scale: change', 'change: against-baseline', 'direction: decrease', 'by: 2021/22'],
      response: ['trajectory: { 2019/20: "-1%", 2020/21: "-3%" }'],
      facts: {
        unit: 'percent',
        unitLabel: '% change on the baseline',
        direction: 'decrease',
        points: [
          { year: '2019/20', value: -1 },
          { year: '2020/21', value: -3 },
        ],
        targets: [{ year: '2021/22', value: -5, label: 'target', timing: 'by the end of the year', confirmed: true }],
        organisations: [],
      },
    },
    {
      name: 'a count: each dated value as the plan’s fair share, one due before the plan at its first year, an unconfirmed one said so',
      target: ['value: 1000', 'scale: count', 'direction: increase', 'by: 2018/19', 'milestones: [{ value: 1200, by: 2022/23, confirmed: false }]'],
      response: ['baseline: { year: 2018/19, value: 20 }', 'trajectory: { 2019/20: 22, 2020/21: 24 }'],
      facts: {
        unit: 'number',
        unitLabel: 'number',
        direction: 'increase',
        points: [
          { year: '2019/20', value: 22 },
          { year: '2020/21', value: 24 },
        ],
        baseline: { year: '2018/19', value: 20 },
        targets: [
          { year: '2019/20', value: (1000 * PLAN_POPULATION) / ENGLAND, label: 'fair share', timing: 'by the end of the year', confirmed: true },
          { year: '2022/23', value: (1200 * PLAN_POPULATION) / ENGLAND, label: 'fair share', timing: 'by the end of the year', confirmed: false },
        ],
        organisations: [],
      },
    },
    {
      name: 'a standing standard: one level for every year, no dated marks',
      target: ['value: "92%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'standing: true'],
      response: ['trajectory: { 2019/20: "88%", 2020/21: "90%" }'],
      facts: {
        unit: 'percent',
        unitLabel: '%',
        direction: 'increase',
        points: [
          { year: '2019/20', value: 88 },
          { year: '2020/21', value: 90 },
        ],
        targets: [],
        standard: { year: '2020/21', value: 92 },
        organisations: [],
      },
    },
    {
      name: 'organisation lines alone: no system line, in the unit the organisations write',
      target: DURATION,
      response: ['organisations:', '  test-hospital:', '    trajectory: { 2020/21: 29, 2019/20: 31 }'],
      facts: {
        unit: 'number',
        unitLabel: 'minutes',
        direction: 'decrease',
        points: [],
        targets: [{ year: '2021/22', value: 25, label: 'target', timing: 'by the end of the year', confirmed: true }],
        organisations: [
          {
            id: 'test-hospital',
            name: 'Test Hospital NHS FT',
            points: [
              { year: '2019/20', value: 31 },
              { year: '2020/21', value: 29 },
            ],
          },
        ],
      },
    },
    INDEX_FROM_ORGANISATIONS,
    {
      ...INDEX_FROM_ORGANISATIONS,
      name: 'an index from organisations’ plain levels with no system trajectory at all: still percentages of the base year',
      response: INDEX_FROM_ORGANISATIONS.response.slice(1),
    },
    {
      name: 'a commitment with no target, figures in percentages: the unit is "%", the baseline kept, no direction or marks',
      target: 'none',
      response: ['baseline: { year: 2018/19, value: "40%" }', 'trajectory: { 2019/20: "45%", 2020/21: "55%" }'],
      facts: {
        unit: 'percent',
        unitLabel: '%',
        points: [
          { year: '2019/20', value: 45 },
          { year: '2020/21', value: 55 },
        ],
        baseline: { year: '2018/19', value: 40 },
        targets: [],
        organisations: [],
      },
    },
    {
      name: 'a commitment with no target, plain figures: the unit is "number"',
      target: 'none',
      response: ['trajectory: { 2019/20: 120, 2020/21: 150 }'],
      facts: {
        unit: 'number',
        unitLabel: 'number',
        points: [
          { year: '2019/20', value: 120 },
          { year: '2020/21', value: 150 },
        ],
        targets: [],
        organisations: [],
      },
    },
    { name: 'no trajectory and no organisation lines: nothing to chart', target: DURATION, response: [], facts: undefined },
    { name: 'an empty trajectory: nothing to chart', target: DURATION, response: ['trajectory: {}'], facts: undefined },
    {
      name: 'organisations with a baseline but no trajectory: nothing to chart',
      target: DURATION,
      response: ['organisations:', '  test-hospital:', '    baseline: { year: 2018/19, value: 30 }'],
      facts: undefined,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(chartOf(c.target === 'none' ? UNTARGETED : targetCatalog(...c.target), c.response), c.facts);
    });
  }
});
