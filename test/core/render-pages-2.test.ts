import * as assert from 'node:assert/strict';
import {
  CHART_CSS,
  dashboardHtml,
  escapeHtml,
  ROLLUP_CSS,
  rollupHtml,
  trajectorySvg,
  type ConsistencyFinding,
  type CountSum,
  type DashboardResult,
  type FrameworkRollup,
  type RateMean,
  type Rollup,
  type TargetDigest,
  type TrajectoryView,
} from '../../core/src/index';
import { lines } from '../helpers/engine';

// Roll-ups written out by hand, so that every figure on the page is known in advance.
const A = 'file:///plans/a/';
const B = 'file:///plans/b/';
const C = 'file:///plans/c/';
const range = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 14 } });

const THERAPIES: TargetDigest = { measure: 'people accessing <talking> therapies a year', value: 1_900_000, unit: 'number', scale: 'count', direction: 'increase', by: '2023/24', confirmed: true };
const PERINATAL: TargetDigest = { measure: 'women accessing perinatal care', value: 66_000, unit: 'number', scale: 'count', direction: 'increase', by: '2023/24', confirmed: false };
const rate = (value: number, confirmed: boolean, by = '2023/24'): TargetDigest => ({ measure: 'sites at Core 24', value, unit: 'percent', scale: 'rate', direction: 'increase', by, confirmed });

const therapiesSum: CountSum = {
  id: 'mh-talking-therapies', title: 'Talking <therapies>', kind: 'foundational', target: THERAPIES,
  years: [{ year: '2022/23', total: 45_000, plans: 2 }, { year: '2023/24', total: 56_000, plans: 2 }],
  year: '2023/24', projection: false, total: 56_000, balance: 56_000 - 1_900_000, fairShares: 57_000, balanceAgainstShares: -1_000,
  contributions: [{ root: B, title: 'Plan B', value: 36_000, fairShare: 38_000, balance: -2_000 }, { root: A, title: 'Plan <A>', value: 20_000, fairShare: 19_000, balance: 1_000 }],
  excluded: [{ root: C, title: 'Plan <C>', why: 'no footprint population: left out of the sums' }, { root: C, title: 'Plan D', why: 'no value for 2023/24' }],
};
const perinatalSum: CountSum = {
  id: 'mh-perinatal', title: 'Perinatal', kind: 'transformation', target: PERINATAL,
  years: [{ year: '2021/22', total: 300, plans: 1 }], year: '2023/24', projection: false, fairShares: 0, contributions: [], excluded: [],
};
const liaisonMean: RateMean = {
  id: 'mh-liaison', title: 'Liaison', kind: 'foundational', target: rate(70, true),
  years: [{ year: '2022/23', mean: 50, population: 563_000, plans: 1 }, { year: '2023/24', mean: 70, population: 1_689_000, plans: 2 }],
  year: '2023/24', projection: false, mean: 70, meets: true,
  values: [{ root: A, title: 'Plan <A>', value: 60, population: 563_000 }, { root: B, title: 'Plan B', value: 75, population: 1_126_000 }],
  excluded: [{ root: C, title: 'Plan C', why: 'no footprint population: left out of the weighted mean' }],
};
const earlyMean: RateMean = {
  id: 'cancer-early', title: 'Early diagnosis', kind: 'foundational', target: rate(50, false),
  years: [{ year: '2023/24', mean: 40, population: 563_000, plans: 1 }], year: '2023/24', projection: false, mean: 40,
  values: [{ root: A, title: 'Plan <A>', value: 40, population: 563_000 }], excluded: [],
};
const rttMean: RateMean = { id: 'must-do-rtt', title: 'RTT', kind: 'foundational', target: rate(92, true, '2020/21'), years: [], year: '2020/21', projection: false, values: [], excluded: [] };
const checksSum: CountSum = {
  id: 'cancer-checks', title: 'Cancer checks', kind: 'transformation', target: { ...THERAPIES, measure: 'checks', value: 100_000, by: '2020/21' },
  years: [], year: '2020/21', projection: false, fairShares: 0, contributions: [], excluded: [],
};

