import * as assert from 'node:assert/strict';
import { language, planDigest, PlanProject, renderCommitmentCard, renderReference, rollUp, trajectorySvg, type CardInfo } from '../../core/src/index';
import type { ChartFacts } from '../../core/src/language/chart-view';
import { seriesOfFacts } from '../../core/src/render/chart-facts';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';

/** The catalog's view of mental health liaison, as the preview's lookup gives it. */
const LIAISON: CardInfo = { title: 'Mental health liaison', kind: 'foundational', status: 'partial', target: '≥ 70% by 2023/24', fairShare: '12', gap: 'short by 15%' };

/** A lookup that answers for one id and records every id it was asked about. */
function lookupOf(id: string, info: CardInfo): { lookup: (asked: string) => CardInfo | undefined; asked: string[] } {
  const asked: string[] = [];
  return { asked, lookup: (wanted) => (asked.push(wanted), wanted === id ? info : undefined) };
}

describe('the chapter preview: commitment cards', () => {
  it('a known commitment: status class, catalog title, badge, escaped summary and every fact', () => {
    const { lookup, asked } = lookupOf('mh-liaison', LIAISON);
    const html = renderCommitmentCard(lines('id: mh-liaison', 'status: at-risk', 'summary: "Liaison <b>24/7</b> & \\"Core 24\\" at Test Hospital"'), lookup);
    assert.equal(
      html,
      '<div class="planwright-card planwright-status-at-risk" data-commitment="mh-liaison"><div class="planwright-card-head"><span class="planwright-title">Mental health liaison</span> <code>mh-liaison</code> <span class="planwright-badge">At risk</span></div>' +
        '<p class="planwright-summary">Liaison &lt;b&gt;24/7&lt;/b&gt; &amp; &quot;Core 24&quot; at Test Hospital</p>' +
        "<ul class=\"planwright-facts\"><li>Target: ≥ 70% by 2023/24</li><li>This plan's fair share: 12</li><li>Gap: short by 15%</li></ul></div>\n",
    );
    assert.deepEqual(asked, ['mh-liaison']);
  });

  const factCases: { name: string; info: Partial<CardInfo>; facts: string }[] = [
    { name: 'no target, fair share or gap: an empty list', info: { target: '', fairShare: '', gap: '' }, facts: '' },
    { name: 'a gap of none is not shown', info: { gap: 'none' }, facts: "<li>Target: ≥ 70% by 2023/24</li><li>This plan's fair share: 12</li>" },
    { name: 'only a target', info: { fairShare: '', gap: '' }, facts: '<li>Target: ≥ 70% by 2023/24</li>' },
    { name: 'only a fair share', info: { target: '', gap: '' }, facts: "<li>This plan's fair share: 12</li>" },
    { name: 'only a gap, escaped', info: { target: '', fairShare: '', gap: 'short by <5>' }, facts: '<li>Gap: short by &lt;5&gt;</li>' },
    { name: 'catalog text escaped in the target and fair share', info: { target: 'a < b & c', fairShare: '"x"', gap: 'none' }, facts: "<li>Target: a &lt; b &amp; c</li><li>This plan's fair share: &quot;x&quot;</li>" },
  ];
  for (const c of factCases) {
    it(`facts: ${c.name}`, () => {
      const html = renderCommitmentCard(lines('id: mh-liaison', 'status: on-track'), () => ({ ...LIAISON, ...c.info }));
      assert.equal(html.slice(html.indexOf('<ul')), `<ul class="planwright-facts">${c.facts}</ul></div>\n`);
    });
  }

  it('an id the catalogs lack is named in the facts; its title is the id', () => {
    const { lookup, asked } = lookupOf('mh-liaison', LIAISON);
    assert.equal(
      renderCommitmentCard(lines('id: "local-<x>"', 'status: not-started'), lookup),
      '<div class="planwright-card planwright-status-not-started" data-commitment="local-&lt;x&gt;"><div class="planwright-card-head"><span class="planwright-title">local-&lt;x&gt;</span> <code>local-&lt;x&gt;</code> <span class="planwright-badge">Not started</span></div>' +
        "<ul class=\"planwright-facts\"><li><code>local-&lt;x&gt;</code> is not in the plan's catalogs</li></ul></div>\n",
    );
    assert.deepEqual(asked, ['local-<x>']);
  });

  it('a block without an id or status: no lookup, an unknown status and "No commitment id"', () => {
    const { lookup, asked } = lookupOf('mh-liaison', LIAISON);
    const expected =
      '<div class="planwright-card planwright-status-unknown" data-commitment=""><div class="planwright-card-head"><span class="planwright-title"></span> <code></code> <span class="planwright-badge"></span></div>' +
      '<ul class="planwright-facts"><li>No commitment id</li></ul></div>\n';
    assert.equal(renderCommitmentCard('summary: 3', lookup), expected);
    assert.equal(renderCommitmentCard(lines('id: 42', 'status: 7'), lookup), expected);
    assert.equal(renderCommitmentCard('- id: mh-liaison', lookup), expected);
    assert.deepEqual(asked, []);
  });

  const statusCases: [string, string, string][] = [
    ['on-track', 'on-track', 'On track'],
    ['off-track', 'off-track', 'Off track'],
    ['not-applicable', 'not-applicable', 'Not applicable'],
    ['draft', 'draft', 'draft'],
    ['On-track', 'unknown', 'On-track'],
    ['on-track!', 'unknown', 'on-track!'],
    ['"at risk"', 'unknown', 'at risk'],
    ['"<x>"', 'unknown', '&lt;x&gt;'],
  ];
  for (const [written, cls, badge] of statusCases) {
    it(`status ${written}: class planwright-status-${cls}, badge "${badge}"`, () => {
      const html = renderCommitmentCard(lines('id: mh-liaison', `status: ${written}`), () => LIAISON);
      assert.equal(html.slice(0, html.indexOf('</div>') + 6), `<div class="planwright-card planwright-status-${cls}" data-commitment="mh-liaison"><div class="planwright-card-head"><span class="planwright-title">Mental health liaison</span> <code>mh-liaison</code> <span class="planwright-badge">${badge}</span></div>`);
    });
  }

  /** The card's chart: what follows the facts list. */
  const chartOf = (html: string): string => html.slice(html.indexOf('</ul>') + 5, -'</div>\n'.length);

  describe('its chart, without the engine\'s chart facts', () => {
    it('the block\'s percentages with its baseline and the required level, titled by the catalog', () => {
      const yaml = lines('id: mh-liaison', 'status: at-risk', 'baseline: { year: 2018/19, value: 30% }', 'trajectory: { 2019/20: 40%, 2020/21: 55% }');
      const required = { year: '2023/24', value: 70, label: 'target' };
      assert.equal(
        chartOf(renderCommitmentCard(yaml, () => ({ ...LIAISON, required }))),
        trajectorySvg({ title: 'Mental health liaison trajectory', unit: 'percent', points: [{ year: '2019/20', value: 40 }, { year: '2020/21', value: 55 }], baseline: { year: '2018/19', value: 30 }, required }),
      );
    });

    it('an unknown id titles the chart by the id; mixed units draw as numbers; a baseline without a year is left out', () => {
      const yaml = lines('id: local-beds', 'baseline: { value: 10 }', 'trajectory: { 2019/20: 12, 2020/21: 40%, 2021/22: not a number }');
      assert.equal(chartOf(renderCommitmentCard(yaml, () => undefined)), trajectorySvg({ title: 'local-beds trajectory', unit: 'number', points: [{ year: '2019/20', value: 12 }, { year: '2020/21', value: 40 }] }));
    });

    it('no trajectory: no chart, even with a baseline and a required level', () => {
      const yaml = lines('id: mh-liaison', 'status: on-track', 'baseline: { year: 2018/19, value: 30% }');
      const html = renderCommitmentCard(yaml, () => ({ ...LIAISON, required: { year: '2023/24', value: 70, label: 'target' } }));
      assert.equal(html.slice(html.indexOf('<ul')), "<ul class=\"planwright-facts\"><li>Target: ≥ 70% by 2023/24</li><li>This plan's fair share: 12</li><li>Gap: short by 15%</li></ul></div>\n");
    });
  });

  describe('its chart, from the engine\'s chart facts', () => {
    const percentFacts: ChartFacts = {
      unit: 'percent',
      unitLabel: '%',
      direction: 'increase',
      points: [{ year: '2019/20', value: 45 }, { year: '2020/21', value: 52 }],
      targets: [{ year: '2023/24', value: 70, label: 'target', confirmed: true }],
      organisations: [],
    };
    const indexFacts: ChartFacts = { ...percentFacts, unit: 'number', unitLabel: '% of 2019/20', points: [{ year: '2019/20', value: 100 }, { year: '2020/21', value: 104 }] };
    const title = 'Mental health liaison trajectory';
    const cases: { name: string; trajectory: string; facts: ChartFacts; drawn: 'block' | 'facts' }[] = [
      { name: 'percentages against a percent target: the block as written', trajectory: '{ 2019/20: 40%, 2020/21: 55% }', facts: percentFacts, drawn: 'block' },
      { name: 'numbers against a number measure: the block as written', trajectory: '{ 2019/20: 40, 2020/21: 55 }', facts: { ...indexFacts, points: [{ year: '2019/20', value: 1 }] }, drawn: 'block' },
      { name: 'percentages turned into an index: the engine\'s line', trajectory: '{ 2019/20: 40%, 2020/21: 55% }', facts: indexFacts, drawn: 'facts' },
      { name: 'numbers against a percent target: the engine\'s line', trajectory: '{ 2019/20: 40, 2020/21: 55 }', facts: percentFacts, drawn: 'facts' },
      { name: 'mixed units against a percent target: the engine\'s line', trajectory: '{ 2019/20: 40%, 2020/21: 55 }', facts: percentFacts, drawn: 'facts' },
      { name: 'no trajectory in the block: the engine\'s line', trajectory: '{}', facts: percentFacts, drawn: 'facts' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const html = renderCommitmentCard(lines('id: mh-liaison', 'status: at-risk', `trajectory: ${c.trajectory}`), () => ({ ...LIAISON, chart: c.facts }));
        const written = [{ year: '2019/20', value: 40 }, { year: '2020/21', value: 55 }];
        assert.equal(chartOf(html), trajectorySvg(seriesOfFacts(c.facts, title, c.drawn === 'block' ? written : undefined)));
      });
    }
  });
});

