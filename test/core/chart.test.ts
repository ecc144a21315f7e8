import * as assert from 'node:assert/strict';
import { CHART_CSS, dashboardHtml, language, renderCommitmentCard, trajectorySvg, type ChartSeries } from '../../core/src/index';
import { lines, testEngine, projectOf } from '../helpers/engine';
import { DURATION, targetCatalog, targetManifest, targetResponse } from '../helpers/target-model';

const HOSTILE = '<script>alert(1)</script>"\'&';

/** Every `class="..."` the chart uses, but `pw-chart` (the hook a page may size the chart by): each must have a rule in CHART_CSS. */
function classesOf(svg: string): string[] {
  return [...new Set([...svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(' ')))].filter((cls) => cls !== 'pw-chart');
}

describe('trajectory charts: what the target model knows, drawn', () => {
  const RTT: ChartSeries = {
    title: '18 weeks',
    unit: 'percent',
    unitLabel: '%',
    direction: 'increase',
    points: [
      { year: '2026/27', value: 71 },
      { year: '2027/28', value: 80 },
    ],
    targets: [
      { year: '2026/27', value: 70, label: 'target', timing: 'in March', confirmed: true },
      { year: '2028/29', value: 92, label: 'target', timing: 'by the end of the year', confirmed: true },
    ],
  };

  const cases: { name: string; series: ChartSeries; has: readonly (string | RegExp)[]; count?: Readonly<Record<string, number>>; hasNot?: readonly (string | RegExp)[] }[] = [
    {
      name: 'every dated value is its own mark, labelled with its year; a later date widens the axis',
      series: RTT,
      has: ['≥ 70% by 2026/27', '≥ 92% by 2028/29', '<title>target: ≥ 70% by 2026/27, in March</title>', '>2028/29</text>'],
      count: { 'class="pw-target-mark"': 2 },
    },
    {
      name: 'the direction and the unit are on the chart and in its description',
      series: { ...RTT, direction: 'decrease', unitLabel: 'minutes', unit: 'number', targets: [{ year: '2026/27', value: 25, label: 'target', confirmed: true }] },
      has: ['↓ lower is better', 'class="pw-unit">minutes</text>', '≤ 25 by 2026/27', /<desc>[^<]*Unit: minutes\. Lower is better\./],
      hasNot: ['higher is better'],
    },
    {
      name: 'an index names its base year',
      series: { ...RTT, unitLabel: '% of 2019/20', targets: [{ year: '2028/29', value: 118, label: 'target', confirmed: true }] },
      has: ['class="pw-unit">% of 2019/20</text>', '≥ 118% by 2028/29'],
    },
    {
      name: 'an unconfirmed value is drawn hollow and said to be so',
      series: { ...RTT, targets: [{ year: '2028/29', value: 92, label: 'target', confirmed: false }] },
      has: ['class="pw-target-mark pw-unconfirmed"', '≥ 92% by 2028/29 (unconfirmed)'],
    },
    {
      name: 'organisations get their own lines, a legend naming them, and what the rule asks of each',
      series: {
        ...RTT,
        organisations: [
          { name: 'north-acute', fullName: 'North Acute NHS Trust', points: RTT.points, floor: { year: '2026/27', value: 69, basis: 'baseline 64% + 5 points, or the 65% floor, whichever is greater' } },
          { name: 'vale-general', points: [{ year: '2026/27', value: 66 }, { year: '2027/28', value: 70 }] },
        ],
      },
      has: [
        'class="pw-org-line pw-org-0"',
        'class="pw-org-line pw-org-1"',
        'class="pw-floor pw-org-0"',
        '>system</text>',
        '<title>North Acute NHS Trust</title>north-acute (≥ 69% by 2026/27)</text>',
        'vale-general</text>',
        '<title>north-acute: ≥ 69% by 2026/27 (baseline 64% + 5 points, or the 65% floor, whichever is greater)</title>',
        'North Acute NHS Trust: 80% in 2027/28, must reach 69% by 2026/27',
      ],
      count: { 'class="pw-floor': 1 },
    },
    {
      name: 'a projection past the plan is drawn to the later date',
      series: { ...RTT, projection: { from: { year: '2027/28', value: 80 }, to: { year: '2028/29', value: 89 } } },
      has: ['class="pw-projection"', 'projected to 2028/29: 89%'],
    },
    {
      name: 'a fair share says so on the chart',
      series: { ...RTT, unit: 'number', unitLabel: 'number', targets: [{ year: '2027/28', value: 444, label: 'fair share', confirmed: true }] },
      has: ['>fair share ≥ 444 by 2027/28</text>', '<title>fair share: ≥ 444 by 2027/28</title>'],
    },
    {
      name: 'a standing standard is one line across, as before',
      series: { title: 'FDS', unit: 'percent', points: RTT.points, required: { year: '2026/27', value: 80, label: 'standard' } },
      has: ['class="pw-target"', 'standard 80% (2026/27)'],
      hasNot: ['pw-target-mark', 'pw-legend'],
    },
    {
      name: 'plan text is escaped everywhere: title, years, organisation names',
      series: { ...RTT, title: HOSTILE, organisations: [{ name: HOSTILE, fullName: HOSTILE, points: [{ year: HOSTILE, value: 3 }] }] },
      has: ['aria-label="&lt;script&gt;', '<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</title>'],
      hasNot: ['<script', /"'&</],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const svg = trajectorySvg(c.series);
      for (const expected of c.has) {
        if (typeof expected === 'string') assert.ok(svg.includes(expected), `missing ${expected}\n${svg}`);
        else assert.match(svg, expected);
      }
      for (const unexpected of c.hasNot ?? []) {
        if (typeof unexpected === 'string') assert.ok(!svg.includes(unexpected), `unexpected ${unexpected}`);
        else assert.doesNotMatch(svg, unexpected);
      }
      for (const [needle, n] of Object.entries(c.count ?? {})) assert.equal(svg.split(needle).length - 1, n, needle);
      assert.doesNotMatch(svg, /<script|<style|style=/);
      for (const cls of classesOf(svg)) assert.ok(CHART_CSS.includes(`.${cls}`), `CHART_CSS has no rule for .${cls}`);
    });
  }
});