const ltp: FrameworkRollup = {
  framework: 'ltp-2019',
  plans: [
    { root: A, title: 'Plan <A>', population: 563_000, unreadable: [{ uri: `${A}bad.md`, line: 3, reason: 'yaml-syntax' }, { uri: `${A}gone&.md`, line: 0, reason: 'unreadable-file' }], foundational: { answered: 2, met: 1, total: 32 } },
    { root: B, title: 'Plan B', unreadable: [], foundational: { answered: 5, met: 4, total: 32 } },
  ],
  matrix: [
    {
      id: 'mh-talking-therapies', title: 'Talking <therapies>', area: 'mental-health', kind: 'foundational', target: THERAPIES,
      cells: [
        { status: 'met', value: 20_000, unit: 'number', year: '2023/24', projection: false, fairShare: 19_000, required: 19_000, shortfall: 0, gap: 'none' },
        { status: 'partial', value: 36_000, unit: 'number', year: '2023/24', projection: false, fairShare: 38_000, required: 38_000, shortfall: 0.05, gap: 'short by 2,000' },
      ],
      counts: { met: 1, answered: 0, partial: 1, missing: 0, 'not-applicable': 0 },
    },
    { id: 'local-housing', title: 'Housing', area: 'local', kind: 'transformation', cells: [undefined, { status: 'not-applicable', gap: 'Commissioned by the region.' }], counts: { met: 0, answered: 0, partial: 0, missing: 0, 'not-applicable': 1 } },
    { id: 'local-waits', title: 'Waits', area: 'local', kind: 'requirement', cells: [{ status: 'missing', gap: 'no response' }, { status: 'answered', gap: '' }], counts: { met: 0, answered: 1, partial: 0, missing: 1, 'not-applicable': 0 } },
  ],
  counts: [therapiesSum, perinatalSum],
  rates: [liaisonMean, earlyMean, rttMean],
  notSummed: [{ id: 'ae-response', title: 'A&E <response>', scale: 'duration' }, { id: 'outpatients', title: 'Outpatients', scale: 'index' }],
  population: {
    england: 56_000_000, covered: 1_689_000, uncovered: 56_000_000 - 1_689_000,
    withoutPopulation: [{ root: C, title: 'Plan C', why: 'no footprint population' }],
    overlaps: [{ id: 'shared-mh', name: 'Shared <MH>', plans: [{ root: A, title: 'Plan <A>' }, { root: B, title: 'Plan B' }] }],
  },
};
const unframed: FrameworkRollup = {
  framework: null,
  plans: [{ root: C, title: 'Plan C', unreadable: [], foundational: { answered: 0, met: 0, total: 22 } }],
  matrix: [], counts: [checksSum], rates: [], notSummed: [],
  population: { covered: 0, withoutPopulation: [], overlaps: [] },
};
const finding = (kind: ConsistencyFinding['kind'], message: string): ConsistencyFinding => ({
  organisation: 'shared-mh', commitment: 'mh-liaison', kind, message,
  plans: [{ root: A, title: 'Plan <A>', uri: `${A}mh.md`, range: range(4) }, { root: C, title: 'Plan C', uri: `${C}mh.md`, range: range(9) }],
});
const consistency = [finding('status', 'shared-mh leads mh-liaison in "Plan <A>" and "Plan C" with different statuses (on-track vs at-risk)'), finding('lead', 'b-ccg leads it in "Plan C"')];

const PLANS_HEAD = '<table class="pw-matrix"><thead><tr><th>Plan</th><th>Population</th><th>Foundational answered</th><th>Foundational met</th><th>Consistency findings</th><th>Unreadable parts</th></tr></thead><tbody>';

/** The roll-up of the plans on no framework, its headings starting at level `h`. */
const unframedHtml = (h: number) =>
  lines(
    '<section class="pw-rollup">',
    `<h${h}>Roll-up: 1 plan on no framework</h${h}>`,
    '<p>The plans cover 0 people (the framework gives no population for England).</p>',
    `<h${h + 1}>Plans, weakest first</h${h + 1}>`,
    `${PLANS_HEAD}<tr><td>Plan C</td><td>none given</td><td>0/22</td><td>0/22</td><td>2</td><td></td></tr></tbody></table>`,
    `<h${h + 1}>Count targets: the plans summed</h${h + 1}>`,
    `<div class="pw-sum"><h${h + 2}>Cancer checks <code>cancer-checks</code></h${h + 2}>`,
    '<p>≥ 100,000 by 2020/21 nationally (checks). No plan gives a value for 2020/21: nothing to sum.</p>',
    '',
    '</div>',
    '',
    '',
    `<h${h + 1}>Commitments × plans, weakest first</h${h + 1}>`,
    '<table class="pw-matrix"><thead><tr><th>Commitment</th><th>Plan C</th></tr></thead><tbody>',
    '',
    '</tbody></table>',
    '</section>',
  );

