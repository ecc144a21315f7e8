import * as assert from 'node:assert/strict';
import { compareText, rollUp, type AssessmentDigest, type CommitmentDigest, type FrameworkRollup, type PlanDigest, type TargetDigest } from '../../core/src/index';

/**
 * The roll-up's output objects, whole, on hand-made digests of two or three plans: which plans
 * and commitments come first, what each framework keeps, the plans' foundational counts, the
 * national sums and means with the plans they leave out, and the population covered.
 */

type Figure = number | `${number}%`;

interface Answer {
  readonly id: string;
  readonly status: CommitmentDigest['status'];
  readonly kind?: string;
  readonly title?: string;
  readonly catalogId?: string;
  readonly target?: TargetDigest;
  /** A response without a trajectory when absent (none at all for a missing commitment). */
  readonly trajectory?: Readonly<Record<string, Figure>>;
  readonly assessment?: AssessmentDigest;
  readonly gap?: string;
}

function commitment(a: Answer): CommitmentDigest {
  const responses =
    a.status === 'missing'
      ? []
      : [
          {
            uri: 'file:///x.md',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
            status: a.status === 'not-applicable' ? 'not-applicable' : 'on-track',
            partners: [],
            trajectory: Object.entries(a.trajectory ?? {}).map(([year, figure]) =>
              typeof figure === 'number' ? { year, value: figure, unit: 'number' as const } : { year, value: Number(figure.slice(0, -1)), unit: 'percent' as const },
            ),
          },
        ];
  return {
    id: a.id,
    title: a.title ?? a.id,
    area: 'Area',
    kind: a.kind ?? 'transformation',
    catalogId: a.catalogId ?? 'ltp-2019',
    ...(a.target ? { target: a.target } : {}),
    status: a.status,
    gap: a.gap ?? '',
    ...(a.assessment ? { assessment: a.assessment } : {}),
    ...(responses.length > 0 && a.status !== 'not-applicable' ? { chosen: 0 } : {}),
    responses,
  };
}

interface PlanOptions {
  readonly title?: string;
  readonly framework?: string | null;
  readonly population?: number;
  readonly england?: number;
  readonly orgs?: readonly string[];
}

const root = (name: string) => `file:///plans/${name}/`;

function plan(name: string, answers: readonly Answer[], options: PlanOptions = {}): PlanDigest {
  return {
    root: root(name),
    title: options.title ?? `Plan ${name.toUpperCase()}`,
    framework: options.framework === undefined ? 'ltp-2019' : options.framework,
    ...(options.population !== undefined ? { population: options.population } : {}),
    ...(options.england !== undefined ? { englandPopulation: options.england } : {}),
    organisations: (options.orgs ?? []).map((id) => ({ id, name: `${id} name` })),
    unreadable: [],
    commitments: answers.map(commitment),
  };
}

const only = (digests: readonly PlanDigest[], options = {}): FrameworkRollup => {
  const { frameworks } = rollUp(digests, options);
  assert.equal(frameworks.length, 1);
  return frameworks[0] as FrameworkRollup;
};

const assessed = (value: number, required: number, shortfall: number, extra: Partial<Extract<AssessmentDigest, { kind: 'assessed' }>> = {}): AssessmentDigest => ({
  kind: 'assessed',
  year: '2023/24',
  projection: false,
  value,
  unit: 'number',
  required,
  meets: shortfall === 0,
  shortfall,
  ...extra,
});

const counts = (c: Partial<Record<CommitmentDigest['status'], number>>) => ({ met: 0, answered: 0, partial: 0, missing: 0, 'not-applicable': 0, ...c });
const noPlans = { covered: 0, overlaps: [] };