describe('[[references]] in the preview', () => {
  const info: CardInfo = { title: 'Talking <therapies>', kind: 'foundational', status: 'met', target: '', fairShare: '', gap: '' };
  const label = 'Talking &lt;therapies&gt; <code>mh-talking-therapies</code>';
  const cases: [string, string | undefined, string][] = [
    ['an https source is a link titled by kind and title', 'https://example.org/a?x=1&y="2"', `<a class="planwright-ref" href="https://example.org/a?x=1&amp;y=&quot;2&quot;" title="foundational: Talking &lt;therapies&gt;">${label}</a>`],
    ['an http source is a link', 'http://example.org/b', `<a class="planwright-ref" href="http://example.org/b" title="foundational: Talking &lt;therapies&gt;">${label}</a>`],
    ['an address later in the text is no link', 'see https://example.org/c', `<span class="planwright-ref" title="foundational">${label}</span>`],
    ['an ftp source is no link', 'ftp://example.org/d', `<span class="planwright-ref" title="foundational">${label}</span>`],
    ['no source is no link', undefined, `<span class="planwright-ref" title="foundational">${label}</span>`],
  ];
  for (const [name, source, expected] of cases) {
    it(name, () => {
      assert.equal(renderReference('mh-talking-therapies', source === undefined ? info : { ...info, source }), expected);
    });
  }

  it('an id the catalogs lack is a marked span, escaped', () => {
    assert.equal(renderReference('a<b>', undefined), '<span class="planwright-ref planwright-ref-unknown" title="not in the plan\'s catalogs">[[a&lt;b&gt;]]</span>');
  });
});

