import * as assert from 'node:assert/strict';
import { dashboardHtml, PlanProject, planDigest, rollUp, rollupHtml, type FrameworkRollup, type PlanDigest } from '../../core/src/index';
import { lines, testEngine } from '../helpers/engine';

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');

/** A plan.yaml with its own organisations (plus any shared ones) and an optional population. */
function planYaml(title: string, options: { population?: number; orgs: string[]; framework?: string }): string {
  return lines(
    'plan:',
    `  title: ${title}`,
    `  framework: ${options.framework ?? 'ltp-2019'}`,
    `  period: { start: ${options.framework === 'planning-2016' ? '2016/17' : '2019/20'}, end: ${options.framework === 'planning-2016' ? '2020/21' : '2023/24'} }`,
    '  clinical-lead: Dr T. Test',
    'footprint:',
    ...(options.population !== undefined ? [`  population: ${options.population}`] : []),
    '  organisations:',
    ...options.orgs.map((id) => `    - { id: ${id}, name: ${id} name, type: other }`),
    'engagement:',
    '  - { with: public, how: listening events }',
    '',
  );
}

/** Digests of several plans read into one project: root name → files. */
function digestsOf(plans: Readonly<Record<string, Readonly<Record<string, string>>>>): PlanDigest[] {
  const project = new PlanProject(testEngine());
  for (const [name, files] of Object.entries(plans)) {
    for (const [path, text] of Object.entries(files)) project.setFile(`file:///plans/${name}/${path}`, text);
  }
  return project.analyzeAll().map(planDigest);
}

function ltp(rollup: ReturnType<typeof rollUp>): FrameworkRollup {
  const found = rollup.frameworks.find((f) => f.framework === 'ltp-2019');
  assert.ok(found, 'no ltp-2019 roll-up');
  return found;
}

// mh-talking-therapies: 1,900,000 a year nationally by 2023/24. A fair share is
// national × population ÷ England's population (from the catalog).
/** England's population as the framework catalog gives it. */
const england = (): number => testEngine().builtinCatalogs.get('ltp-2019')?.population?.value ?? NaN;
const share = (national: number, population: number): number => (national * population) / england();

const A = 'file:///plans/a/';
const B = 'file:///plans/b/';
const C = 'file:///plans/c/';