describe('trajectory charts from a plan: the dashboard and the preview card', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const RULED = ['value: "70%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24 }]', 'organisations: { applies-to: each-acute-provider, floor: "65%", improvement: "5%" }'];
  const ORG_LINES = ['organisations:', '  test-hospital:', '    baseline: { year: 2018/19, value: "62%" }', '    trajectory: { 2019/20: "64%", 2020/21: "68%" }'];

  const cases: { name: string; target: readonly string[]; response: readonly string[]; has: readonly string[] }[] = [
    {
      name: 'two dated values and a per-organisation rule: both marks, the organisation named with what it must reach',
      target: RULED,
      response: ['trajectory: { 2019/20: "66%", 2020/21: "71%", 2021/22: "80%", 2022/23: "86%", 2023/24: "90%" }', ...ORG_LINES],
      has: ['≥ 70% by 2020/21', '≥ 92% by 2023/24', 'in March', 'Test Hospital NHS FT', 'test-hospital (≥ 67% by 2020/21)', 'baseline 62% + 5 points, or the 65% floor, whichever is greater', '↑ higher is better'],
    },
    {
      name: 'organisation lines alone still make a chart',
      target: RULED,
      response: ORG_LINES,
      has: ['test-hospital (≥ 67% by 2020/21)', 'class="pw-org-line pw-org-0"'],
    },
    {
      name: 'a duration speaks its unit and direction',
      target: DURATION,
      response: ['trajectory: { 2019/20: 32, 2020/21: 29, 2021/22: 27, 2022/23: 26, 2023/24: 25 }'],
      has: ['class="pw-unit">minutes</text>', '↓ lower is better', '≤ 25 by 2021/22'],
    },
    {
      name: 'an index from plain levels is drawn as the percentage of its base year, as the target is',
      target: ['value: "110%"', 'scale: index', 'base-year: 2018/19', 'direction: increase', 'by: 2022/23'],
      response: ['baseline: { year: 2018/19, value: 1000 }', 'trajectory: { 2019/20: 1020, 2020/21: 1050, 2021/22: 1080, 2022/23: 1120, 2023/24: 1150 }'],
      has: ['class="pw-unit">% of 2018/19</text>', '≥ 110% by 2022/23', '<title>2022/23: 112%</title>'],
    },
    {
      name: 'a value due after the plan is projected to its date',
      target: ['value: "80%"', 'scale: rate', 'direction: increase', 'by: 2025/26'],
      response: ['trajectory: { 2019/20: "60%", 2020/21: "62%", 2021/22: "64%", 2022/23: "66%", 2023/24: "68%" }'],
      has: ['class="pw-projection"', 'projected to 2025/26: 72%', '≥ 80% by 2025/26'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const project = projectOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...c.target), 'a.md': targetResponse({ status: 'at-risk' }, ...c.response) });
      const view = language.dashboardView(project);
      const html = dashboardHtml(view, { cspSource: 'vscode-resource:', nonce: 'n0nce' });
      for (const expected of c.has) assert.ok(html.includes(expected), `dashboard is missing ${expected}`);
      // The preview card draws from the same facts.
      const trajectory = view.plans[0]?.trajectories.find((t) => t.id === 't-measure');
      assert.ok(trajectory, 'the response is charted');
      const block = lines('id: t-measure', 'status: at-risk', ...c.response);
      const card = renderCommitmentCard(block, () => ({ title: 'A measure', kind: 'foundational', status: 'partial', target: '', fairShare: '', gap: '', chart: trajectory }));
      for (const expected of c.has) assert.ok(card.includes(expected), `card is missing ${expected}`);
    });
  }
});