describe('a chart series from the engine\'s chart facts', () => {
  it('carries every fact: direction, baseline, targets, the standard as the required line, the projection and organisations', () => {
    const facts: ChartFacts = {
      unit: 'number',
      unitLabel: 'minutes',
      direction: 'decrease',
      points: [{ year: '2020/21', value: 40 }, { year: '2021/22', value: 35 }],
      baseline: { year: '2019/20', value: 44 },
      targets: [{ year: '2023/24', value: 30, label: 'target', timing: 'as the average for the year', confirmed: false }],
      standard: { year: '2023/24', value: 18 },
      projection: { from: { year: '2021/22', value: 35 }, to: { year: '2023/24', value: 25 } },
      organisations: [
        { id: 'test-hospital', name: 'Test Hospital NHS FT', points: [{ year: '2021/22', value: 33 }], floor: { year: '2023/24', value: 32, basis: 'the national level' } },
        { id: 'test-mh', name: 'Test MH Trust', points: [] },
      ],
    };
    assert.deepEqual(seriesOfFacts(facts, 'Ambulance response'), {
      title: 'Ambulance response',
      unit: 'number',
      unitLabel: 'minutes',
      direction: 'decrease',
      points: [{ year: '2020/21', value: 40 }, { year: '2021/22', value: 35 }],
      baseline: { year: '2019/20', value: 44 },
      targets: [{ year: '2023/24', value: 30, label: 'target', timing: 'as the average for the year', confirmed: false }],
      required: { year: '2023/24', value: 18, label: 'standard' },
      projection: { from: { year: '2021/22', value: 35 }, to: { year: '2023/24', value: 25 } },
      organisations: [
        { name: 'test-hospital', fullName: 'Test Hospital NHS FT', points: [{ year: '2021/22', value: 33 }], floor: { year: '2023/24', value: 32, basis: 'the national level' } },
        { name: 'test-mh', fullName: 'Test MH Trust', points: [] },
      ],
    });
  });

  it('without the optional facts, only what there is; given points replace the system line', () => {
    const facts: ChartFacts = { unit: 'percent', unitLabel: '%', points: [{ year: '2020/21', value: 40 }], targets: [], organisations: [] };
    assert.deepEqual(seriesOfFacts(facts, 'Liaison', [{ year: '2020/21', value: 41 }]), { title: 'Liaison', unit: 'percent', unitLabel: '%', points: [{ year: '2020/21', value: 41 }], targets: [], organisations: [] });
  });
});