describe('roll-up model: whole output objects', () => {
  it('frameworks in name order with the plans on no framework last; each keeps only its own catalog\'s commitments, none dropped without a framework', () => {
    const digests = [
      plan('a', [{ id: 'local-housing', catalogId: 'shared-local', status: 'answered' }], { framework: null }),
      plan('b', [{ id: 'must-do-5-rtt', catalogId: 'planning-2016', status: 'partial' }], { framework: 'planning-2016' }),
      plan('c', [
        { id: 'mh-liaison', status: 'met' },
        { id: 'local-housing', catalogId: 'shared-local', status: 'answered' },
        { id: 'ae-response', status: 'answered', target: { measure: 'minutes', value: 7, unit: 'number', scale: 'duration', direction: 'decrease', by: '2023/24', confirmed: true } },
      ]),
    ];
    const rollup = rollUp(digests);
    assert.deepEqual(rollup.frameworks.map((f) => [f.framework, f.plans.map((p) => p.title), f.matrix.map((r) => r.id)]), [
      ['ltp-2019', ['Plan C'], ['mh-liaison', 'ae-response']],
      ['planning-2016', ['Plan B'], ['must-do-5-rtt']],
      [null, ['Plan A'], ['local-housing']],
    ]);
    assert.deepEqual(rollup.frameworks[0]?.notSummed, [{ id: 'ae-response', title: 'ae-response', scale: 'duration' }]);
    assert.deepEqual(rollup.frameworks[2], {
      framework: null,
      plans: [{ root: root('a'), title: 'Plan A', unreadable: [], foundational: { answered: 0, met: 0, total: 0 } }],
      matrix: [{ id: 'local-housing', title: 'local-housing', area: 'Area', kind: 'transformation', cells: [{ status: 'answered', gap: '' }], counts: counts({ answered: 1 }) }],
      counts: [],
      rates: [],
      notSummed: [],
      population: { ...noPlans, withoutPopulation: [{ root: root('a'), title: 'Plan A', why: 'no footprint population' }] },
    });
  });

  it('rows weakest first: a plan missing it, then partial answers, then how far short (capped), ties in catalog order', () => {
    const decrease: TargetDigest = { measure: 'placements', value: 10, unit: 'number', scale: 'count', direction: 'decrease', by: '2023/24', confirmed: true };
    const rows: readonly [string, Answer['status'], number | undefined, Answer['status'], number | undefined][] = [
      ['all-met', 'met', undefined, 'met', undefined],
      ['tie-first', 'partial', undefined, 'met', undefined],
      ['short-small', 'partial', 0.2, 'met', undefined],
      ['short-big', 'partial', 0.5, 'met', undefined],
      ['two-partial', 'partial', undefined, 'partial', undefined],
      ['tie-second', 'met', undefined, 'partial', undefined],
      ['one-missing', 'missing', undefined, 'met', undefined],
      ['far-short', 'partial', 15, 'met', undefined],
    ];
    const answer = (id: string, status: Answer['status'], shortfall: number | undefined): Answer => ({
      id,
      status,
      ...(shortfall !== undefined ? { target: decrease, trajectory: { '2023/24': 10 * (1 + shortfall) }, assessment: assessed(10 * (1 + shortfall), 10, shortfall) } : {}),
    });
    const p = plan('p', rows.map(([id, status, shortfall]) => answer(id, status, shortfall)), { title: 'Plan P' });
    const q = plan('q', rows.map(([id, , , status, shortfall]) => answer(id, status, shortfall)), { title: 'Plan Q' });
    const framework = only([q, p]);
    // missing × 1000 + partial × 10 + the plans' shortfalls summed, at most 9.99.
    assert.deepEqual(framework.matrix.map((r) => r.id), ['one-missing', 'two-partial', 'far-short', 'short-big', 'short-small', 'tie-first', 'tie-second', 'all-met']);
    assert.deepEqual(framework.matrix[3], {
      id: 'short-big',
      title: 'short-big',
      area: 'Area',
      kind: 'transformation',
      target: decrease,
      cells: [
        { status: 'partial', value: 15, unit: 'number', year: '2023/24', projection: false, required: 10, shortfall: 0.5, gap: '' },
        { status: 'met', gap: '' },
      ],
      counts: counts({ partial: 1, met: 1 }),
    });
  });

  it('plans weakest first: share of foundational commitments met (none counts as all), then fewest answered, then title, then root', () => {
    const f = (id: string, status: Answer['status']): Answer => ({ id, status, kind: 'foundational' });
    const digests = [
      plan('a', [f('f1', 'met'), f('f2', 'partial'), { id: 't1', status: 'missing' }], { title: 'Elm', population: 1000 }),
      plan('b', [f('f1', 'met'), f('f2', 'not-applicable')], { title: 'Beech' }),
      plan('c', [{ id: 't1', status: 'met' }], { title: 'Cedar', population: 2000 }),
      plan('d', [f('f1', 'missing'), f('f2', 'answered')], { title: 'Ash' }),
      plan('e', [f('f1', 'answered'), f('f2', 'missing')], { title: 'Ash' }),
    ];
    assert.deepEqual(only(digests).plans, [
      { root: root('d'), title: 'Ash', unreadable: [], foundational: { answered: 1, met: 0, total: 2 } },
      { root: root('e'), title: 'Ash', unreadable: [], foundational: { answered: 1, met: 0, total: 2 } },
      { root: root('a'), title: 'Elm', population: 1000, unreadable: [], foundational: { answered: 2, met: 1, total: 2 } },
      { root: root('c'), title: 'Cedar', population: 2000, unreadable: [], foundational: { answered: 0, met: 0, total: 0 } },
      { root: root('b'), title: 'Beech', unreadable: [], foundational: { answered: 2, met: 2, total: 2 } },
    ]);
  });

  it('commitments from every plan, the weakest plan\'s digest naming each row; only foundational ones when asked', () => {
    const therapies: TargetDigest = { measure: 'people', value: 1000, unit: 'number', scale: 'count', direction: 'increase', by: '2023/24', confirmed: true };
    const liaison: TargetDigest = { measure: 'hospitals', value: 70, unit: 'percent', scale: 'rate', direction: 'increase', by: '2023/24', confirmed: true };
    const weak = plan('w', [
      { id: 'mh-therapies', status: 'partial', kind: 'foundational', title: 'Therapies', target: therapies, trajectory: { '2023/24': 80 }, assessment: assessed(80, 100, 0.2, { fairShare: 100 }), gap: 'short by 20%' },
      { id: 'mh-liaison', status: 'partial', kind: 'foundational', title: 'Liaison', target: liaison, gap: 'no trajectory', assessment: { kind: 'not-assessed', why: 'no-trajectory' } },
    ]);
    const strong = plan('s', [
      { id: 'mh-liaison', status: 'met', kind: 'foundational', title: 'Liaison (revised)', target: liaison, trajectory: { '2023/24': '75%' }, assessment: assessed(75, 70, 0, { unit: 'percent' }), gap: 'none' },
      { id: 'mh-crisis', status: 'met', kind: 'transformation', title: 'Crisis' },
      { id: 'mh-therapies', status: 'met', kind: 'foundational', title: 'Therapies', target: therapies, trajectory: { '2023/24': 300 } },
    ]);
    const liaisonRow = {
      id: 'mh-liaison',
      title: 'Liaison',
      area: 'Area',
      kind: 'foundational',
      target: liaison,
      cells: [
        { status: 'partial', gap: 'no trajectory' },
        { status: 'met', value: 75, unit: 'percent', year: '2023/24', projection: false, required: 70, shortfall: 0, gap: 'none' },
      ],
      counts: counts({ partial: 1, met: 1 }),
    };
    const therapiesRow = {
      id: 'mh-therapies',
      title: 'Therapies',
      area: 'Area',
      kind: 'foundational',
      target: therapies,
      cells: [{ status: 'partial', value: 80, unit: 'number', year: '2023/24', projection: false, required: 100, fairShare: 100, shortfall: 0.2, gap: 'short by 20%' }, { status: 'met', gap: '' }],
      counts: counts({ partial: 1, met: 1 }),
    };
    const crisisRow = { id: 'mh-crisis', title: 'Crisis', area: 'Area', kind: 'transformation', cells: [undefined, { status: 'met', gap: '' }], counts: counts({ met: 1 }) };
    assert.deepEqual(only([strong, weak]).matrix, [therapiesRow, liaisonRow, crisisRow]);
    assert.deepEqual(only([strong, weak], { foundationalOnly: true }).matrix, [therapiesRow, liaisonRow]);
  });

  it('a count target: summed per year in year order, each plan\'s fair share of the national figure, and every plan left out named with why', () => {
    const target: TargetDigest = { measure: 'people', value: 1000, unit: 'number', scale: 'count', direction: 'increase', by: '2023/24', confirmed: true };
    const answer = (status: Answer['status'], trajectory?: Answer['trajectory']): Answer[] => [{ id: 'other', status: 'met' }, { id: 'count', status, target, ...(trajectory ? { trajectory } : {}) }];
    const footprint = (title: string, population?: number): PlanOptions => ({ title, england: 100_000, ...(population !== undefined ? { population } : {}) });
    const digests = [
      plan('a', answer('met', { '2023/24': 150, '2021/22': 50, '2023-24': 5 }), footprint('Plan A', 10_000)),
      plan('b', answer('partial', { '2022/23': 100, '2023/24': 180 }), footprint('Plan B', 20_000)),
      plan('c', answer('met', { '2023/24': 400 }), footprint('Plan C')),
      plan('d', answer('met', { '2023/24': 400 }), { title: 'Plan D', population: 10_000 }),
      plan('e', answer('not-applicable'), footprint('Plan E', 10_000)),
      plan('f', answer('missing'), footprint('Plan F', 10_000)),
      plan('g', answer('partial'), footprint('Plan G', 10_000)),
      plan('h', answer('met', { '2022/23': '5%', '2023/24': 200 }), footprint('Plan H', 10_000)),
      plan('i', [{ id: 'other', status: 'met' }], footprint('Plan I', 10_000)),
      plan('j', answer('met', { '2022/23': 70 }), footprint('Plan J', 10_000)),
    ];
    const excluded = (name: string, why: string) => ({ root: root(name), title: `Plan ${name.toUpperCase()}`, why });
    assert.deepEqual(only(digests).counts, [
      {
        id: 'count',
        title: 'count',
        kind: 'transformation',
        target,
        years: [
          { year: '2021/22', total: 50, plans: 1 },
          { year: '2022/23', total: 170, plans: 2 },
          { year: '2023/24', total: 330, plans: 2 },
        ],
        year: '2023/24',
        projection: false,
        total: 330,
        balance: -670,
        fairShares: 300,
        balanceAgainstShares: 30,
        contributions: [
          { root: root('b'), title: 'Plan B', value: 180, fairShare: 200, balance: -20 },
          { root: root('a'), title: 'Plan A', value: 150, fairShare: 100, balance: 50 },
        ],
        excluded: [
          excluded('c', 'no footprint population: left out of the sums'),
          excluded('d', 'the framework gives no population for England: no fair share'),
          excluded('e', 'not applicable'),
          excluded('f', 'no response'),
          excluded('g', 'no trajectory'),
          excluded('h', 'trajectory unit differs from the target'),
          excluded('j', 'no value for 2023/24'),
        ],
      },
    ]);
  });

  describe('the year a national sum is compared in', () => {
    const by = (year: string): TargetDigest => ({ measure: 'people', value: 1000, unit: 'number', scale: 'count', direction: 'increase', by: year, confirmed: true });
    const sum = (target: TargetDigest, trajectory: Answer['trajectory'] | undefined) =>
      only([plan('a', [{ id: 'count', status: trajectory ? 'met' : 'partial', target, ...(trajectory ? { trajectory } : {}) }], { population: 10_000, england: 100_000 })]).counts[0];
    const cases: readonly { name: string; by: string; trajectory?: Answer['trajectory']; year: string; projection: boolean; total?: number }[] = [
      { name: 'the target year when a plan gives it', by: '2023/24', trajectory: { '2022/23': 10, '2023/24': 20, '2024/25': 30 }, year: '2023/24', projection: false, total: 20 },
      { name: 'the last year before it when the plans stop short, as a projection', by: '2023/24', trajectory: { '2019/20': 10, '2020/21': 20, '2025/26': 30 }, year: '2020/21', projection: true, total: 20 },
      { name: 'the first year when the target fell due before every plan year', by: '2023/24', trajectory: { '2025/26': 40, '2024/25': 30 }, year: '2024/25', projection: false, total: 30 },
      { name: 'the target year, with nothing summed, when no plan gives a year', by: '2023/24', year: '2023/24', projection: false },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const got = sum(by(c.by), c.trajectory);
        assert.deepEqual([got?.year, got?.projection, got?.total, got?.contributions.length], [c.year, c.projection, c.total, c.total === undefined ? 0 : 1]);
      });
    }

    it('no contribution: no total and no balances, only the empty sums', () => {
      const target = by('2023/24');
      assert.deepEqual(sum(target, undefined), {
        id: 'count',
        title: 'count',
        kind: 'transformation',
        target,
        years: [],
        year: '2023/24',
        projection: false,
        fairShares: 0,
        contributions: [],
        excluded: [{ root: root('a'), title: 'Plan A', why: 'no trajectory' }],
      });
    });
  });

  it('a rate target: the population-weighted mean, values worst first (then by title), no England population needed', () => {
    const target: TargetDigest = { measure: 'hospitals', value: 70, unit: 'percent', scale: 'rate', direction: 'increase', by: '2023/24', confirmed: true };
    const answer = (trajectory: Answer['trajectory']): Answer[] => [{ id: 'rate', status: 'met', target, trajectory }];
    const digests = [
      plan('a', answer({ '2023/24': '80%' }), { population: 100, england: 1000 }),
      plan('b', answer({ '2023/24': '60%' }), { population: 300, england: 1000 }),
      plan('c', answer({ '2023/24': '95%' }), { population: 100 }),
      plan('d', answer({ '2022/23': '50%' }), { population: 100, england: 1000 }),
      plan('e', answer({ '2023/24': '80%' }), { population: 100, england: 1000 }),
    ];
    assert.deepEqual(only(digests).rates, [
      {
        id: 'rate',
        title: 'rate',
        kind: 'transformation',
        target,
        years: [
          { year: '2022/23', mean: 50, population: 100, plans: 1 },
          { year: '2023/24', mean: 72.5, population: 600, plans: 4 },
        ],
        year: '2023/24',
        projection: false,
        mean: 72.5,
        meets: true,
        values: [
          { root: root('b'), title: 'Plan B', value: 60, population: 300 },
          { root: root('a'), title: 'Plan A', value: 80, population: 100 },
          { root: root('e'), title: 'Plan E', value: 80, population: 100 },
          { root: root('c'), title: 'Plan C', value: 95, population: 100 },
        ],
        excluded: [{ root: root('d'), title: 'Plan D', why: 'no value for 2023/24' }],
      },
    ]);
  });

  it('population: England from the plans that give it, footprints summed, plans without one named, organisations in two footprints by id, each plan once', () => {
    const digests = [
      plan('a', [], { population: 400, orgs: ['z-trust', 'z-trust', 'b-trust', 'a-ccg'] }),
      plan('b', [], { population: 600, england: 5000, orgs: ['b-trust', 'z-trust'] }),
      plan('c', [], { england: 5000, orgs: ['c-ccg'] }),
    ];
    const both = [{ root: root('a'), title: 'Plan A' }, { root: root('b'), title: 'Plan B' }];
    assert.deepEqual(only(digests).population, {
      england: 5000,
      uncovered: 4000,
      covered: 1000,
      withoutPopulation: [{ root: root('c'), title: 'Plan C', why: 'no footprint population' }],
      overlaps: [
        { id: 'b-trust', name: 'b-trust name', plans: both },
        { id: 'z-trust', name: 'z-trust name', plans: both },
      ],
    });
  });

  it('text is compared code unit by code unit: before, after or equal', () => {
    assert.deepEqual([compareText('a', 'b'), compareText('b', 'a'), compareText('a', 'a'), compareText('Z', 'a'), compareText('', 'a')], [-1, 1, 0, -1, -1]);
  });
});