describe('roll-up of several plans', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const threePlans = () =>
    digestsOf({
      a: {
        'plan.yaml': planYaml('Plan A', { population: 563_000, orgs: ['a-ccg', 'shared-mh'] }),
        'mh.md': lines(
          block('mh-talking-therapies', 'on-track', 'lead: shared-mh', 'trajectory: { 2022/23: 15000, 2023/24: 20000 }'),
          block('mh-liaison', 'on-track', 'lead: a-ccg', 'trajectory: { 2022/23: 50%, 2023/24: 60% }'),
        ),
      },
      b: {
        'plan.yaml': planYaml('Plan B', { population: 1_126_000, orgs: ['b-ccg', 'shared-mh'] }),
        'mh.md': lines(
          block('mh-talking-therapies', 'on-track', 'lead: shared-mh', 'trajectory: { 2022/23: 30000, 2023/24: 36000 }'),
          block('mh-liaison', 'on-track', 'lead: b-ccg', 'trajectory: { 2023/24: 75% }'),
        ),
      },
      c: {
        'plan.yaml': planYaml('Plan C', { orgs: ['c-ccg'] }),
        'mh.md': block('mh-talking-therapies', 'on-track', 'lead: c-ccg', 'trajectory: { 2023/24: 99999 }'),
      },
    });

  it('sums a count target per year against the national figure, leaving a footprint without a population out (named, not zero)', () => {
    const sum = ltp(rollUp(threePlans())).counts.find((c) => c.id === 'mh-talking-therapies');
    assert.ok(sum);
    assert.deepEqual(sum.years, [
      { year: '2022/23', total: 45000, plans: 2 },
      { year: '2023/24', total: 56000, plans: 2 },
    ]);
    assert.equal(sum.year, '2023/24');
    assert.equal(sum.projection, false);
    assert.equal(sum.total, 56000);
    assert.equal(sum.balance, 56000 - 1_900_000);
    const shareA = share(1_900_000, 563_000);
    const shareB = share(1_900_000, 1_126_000);
    assert.ok(Math.abs(sum.fairShares - (shareA + shareB)) < 1e-6);
    assert.ok(Math.abs((sum.balanceAgainstShares ?? NaN) - (56000 - shareA - shareB)) < 1e-6);
    assert.deepEqual(
      sum.contributions.map((c) => [c.title, c.value, c.fairShare.toFixed(3), c.balance.toFixed(3)]),
      [
        ['Plan B', 36000, shareB.toFixed(3), (36000 - shareB).toFixed(3)],
        ['Plan A', 20000, shareA.toFixed(3), (20000 - shareA).toFixed(3)],
      ],
    );
    assert.deepEqual(sum.excluded, [{ root: C, title: 'Plan C', why: 'no footprint population: left out of the sums' }]);
  });

  it('a plan without a value in the compared year is named and left out of that year', () => {
    const digests = digestsOf({
      a: { 'plan.yaml': planYaml('Plan A', { population: 563_000, orgs: ['a-ccg'] }), 'x.md': block('mh-perinatal', 'on-track', 'trajectory: { 2022/23: 100, 2023/24: 700 }') },
      b: { 'plan.yaml': planYaml('Plan B', { population: 563_000, orgs: ['b-ccg'] }), 'x.md': block('mh-perinatal', 'on-track', 'trajectory: { 2022/23: 200 }') },
    });
    const sum = ltp(rollUp(digests)).counts.find((c) => c.id === 'mh-perinatal');
    assert.ok(sum);
    assert.deepEqual(sum.years, [
      { year: '2022/23', total: 300, plans: 2 },
      { year: '2023/24', total: 700, plans: 1 },
    ]);
    assert.equal(sum.total, 700);
    assert.equal(sum.fairShares, share(66_000, 563_000));
    assert.deepEqual(sum.excluded.map((e) => [e.title, e.why]), [['Plan B', 'no value for 2023/24']]);
  });

  it('a decrease target: a surplus is a total below the national figure', () => {
    const digests = digestsOf({
      a: { 'plan.yaml': planYaml('Plan A', { population: 563_000, orgs: ['a-ccg'] }), 'x.md': block('mh-out-of-area-placements', 'on-track', 'trajectory: { 2020/21: 3 }') },
      b: { 'plan.yaml': planYaml('Plan B', { population: 563_000, orgs: ['b-ccg'] }), 'x.md': block('mh-out-of-area-placements', 'on-track', 'trajectory: { 2020/21: 0 }') },
    });
    const sum = ltp(rollUp(digests)).counts.find((c) => c.id === 'mh-out-of-area-placements');
    assert.equal(sum?.total, 3);
    assert.equal(sum?.balance, -3);
    assert.deepEqual(sum?.contributions.map((c) => [c.title, c.balance]), [['Plan A', -3], ['Plan B', 0]]);
  });

  it('a target year beyond every plan is compared in the plans\' last year, as a projection', () => {
    const digests = digestsOf({
      a: { 'plan.yaml': planYaml('Plan A', { population: 563_000, orgs: ['a-ccg'] }), 'x.md': block('cancer-early-diagnosis', 'on-track', 'trajectory: { 2022/23: 60%, 2023/24: 70% }') },
    });
    const mean = ltp(rollUp(digests)).rates.find((r) => r.id === 'cancer-early-diagnosis');
    assert.equal(mean?.year, '2023/24');
    assert.equal(mean?.projection, true);
    assert.equal(mean?.mean, 70);
    assert.equal(mean?.meets, false);
  });

  it('a rate target: the population-weighted mean against the national rate', () => {
    const mean = ltp(rollUp(threePlans())).rates.find((r) => r.id === 'mh-liaison');
    assert.ok(mean);
    // (563,000 × 60 + 1,126,000 × 75) ÷ 1,689,000 = 70 exactly.
    assert.equal(mean.year, '2023/24');
    assert.equal(mean.mean, 70);
    assert.equal(mean.meets, true);
    assert.deepEqual(mean.years, [
      { year: '2022/23', mean: 50, population: 563_000, plans: 1 },
      { year: '2023/24', mean: 70, population: 1_689_000, plans: 2 },
    ]);
    assert.deepEqual(mean.values.map((v) => [v.title, v.value]), [['Plan A', 60], ['Plan B', 75]]);
    assert.deepEqual(mean.excluded.map((e) => [e.title, e.why]), [['Plan C', 'no footprint population: left out of the weighted mean']]);
  });

  describe('the response a plan\'s figures are taken from, of several answering one commitment', () => {
    const na = (trajectory?: string) => block('mh-talking-therapies', 'not-applicable', 'reason: Commissioned by the region.', ...(trajectory ? [`trajectory: ${trajectory}`] : []));
    const chosen = (population: number | undefined, ...responses: string[]) => {
      const [digest] = digestsOf({ a: { 'plan.yaml': planYaml('A', { ...(population ? { population } : {}), orgs: ['a-ccg'] }), 'mh.md': lines(...responses) } });
      const entry = digest?.commitments.find((c) => c.id === 'mh-talking-therapies');
      assert.equal(entry?.responses.length, responses.length);
      return [entry.assessment?.kind, entry.chosen];
    };
    it('assessed: the response whose trajectory holds the figure compared, even when its other years do not', () => {
      assert.deepEqual(chosen(563_000, na(), block('mh-talking-therapies', 'on-track'), block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 15000 }'), block('mh-talking-therapies', 'on-track', 'trajectory: { 2022/23: 12000, 2023/24: 20000 }')), ['assessed', 3]);
    });
    it('not assessed: the first response with a trajectory that is not marked not-applicable', () => {
      assert.deepEqual(chosen(undefined, na('{ 2023/24: 9000 }'), block('mh-talking-therapies', 'on-track'), block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 15000 }')), ['not-assessed', 2]);
    });
    it('no trajectory anywhere: the first response not marked not-applicable; only not-applicable ones: none', () => {
      assert.deepEqual(chosen(undefined, na(), block('mh-talking-therapies', 'on-track'), block('mh-talking-therapies', 'at-risk')), ['not-assessed', 1]);
      assert.deepEqual(chosen(undefined, na(), na()), [undefined, undefined]);
    });
  });

  it('population covered against England, plans without one named, overlapping organisations named', () => {
    const { population } = ltp(rollUp(threePlans()));
    assert.equal(population.england, england());
    assert.equal(population.covered, 1_689_000);
    assert.equal(population.uncovered, england() - 1_689_000);
    assert.deepEqual(population.withoutPopulation.map((p) => p.title), ['Plan C']);
    assert.deepEqual(population.overlaps, [{ id: 'shared-mh', name: 'shared-mh name', plans: [{ root: A, title: 'Plan A' }, { root: B, title: 'Plan B' }] }]);
  });

  it('the matrix: one cell per plan; weakest commitments and plans first; filtered to foundational', () => {
    const rollup = ltp(rollUp(threePlans()));
    // Plan C meets nothing foundational it could (no population): weakest.
    assert.deepEqual(rollup.plans.map((p) => p.title), ['Plan C', 'Plan A', 'Plan B']);
    const first = rollup.matrix[0];
    assert.ok(first);
    assert.equal(first.counts.missing, 3, 'a commitment every plan misses comes first');
    const therapies = rollup.matrix.find((r) => r.id === 'mh-talking-therapies');
    // Plan C has no population, so no fair share to judge against.
    assert.deepEqual(therapies?.cells.map((c) => c?.status), [therapies?.cells[0]?.status, 'met', 'partial']);
    assert.notEqual(therapies?.cells[0]?.status, 'met');
    assert.deepEqual(therapies?.cells.map((c) => c?.value), [undefined, 20000, 36000]);
    assert.deepEqual(therapies?.cells.map((c) => c?.fairShare), [undefined, share(1_900_000, 563_000), share(1_900_000, 1_126_000)]);
    const index = (id: string) => rollup.matrix.findIndex((r) => r.id === id);
    // mh-liaison: one plan missing it; mh-talking-therapies: two partial answers. A missing answer weighs more.
    assert.ok(index('mh-liaison') < index('mh-talking-therapies'), 'one missing before two partial');
    assert.equal(rollup.matrix[rollup.matrix.length - 1]?.counts.missing, 0);
    assert.ok(rollup.matrix.some((r) => r.kind === 'transformation'));
    const foundational = ltp(rollUp(threePlans(), { foundationalOnly: true }));
    assert.ok(foundational.matrix.length > 0 && foundational.matrix.every((r) => r.kind === 'foundational'));
    assert.ok(foundational.rates.every((r) => r.kind === 'foundational'));
  });

  it('plans on different frameworks are rolled up apart; a plan with unreadable parts is included and marked', () => {
    const digests = digestsOf({
      a: { 'plan.yaml': planYaml('Plan A', { population: 563_000, orgs: ['a-ccg'] }), 'bad.md': '```commitment\nid: [unclosed\n```\n' },
      old: { 'plan.yaml': planYaml('Old plan', { orgs: ['o-ccg'], framework: 'planning-2016' }), 'x.md': block('must-do-5-rtt', 'on-track', 'trajectory: { 2016/17: 92% }') },
    });
    const rollup = rollUp(digests);
    assert.deepEqual(rollup.frameworks.map((f) => [f.framework, f.plans.map((p) => p.title)]), [
      ['ltp-2019', ['Plan A']],
      ['planning-2016', ['Old plan']],
    ]);
    const planA = rollup.frameworks[0]?.plans[0];
    assert.equal(planA?.unreadable.length, 1);
    assert.equal(planA?.unreadable[0]?.uri, 'file:///plans/a/bad.md');
    const old = rollup.frameworks[1];
    assert.equal(old?.population.england, undefined, 'planning-2016 gives no England population');
    assert.deepEqual(old?.rates.find((r) => r.id === 'must-do-5-rtt')?.excluded.map((e) => e.why), ['no footprint population: left out of the weighted mean']);
    assert.ok(old?.matrix.some((r) => r.id === 'must-do-5-rtt'));
  });

  describe('cross-plan consistency', () => {
    const pair = (a: string, b: string) =>
      rollUp(
        digestsOf({
          a: { 'plan.yaml': planYaml('Plan A', { population: 563_000, orgs: ['a-ccg', 'shared-mh'] }), 'mh.md': a },
          b: { 'plan.yaml': planYaml('Plan B', { population: 563_000, orgs: ['b-ccg', 'shared-mh'] }), 'mh.md': b },
        }),
      ).consistency;

    it('one organisation leading a commitment with different trajectories in two plans is a finding in both', () => {
      const [finding, ...rest] = pair(
        block('mh-talking-therapies', 'on-track', 'lead: shared-mh', 'trajectory: { 2022/23: 3000, 2023/24: 4000 }'),
        block('mh-talking-therapies', 'on-track', 'lead: shared-mh', 'trajectory: { 2022/23: 3000, 2023/24: 4500 }'),
      );
      assert.equal(rest.length, 0);
      assert.equal(finding?.kind, 'trajectory');
      assert.equal(finding?.message, 'shared-mh leads mh-talking-therapies in "Plan A" and "Plan B" with different trajectories (2023/24: 4,000 vs 4,500)');
      assert.deepEqual(finding?.plans.map((p) => p.root), [A, B]);
    });

    it('different statuses', () => {
      const findings = pair(block('mh-liaison', 'on-track', 'lead: shared-mh'), block('mh-liaison', 'at-risk', 'lead: shared-mh'));
      assert.deepEqual(findings.map((f) => [f.kind, f.message]), [['status', 'shared-mh leads mh-liaison in "Plan A" and "Plan B" with different statuses (on-track vs at-risk)']]);
    });

    it('different leads: leading in one plan, a partner in the other', () => {
      const findings = pair(block('mh-liaison', 'on-track', 'lead: shared-mh'), block('mh-liaison', 'on-track', 'lead: b-ccg', 'partners: [shared-mh]'));
      assert.deepEqual(findings.map((f) => [f.kind, f.message]), [['lead', 'shared-mh leads mh-liaison in "Plan A" but b-ccg leads it in "Plan B", where shared-mh is a partner']]);
    });

    it('the same answer in both plans, or an organisation in one footprint only, is no finding', () => {
      const same = block('mh-talking-therapies', 'on-track', 'lead: shared-mh', 'trajectory: { 2023/24: 4000 }');
      assert.deepEqual(pair(same, same), []);
      assert.deepEqual(pair(block('mh-liaison', 'on-track', 'lead: a-ccg'), block('mh-liaison', 'at-risk', 'lead: a-ccg')), []);
    });
  });

  it('renders as HTML with plan text escaped, SVG charts, status classes and no inline style; the dashboard carries it', () => {
    const digests = digestsOf({
      a: { 'plan.yaml': planYaml('A "x" <script>alert(1)</script>', { population: 563_000, orgs: ['a-ccg'] }), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2022/23: 15000, 2023/24: 20000 }') },
      b: { 'plan.yaml': planYaml('Plan B', { population: 563_000, orgs: ['b-ccg'] }), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 15000 }') },
    });
    const rollup = rollUp(digests);
    const html = rollupHtml(rollup);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /A &quot;x&quot; &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<svg class="pw-chart"/);
    assert.match(html, /<td class="pw-met">met: 20,000 in 2023\/24 \(fair share 19,004\)<\/td>/);
    assert.match(html, /<td class="pw-partial">partial: 15,000 in 2023\/24 \(fair share 19,004\)<\/td>/);
    assert.doesNotMatch(html, / style="/);
    const page = dashboardHtml({ plans: [], rollup }, { cspSource: 'vscode-resource:', nonce: 'abc' });
    assert.match(page, /<section id="rollup">/);
    assert.match(page, /\.pw-matrix\{/);
  });
});