describe('the data behind the coverage tree and the dashboard', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const LOCAL_CATALOG = lines(
    'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
    'areas: [{ id: local-area, title: Local area }]',
    'commitments:',
    '  - { id: local-housing, area: local-area, kind: foundational, title: Housing, summary: s, source: { title: t, url: "https://example.org/housing" }, guidance: Name the schemes }',
    '  - { id: local-beds, area: local-area, kind: transformation, title: Step-down beds, summary: s, source: { title: t }, guidance: g, target: { measure: step-down beds open, value: "60%", scale: rate, direction: increase, by: 2023/24 } }',
    '  - { id: local-waits, area: local-area, kind: requirement, title: Waits, summary: s, source: { title: t }, guidance: g2 }',
    '',
  );
  const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');
  const chapter = lines(
    block('local-housing', 'on-track', 'trajectory: { 2022/23: 10, 2023/24: 12 }'),
    block('local-beds', 'at-risk', 'trajectory: { 2022/23: 40%, 2023/24: 50% }'),
    block('local-nope', 'on-track', 'trajectory: { 2023/24: 5 }'),
    block('local-waits', 'on-track'),
  );
  const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  const at = (uri: string, line: number, from: number, to: number) => ({ uri, range: range(line, from, to) });
  const A_MD = `${PLAN_ROOT}a.md`;
  const CATALOG = `${PLAN_ROOT}local.catalog.yaml`;

  const view = () => {
    const plan = manifest('catalogs: [local.catalog.yaml]').replace('  clinical-lead:', '  status: submitted\n  as-at: 2019-09-27\n  clinical-lead:');
    return language.dashboardView(projectOf({ 'plan.yaml': plan, 'local.catalog.yaml': LOCAL_CATALOG, 'a.md': chapter }));
  };

  it('one plan: its own fields, no roll-up', () => {
    const result = view();
    assert.equal('rollup' in result, false);
    assert.equal(result.plans.length, 1);
    const { areas, trajectories, ...plan } = result.plans[0] ?? assert.fail('no plan');
    assert.deepEqual(plan, {
      root: PLAN_ROOT,
      manifest: `${PLAN_ROOT}plan.yaml`,
      title: 'Test plan',
      framework: 'ltp-2019',
      status: 'submitted',
      asAt: '2019-09-27',
      foundational: { answered: 1, met: 0, total: 32 },
      counts: { met: 0, answered: 2, partial: 1, missing: 54, 'not-applicable': 0 },
    });
    assert.equal(areas.length, 14);
    assert.equal(trajectories.length, 2);
  });

  it('each commitment of an area: the catalog entry, the coverage and its own row of words', () => {
    const area = view().plans[0]?.areas.find((a) => a.id === 'local-area');
    assert.deepEqual(area, {
      id: 'local-area',
      title: 'Local area',
      counts: { met: 0, answered: 2, partial: 1, missing: 0, 'not-applicable': 0 },
      items: [
        {
          id: 'local-housing', title: 'Housing', kind: 'foundational', status: 'answered', reason: 'no measurable national target', planStatus: 'on-track',
          target: '', fairShare: '', finalValue: '', gap: '', guidance: 'Name the schemes', source: 'https://example.org/housing',
          responses: [at(A_MD, 1, 4, 17)], definition: at(CATALOG, 3, 10, 23),
        },
        {
          id: 'local-beds', title: 'Step-down beds', kind: 'transformation', status: 'partial', reason: '50% in 2023/24 against 60%: 10 points short', planStatus: 'at-risk',
          target: '≥ 60% by 2023/24', fairShare: '', finalValue: '50% in 2023/24', gap: '10 points short', guidance: 'g',
          responses: [at(A_MD, 7, 4, 14)], definition: at(CATALOG, 4, 10, 20),
        },
        {
          id: 'local-waits', title: 'Waits', kind: 'requirement', status: 'answered', reason: 'no measurable national target', planStatus: 'on-track',
          target: '', fairShare: '', finalValue: '', gap: '', guidance: 'g2',
          responses: [at(A_MD, 19, 4, 15)], definition: at(CATALOG, 5, 10, 21),
        },
      ],
    });
  });

  it('an unanswered commitment has no plan status; a counted one its fair share', () => {
    const mh = view().plans[0]?.areas.find((a) => a.id === 'mental-health');
    const therapies = mh?.items.find((i) => i.id === 'mh-talking-therapies');
    assert.deepEqual([therapies?.status, therapies?.planStatus, therapies?.target, therapies?.gap, therapies?.responses], ['missing', '', '≥ 1,900,000 by 2023/24 (national count)', '', []]);
  });

  it('a trajectory per response with figures and a known commitment: measure, facts, the judged target and where it is', () => {
    assert.deepEqual(view().plans[0]?.trajectories, [
      {
        id: 'local-housing', title: 'Housing', measure: '', unit: 'number', unitLabel: 'number',
        points: [{ year: '2022/23', value: 10 }, { year: '2023/24', value: 12 }], targets: [], organisations: [], location: at(A_MD, 1, 4, 17),
      },
      {
        id: 'local-beds', title: 'Step-down beds', measure: 'step-down beds open', unit: 'percent', unitLabel: '%', direction: 'increase',
        points: [{ year: '2022/23', value: 40 }, { year: '2023/24', value: 50 }],
        targets: [{ year: '2023/24', value: 60, label: 'target', timing: 'by the end of the year', confirmed: true }],
        organisations: [],
        required: { year: '2023/24', value: 60, direction: 'increase', fairShare: false },
        meets: false,
        location: at(A_MD, 7, 4, 14),
      },
    ]);
  });

  it('a count target judged against the plan\'s fair share says so', () => {
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 45000 }') });
    const [trajectory] = language.dashboardView(project).plans[0]?.trajectories ?? [];
    const share = (1_900_000 * 1_250_000) / (testEngine().builtinCatalogs.get('ltp-2019')?.population?.value ?? NaN);
    assert.deepEqual(trajectory?.required, { year: '2023/24', value: share, direction: 'increase', fairShare: true });
    assert.equal(trajectory.meets, true);
  });

  describe('several plans', () => {
    const twoPlans = () => {
      const project = new PlanProject(testEngine());
      project.setFile('file:///plans/a/plan.yaml', manifest().replace('Test plan', 'Plan A'));
      project.setFile('file:///plans/a/a.md', block('mh-liaison', 'on-track', 'trajectory: { 2023/24: 70% }'));
      project.setFile('file:///plans/b/plan.yaml', manifest().replace('Test plan', 'Plan B'));
      return project;
    };

    it('every plan, read together in a roll-up', () => {
      const project = twoPlans();
      const result = language.dashboardView(project);
      assert.deepEqual(result.plans.map((p) => [p.title, p.trajectories.length]), [['Plan A', 1], ['Plan B', 0]]);
      assert.deepEqual(result.rollup, rollUp(project.analyzeAll().map(planDigest)));
    });

    it('a file in a plan: that plan alone, without a roll-up; a file in none: every plan', () => {
      const project = twoPlans();
      const one = language.dashboardView(project, 'file:///plans/b/chapter.md');
      assert.deepEqual([Object.keys(one), one.plans.map((p) => p.title)], [['plans'], ['Plan B']]);
      const all = language.dashboardView(project, 'file:///elsewhere/chapter.md');
      assert.deepEqual([Object.keys(all), all.plans.map((p) => p.title)], [['rollup', 'plans'], ['Plan A', 'Plan B']]);
    });
  });
});