describe('the roll-up board paper as HTML', () => {
  it('every section of a framework, plan text escaped, then the plans on no framework and the findings across plans', () => {
    const therapiesChart = trajectorySvg({ title: "Talking <therapies>: the plans' total", unit: 'number', points: [{ year: '2022/23', value: 45_000 }, { year: '2023/24', value: 56_000 }], required: { year: '2023/24', value: 57_000, label: "plans' fair shares" } });
    const perinatalChart = trajectorySvg({ title: "Perinatal: the plans' total", unit: 'number', points: [{ year: '2021/22', value: 300 }] });
    const liaisonChart = trajectorySvg({ title: 'Liaison: population-weighted mean', unit: 'percent', points: [{ year: '2022/23', value: 50 }, { year: '2023/24', value: 70 }], required: { year: '2023/24', value: 70, label: 'national' } });
    const earlyChart = trajectorySvg({ title: 'Early diagnosis: population-weighted mean', unit: 'percent', points: [{ year: '2023/24', value: 40 }] });
    const ltpHtml = lines(
      '<section class="pw-rollup">',
      '<h1>Roll-up: 2 plans on ltp-2019</h1>',
      '<p>The plans cover 1,689,000 people of England&#39;s 56m (3.02%); 54.3m people are in no plan read here.</p>',
      '<p>No footprint population, so left out of the sums: Plan C.</p>',
      '<p>In more than one footprint: Shared &lt;MH&gt; (Plan &lt;A&gt;, Plan B).</p>',
      '<h2>Plans, weakest first</h2>',
      PLANS_HEAD +
        '<tr><td>Plan &lt;A&gt;</td><td>563,000</td><td>2/32</td><td>1/32</td><td>2</td><td><span class="pw-incomplete">incomplete: yaml-syntax; unreadable-file</span></td></tr>' +
        '<tr><td>Plan B</td><td>none given</td><td>5/32</td><td>4/32</td><td>0</td><td></td></tr></tbody></table>',
      '<h2>Count targets: the plans summed</h2>',
      '<div class="pw-sum"><h3>Talking &lt;therapies&gt; <code>mh-talking-therapies</code></h3>',
      `<p>≥ 1,900,000 by 2023/24 nationally (people accessing &lt;talking&gt; therapies a year). 2 plans add up to 56,000 in 2023/24 against 1,900,000 nationally: shortfall 1,844,000; against the sum of their fair shares (57,000): shortfall 1,000.</p>${therapiesChart}`,
      '<table class="pw-matrix"><thead><tr><th>Plan</th><th>2023/24</th><th>Fair share</th><th>Balance</th></tr></thead><tbody>' +
        '<tr><td>Plan B</td><td>36,000</td><td>38,000</td><td>shortfall 2,000</td></tr><tr><td>Plan &lt;A&gt;</td><td>20,000</td><td>19,000</td><td>surplus 1,000</td></tr></tbody></table>',
      '<p>Left out: Plan &lt;C&gt; (no footprint population: left out of the sums); Plan D (no value for 2023/24).</p></div>',
      '<div class="pw-sum"><h3>Perinatal <code>mh-perinatal</code></h3>',
      `<p>≥ 66,000 by 2023/24 (unconfirmed) nationally (women accessing perinatal care). No plan gives a value for 2023/24: nothing to sum.</p>${perinatalChart}`,
      '',
      '</div>',
      '<h2>Rate targets: population-weighted means</h2>',
      `<div class="pw-sum"><h3>Liaison <code>mh-liaison</code></h3><p>≥ 70% by 2023/24. Population-weighted mean of 2 plans (1,689,000 people) in 2023/24: 70%, which meets the national 70%.</p>${liaisonChart}<p>Left out: Plan C (no footprint population: left out of the weighted mean).</p></div>`,
      `<div class="pw-sum"><h3>Early diagnosis <code>cancer-early</code></h3><p>≥ 50% by 2023/24 (unconfirmed). Population-weighted mean of 1 plan (563,000 people) in 2023/24: 40%, which is not compared with (unconfirmed) the national 50%.</p>${earlyChart}</div>`,
      '<div class="pw-sum"><h3>RTT <code>must-do-rtt</code></h3><p>≥ 92% by 2020/21. No plan gives a value for 2020/21.</p></div>',
      '<p>Not summed across plans: A&amp;E &lt;response&gt; (duration), Outpatients (index).</p>',
      '<h2>Commitments × plans, weakest first</h2>',
      '<table class="pw-matrix"><thead><tr><th>Commitment</th><th>Plan &lt;A&gt;</th><th>Plan B</th></tr></thead><tbody>',
      '<tr><td>Talking &lt;therapies&gt;<br><code>mh-talking-therapies</code> · foundational<br>≥ 1,900,000 by 2023/24</td><td class="pw-met">met: 20,000 in 2023/24 (fair share 19,000)</td><td class="pw-partial">partial: 36,000 in 2023/24 (fair share 38,000)</td></tr>',
      '<tr><td>Housing<br><code>local-housing</code> · transformation</td><td class="">—</td><td class="pw-not-applicable">n/a: Commissioned by the region.</td></tr>',
      '<tr><td>Waits<br><code>local-waits</code> · requirement</td><td class="pw-missing">missing</td><td class="pw-answered">answered</td></tr>',
      '</tbody></table>',
      '</section>',
    );
    const findings =
      '<section><h2>Consistency across plans</h2><ul>' +
      '<li>shared-mh leads mh-liaison in &quot;Plan &lt;A&gt;&quot; and &quot;Plan C&quot; with different statuses (on-track vs at-risk) (Plan &lt;A&gt;; Plan C)</li>' +
      '<li>b-ccg leads it in &quot;Plan C&quot; (Plan &lt;A&gt;; Plan C)</li></ul></section>';
    assert.equal(rollupHtml({ frameworks: [ltp, unframed], consistency }), `${ltpHtml}\n${unframedHtml(1)}${findings}`);
  });

  it('headings one level down, and places in plans through the given link', () => {
    const link = (uri: string, line: number, text: string) => `[${uri}:${line} ${escapeHtml(text)}]`;
    const html = rollupHtml({ frameworks: [unframed], consistency }, { level: 2, link });
    assert.equal(
      html,
      unframedHtml(2) +
        '<section><h3>Consistency across plans</h3><ul>' +
        '<li>shared-mh leads mh-liaison in &quot;Plan &lt;A&gt;&quot; and &quot;Plan C&quot; with different statuses (on-track vs at-risk) ([file:///plans/a/mh.md:4 Plan &lt;A&gt;]; [file:///plans/c/mh.md:9 Plan C])</li>' +
        '<li>b-ccg leads it in &quot;Plan C&quot; ([file:///plans/a/mh.md:4 Plan &lt;A&gt;]; [file:///plans/c/mh.md:9 Plan C])</li></ul></section>',
    );
    const planA = rollupHtml({ frameworks: [ltp], consistency: [] }, { link });
    assert.ok(planA.includes('<td>0</td><td><span class="pw-incomplete">incomplete: [file:///plans/a/bad.md:3 yaml-syntax]; [file:///plans/a/gone&.md:0 unreadable-file]</span></td></tr>'), planA);
  });

  it('no findings across plans: no section for them; no sums: no headings for them; frameworks one after another', () => {
    const bare: FrameworkRollup = { ...unframed, framework: 'planning-2016', counts: [] };
    const bareHtml = lines(
      '<section class="pw-rollup">',
      '<h1>Roll-up: 1 plan on planning-2016</h1>',
      '<p>The plans cover 0 people (the framework gives no population for England).</p>',
      '<h2>Plans, weakest first</h2>',
      `${PLANS_HEAD}<tr><td>Plan C</td><td>none given</td><td>0/22</td><td>0/22</td><td>0</td><td></td></tr></tbody></table>`,
      '',
      '',
      '',
      '<h2>Commitments × plans, weakest first</h2>',
      '<table class="pw-matrix"><thead><tr><th>Commitment</th><th>Plan C</th></tr></thead><tbody>',
      '',
      '</tbody></table>',
      '</section>',
    );
    assert.equal(rollupHtml({ frameworks: [unframed, bare], consistency: [] }), `${unframedHtml(1).replace('<td>2</td>', '<td>0</td>')}\n${bareHtml}`);
    assert.equal(rollupHtml({ frameworks: [], consistency: [] }), '');
  });
});

describe('the plan dashboard page', () => {
  const page = { cspSource: 'vscode-resource:', nonce: 'n0nce' };
  const head = lines(
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="UTF-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src vscode-resource: data:; style-src \'nonce-n0nce\'; script-src \'nonce-n0nce\';">',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    '<title>Plan dashboard</title>',
    '<style nonce="n0nce">',
    'body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1rem; }',
    'td { padding: 2px 8px; } figure { display: inline-block; margin: 0 1rem 1rem 0; vertical-align: top; }',
    'figcaption { font-weight: 600; margin-bottom: 4px; } .measure { font-size: 85%; color: var(--vscode-descriptionForeground); max-width: 360px; }',
    '.ok { color: var(--vscode-testing-iconPassed, #2e7d32); } .short { color: var(--vscode-editorError-foreground, #c62828); }',
    'a { color: var(--vscode-textLink-foreground); }',
    CHART_CSS,
    ROLLUP_CSS,
    '</style></head>',
  );
  const script = lines(
    '<script nonce="n0nce">',
    'const vscode = acquireVsCodeApi();',
    "document.addEventListener('click', (event) => {",
    "  const link = event.target.closest('a[data-uri]');",
    '  if (!link) return;',
    '  event.preventDefault();',
    "  vscode.postMessage({ type: 'open', uri: link.dataset.uri, line: Number(link.dataset.line) });",
    '});',
    '</script></body></html>',
  );
  /** The page's body, between `<body>` and its one script. */
  const bodyOf = (html: string): string => {
    assert.ok(html.startsWith(`${head}\n<body>`) && html.endsWith(`\n${script}`), 'the page around the body');
    return html.slice(head.length + '\n<body>'.length, -(script.length + 1));
  };

  it('no plan and no roll-up: the whole page says where plans come from', () => {
    assert.equal(dashboardHtml({ plans: [] }, page), `${head}\n<body><p>No plan found: a plan is a folder with a plan.yaml.</p>\n${script}`);
  });

  const trajectory = (id: string, title: string, meets: boolean | undefined): TrajectoryView => ({
    id, title, measure: `${title} <measure>`, unit: 'percent', unitLabel: '%', direction: 'increase',
    points: [{ year: '2022/23', value: 40 }, { year: '2023/24', value: 50 }],
    targets: [{ year: '2023/24', value: 60, label: 'target', confirmed: true }],
    organisations: [],
    ...(meets === undefined ? {} : { meets, required: { year: '2023/24', value: 60, direction: 'increase' as const, fairShare: false } }),
    location: { uri: `${A}mh "x".md`, range: range(7) },
  });
  const counts = (met: number, answered: number, partial: number, missing: number, na: number) => ({ met, answered, partial, missing, 'not-applicable': na });
  const plan = (title: string, status: string | null, asAt: string | null, areas: DashboardResult['plans'][number]['areas'], trajectories: TrajectoryView[]): DashboardResult['plans'][number] => ({
    root: A, manifest: `${A}plan.yaml`, title, framework: 'ltp-2019', status, asAt, foundational: { answered: 3, met: 1, total: 32 }, counts: counts(1, 2, 0, 1, 4), areas, trajectories,
  });
  const chartOf = (title: string) => trajectorySvg({ title, unit: 'percent', unitLabel: '%', direction: 'increase', points: [{ year: '2022/23', value: 40 }, { year: '2023/24', value: 50 }], targets: [{ year: '2023/24', value: 60, label: 'target', confirmed: true }] });
  const figure = (id: string, title: string, verdict: string) =>
    `<figure><figcaption><a href="#" data-uri="file:///plans/a/mh &quot;x&quot;.md" data-line="7">${escapeHtml(title)}</a> <code>${id}</code> ${verdict}</figcaption>${chartOf(title)}<div class="measure">${escapeHtml(title)} &lt;measure&gt;</div></figure>`;

  it('a plan: coverage bars in proportion per area, each trajectory with its verdict; a plan without charts or status says so', () => {
    const data: DashboardResult = {
      plans: [
        plan('Plan <A>', 'submitted', '2019-09-27', [
          { id: 'mental-health', title: 'Mental <health>', counts: counts(1, 2, 0, 1, 4), items: [] },
          { id: 'cancer', title: 'Cancer', counts: counts(0, 0, 0, 0, 0), items: [] },
        ], [trajectory('mh-liaison', 'Liaison', true), trajectory('mh-perinatal', 'Perinatal <care>', false), trajectory('local-beds', 'Beds', undefined)]),
        plan('Plan B', null, null, [], []),
      ],
    };
    const rect = (x: string, width: string, colour: string, title: string) => `<rect x="${x}" width="${width}" height="12" fill="${colour}"><title>${title}</title></rect>`;
    assert.equal(
      bodyOf(dashboardHtml(data, page)),
      lines(
        '<section><h1>Plan &lt;A&gt;</h1>',
        '<p>Foundational commitments: <strong>3/32</strong> answered, <strong>1</strong> met.',
        'Plan status submitted, as at 2019-09-27.</p>',
        '<h2>Coverage by area</h2><table>' +
          '<tr><td>Mental &lt;health&gt;</td><td><svg width="240" height="12" role="img" aria-label="Mental &lt;health&gt; coverage">' +
          rect('0.0', '30.0', 'var(--vscode-testing-iconPassed,#2e7d32)', 'met: 1') +
          rect('30.0', '60.0', 'var(--vscode-charts-blue,#1565c0)', 'answered: 2') +
          rect('90.0', '30.0', 'var(--vscode-editorError-foreground,#c62828)', 'missing: 1') +
          rect('120.0', '120.0', 'var(--vscode-disabledForeground,#888)', 'not applicable: 4') +
          '</svg></td><td>1 met, 2 answered, 0 partial, 1 missing, 4 not applicable</td></tr>' +
          '<tr><td>Cancer</td><td><svg width="240" height="12" role="img" aria-label="Cancer coverage"></svg></td><td>0 met, 0 answered, 0 partial, 0 missing, 0 not applicable</td></tr></table>',
        '<h2>Trajectories</h2><div class="charts">' +
          figure('mh-liaison', 'Liaison', '<span class="ok">meets</span>') +
          figure('mh-perinatal', 'Perinatal <care>', '<span class="short">falls short</span>') +
          figure('local-beds', 'Beds', '') +
          '</div></section>',
        '<section><h1>Plan B</h1>',
        '<p>Foundational commitments: <strong>3/32</strong> answered, <strong>1</strong> met.',
        'Plan status not given, as at no date given.</p>',
        '<h2>Coverage by area</h2><table></table>',
        '<h2>Trajectories</h2><div class="charts"><p>No trajectories yet.</p></div></section>',
      ),
    );
  });

  it('the roll-up comes first, its places in plans as links the page opens', () => {
    const rollup: Rollup = { frameworks: [ltp], consistency };
    const link = (uri: string, line: number, text: string) => `<a href="#" data-uri="${escapeHtml(uri)}" data-line="${line}">${escapeHtml(text)}</a>`;
    const body = bodyOf(dashboardHtml({ plans: [], rollup }, page));
    assert.equal(body, `<section id="rollup">${rollupHtml(rollup, { link })}</section>\n<p>No plan found: a plan is a folder with a plan.yaml.</p>`);
    assert.ok(
      body.includes('<span class="pw-incomplete">incomplete: <a href="#" data-uri="file:///plans/a/bad.md" data-line="3">yaml-syntax</a>; <a href="#" data-uri="file:///plans/a/gone&amp;.md" data-line="0">unreadable-file</a></span>'),
      body,
    );
    assert.ok(body.includes('(<a href="#" data-uri="file:///plans/a/mh.md" data-line="4">Plan &lt;A&gt;</a>; <a href="#" data-uri="file:///plans/c/mh.md" data-line="9">Plan C</a>)</li>'), body);
  });
});
