import * as assert from 'node:assert/strict';
import {
  balanceText,
  cellText,
  countSentence,
  PlanProject,
  planDigest,
  populationSentences,
  rateSentence,
  rollupTargetText,
  type CountSum,
  type FrameworkRollup,
  type PopulationCover,
  type RateMean,
  type TargetDigest,
} from '../../core/src/index';
import { lines, testEngine } from '../helpers/engine';

/** What a plan's digest keeps from its analysis, and the words the roll-up's figures are written in. */

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');

function planYaml(title: string, options: { population?: number; framework?: string }): string {
  const old = options.framework === 'planning-2016';
  return lines(
    'plan:',
    `  title: ${title}`,
    `  framework: ${options.framework ?? 'ltp-2019'}`,
    `  period: { start: ${old ? '2016/17' : '2019/20'}, end: ${old ? '2020/21' : '2023/24'} }`,
    '  clinical-lead: Dr T. Test',
    'footprint:',
    ...(options.population !== undefined ? [`  population: ${options.population}`] : []),
    '  organisations:',
    `    - { id: ${title.toLowerCase().replace(' ', '-')}-ccg, name: ${title} CCG, type: ccg }`,
    'engagement:',
    '  - { with: public, how: listening events }',
    '',
  );
}

const england = (): number => testEngine().builtinCatalogs.get('ltp-2019')?.population?.value ?? NaN;

describe('roll-up model: plan digests', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const digests = () => {
    const project = new PlanProject(testEngine());
    const set = (plan: string, path: string, text: string) => project.setFile(`file:///plans/${plan}/${path}`, text);
    set('a', 'plan.yaml', planYaml('Plan A', { population: 563_000 }));
    set(
      'a',
      'mh.md',
      lines(
        block('mh-talking-therapies', 'at-risk', 'lead: plan-a-ccg', 'trajectory: { 2023/24: 15000 }'),
        block('mh-talking-therapies', 'on-track', 'lead: plan-a-ccg', 'partners: [plan-a-ccg]', 'trajectory: { 2022/23: 12000, 2023/24: 20000 }'),
        block('cancer-early-diagnosis', 'on-track', 'trajectory: { 2022/23: 60%, 2023/24: 65% }'),
        block('mh-liaison', 'on-track', 'bogus-field: 1'),
      ),
    );
    set('a', 'bad.md', '```commitment\nid: [unclosed\n```\n');
    set('a', 'open.md', '# Open\n\n```commitment\nid: mh-crisis\n');
    project.setUnreadable('file:///plans/a/notes.md', 'the file is binary, not text');
    set('b', 'plan.yaml', planYaml('Plan B', { population: 0 }));
    set('c', 'plan.yaml', planYaml('Plan C', { framework: 'planning-2016' }));
    return project.analyzeAll().map(planDigest);
  };

  it('the footprint: population and England\'s population only when above zero; files or blocks that could not be read, and nothing else', () => {
    assert.deepEqual(
      digests().map(({ commitments: _commitments, ...rest }) => rest),
      [
        {
          root: 'file:///plans/a/',
          title: 'Plan A',
          framework: 'ltp-2019',
          population: 563_000,
          englandPopulation: england(),
          organisations: [{ id: 'plan-a-ccg', name: 'Plan A CCG' }],
          unreadable: [
            { uri: 'file:///plans/a/bad.md', line: 1, reason: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
            { uri: 'file:///plans/a/notes.md', line: 0, reason: 'the file is binary, not text' },
            { uri: 'file:///plans/a/open.md', line: 2, reason: 'the commitment block is not closed: add a closing fence line' },
          ],
        },
        { root: 'file:///plans/b/', title: 'Plan B', framework: 'ltp-2019', englandPopulation: england(), organisations: [{ id: 'plan-b-ccg', name: 'Plan B CCG' }], unreadable: [] },
        { root: 'file:///plans/c/', title: 'Plan C', framework: 'planning-2016', organisations: [{ id: 'plan-c-ccg', name: 'Plan C CCG' }], unreadable: [] },
      ],
    );
  });

  it('a commitment answered twice: target, coverage, assessment and the response assessed; a target beyond the plan is assessed as a projection', () => {
    const [a] = digests();
    const entry = (id: string) => a?.commitments.find((c) => c.id === id);
    const fairShare = (1_900_000 * 563_000) / england();
    const range = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 24 } });
    assert.deepEqual(entry('mh-talking-therapies'), {
      id: 'mh-talking-therapies',
      title: 'Widen access to talking therapies',
      area: 'Mental health',
      kind: 'foundational',
      catalogId: 'ltp-2019',
      target: { measure: 'adults and older adults entering NHS talking therapies (IAPT) treatment a year, in total', value: 1_900_000, unit: 'number', scale: 'count', direction: 'increase', by: '2023/24', confirmed: true },
      status: 'met',
      gap: 'none',
      assessment: { kind: 'assessed', year: '2023/24', projection: false, value: 20_000, unit: 'number', required: fairShare, fairShare, meets: true, shortfall: 0 },
      chosen: 1,
      responses: [
        { uri: 'file:///plans/a/mh.md', range: range(1), status: 'at-risk', lead: 'plan-a-ccg', partners: [], trajectory: [{ year: '2023/24', value: 15_000, unit: 'number' }] },
        {
          uri: 'file:///plans/a/mh.md',
          range: range(8),
          status: 'on-track',
          lead: 'plan-a-ccg',
          partners: ['plan-a-ccg'],
          trajectory: [
            { year: '2022/23', value: 12_000, unit: 'number' },
            { year: '2023/24', value: 20_000, unit: 'number' },
          ],
        },
      ],
    });
    // 60% to 65%: five points a year carried on to 2028/29 gives 90%.
    assert.deepEqual(entry('cancer-early-diagnosis')?.assessment, { kind: 'assessed', year: '2028/29', projection: true, value: 90, unit: 'percent', required: 75, meets: true, shortfall: 0 });
    assert.deepEqual(entry('mh-liaison')?.assessment, { kind: 'not-assessed', why: 'no-trajectory' });
  });
});

describe('roll-up model: words', () => {
  const target = (t: Partial<TargetDigest>): TargetDigest => ({ measure: 'm', value: 1_900_000, unit: 'number', scale: 'count', direction: 'increase', by: '2023/24', confirmed: true, ...t });

  it('a target: its sign by direction, percent unit, unconfirmed said', () => {
    assert.deepEqual(
      [rollupTargetText(target({})), rollupTargetText(target({ direction: 'decrease', value: 5, unit: 'percent', by: '2020/21', confirmed: false }))],
      ['≥ 1,900,000 by 2023/24', '≤ 5% by 2020/21 (unconfirmed)'],
    );
  });

  it('a balance: exactly on, surplus or shortfall, in the unit given', () => {
    assert.deepEqual([balanceText(0), balanceText(200), balanceText(-600.4), balanceText(-12.5, 'percent')], ['exactly on', 'surplus 200', 'shortfall 600', 'shortfall 12.5%']);
  });

  it('a matrix cell: status, gap, value with year, projection and what it is held to', () => {
    const cases: readonly [Parameters<typeof cellText>[0], string][] = [
      [undefined, '—'],
      [{ status: 'not-applicable', gap: 'commissioned by the region' }, 'n/a: commissioned by the region'],
      [{ status: 'missing', gap: 'no response' }, 'missing'],
      [{ status: 'answered', gap: '' }, 'answered'],
      [{ status: 'partial', value: 4000, unit: 'number', year: '2023/24', projection: true, fairShare: 3800.4, required: 3800.4, shortfall: 0, gap: '' }, 'partial: 4,000 in 2023/24 (projection) (fair share 3,800)'],
      [{ status: 'met', value: 75, unit: 'percent', year: '2023/24', projection: false, required: 70, shortfall: 0, gap: '' }, 'met: 75% in 2023/24 (target 70%)'],
      [{ status: 'met', value: 12, unit: 'number', year: '2022/23', gap: '' }, 'met: 12 in 2022/23'],
    ];
    assert.deepEqual(cases.map(([cell]) => cellText(cell)), cases.map(([, text]) => text));
  });

  const sum = (s: Partial<CountSum>): CountSum => ({
    id: 'c',
    title: 'C',
    kind: 'foundational',
    target: target({ value: 1000 }),
    years: [],
    year: '2023/24',
    projection: false,
    fairShares: 0,
    contributions: [],
    excluded: [],
    ...s,
  });
  const contribution = { root: 'file:///plans/a/', title: 'A', value: 150, fairShare: 100, balance: 50 };

  it('a count sum: nothing to sum; one plan as a projection against the national figure; two plans against an unconfirmed one', () => {
    assert.deepEqual(
      [
        countSentence(sum({})),
        countSentence(sum({ year: '2022/23', projection: true, total: 150, balance: -850, fairShares: 100, balanceAgainstShares: 50, contributions: [contribution] })),
        countSentence(sum({ target: target({ value: 1000, confirmed: false }), total: 300, balance: -700, fairShares: 300, balanceAgainstShares: 0, contributions: [contribution, contribution] })),
      ],
      [
        'No plan gives a value for 2023/24: nothing to sum.',
        '1 plan adds up to 150 in 2022/23 (the plans\' last year before the target year) against 1,000 nationally: shortfall 850; against the sum of their fair shares (100): surplus 50.',
        '2 plans add up to 300 in 2023/24 (national figure unconfirmed: not compared); against the sum of their fair shares (300): exactly on.',
      ],
    );
  });

  const rate = (r: Partial<RateMean>): RateMean => ({
    id: 'r',
    title: 'R',
    kind: 'foundational',
    target: target({ value: 70, unit: 'percent', scale: 'rate' }),
    years: [{ year: '2023/24', mean: 65, population: 1_250_000, plans: 2 }],
    year: '2023/24',
    projection: false,
    values: [],
    excluded: [],
    ...r,
  });
  const value = { root: 'file:///plans/a/', title: 'A', value: 65, population: 625_000 };

  it('a rate mean: none given; meets; falls short as a projection; not compared when unconfirmed', () => {
    assert.deepEqual(
      [
        rateSentence(rate({ years: [] })),
        rateSentence(rate({ mean: 75, meets: true, values: [value] })),
        rateSentence(rate({ mean: 65, meets: false, projection: true, values: [value, value] })),
        rateSentence(rate({ target: target({ value: 70, unit: 'percent', scale: 'rate', confirmed: false }), mean: 65, meets: false, values: [value, value] })),
      ],
      [
        'No plan gives a value for 2023/24.',
        'Population-weighted mean of 1 plan (1,250,000 people) in 2023/24: 75%, which meets the national 70%.',
        'Population-weighted mean of 2 plans (1,250,000 people) in 2023/24 (projection): 65%, which falls short of the national 70%.',
        'Population-weighted mean of 2 plans (1,250,000 people) in 2023/24: 65%, which is not compared with (unconfirmed) the national 70%.',
      ],
    );
  });

  const framework = (population: PopulationCover): FrameworkRollup => ({ framework: 'ltp-2019', plans: [], matrix: [], counts: [], rates: [], notSummed: [], population });
  const plans = [
    { root: 'file:///plans/a/', title: 'Plan A' },
    { root: 'file:///plans/b/', title: 'Plan B' },
  ];

  const cover: readonly { name: string; population: PopulationCover; sentences: string[] }[] = [
    {
      name: 'part of England covered, the rest in no plan; plans without a population and shared organisations named',
      population: {
        england: 56_400_000,
        covered: 14_100_000,
        uncovered: 42_300_000,
        withoutPopulation: [{ root: 'file:///plans/a/', title: 'Plan A', why: 'no footprint population' }, { root: 'file:///plans/c/', title: 'Plan C', why: 'no footprint population' }],
        overlaps: [
          { id: 'b-trust', name: 'B Trust', plans },
          { id: 'z-trust', name: 'Z Trust', plans },
        ],
      },
      sentences: [
        'The plans cover 14.1m people of England\'s 56.4m (25%); 42.3m people are in no plan read here.',
        'No footprint population, so left out of the sums: Plan A, Plan C.',
        'In more than one footprint: B Trust (Plan A, Plan B); Z Trust (Plan A, Plan B).',
      ],
    },
    {
      name: 'all of England covered exactly',
      population: { england: 1_000_000, covered: 1_000_000, uncovered: 0, withoutPopulation: [], overlaps: [] },
      sentences: ['The plans cover 1,000,000 people of England\'s 1,000,000 (100%); 0 people are in no plan read here.'],
    },
    {
      name: 'footprints adding up to more than England',
      population: { england: 1_000_000, covered: 1_200_000, uncovered: -200_000, withoutPopulation: [], overlaps: [] },
      sentences: ['The plans cover 1,200,000 people of England\'s 1,000,000 (120%); the footprints add up to 200,000 more than England: overlaps or wrong populations.'],
    },
    {
      name: 'England\'s population given as zero: no share',
      population: { england: 0, covered: 500, uncovered: -500, withoutPopulation: [], overlaps: [] },
      sentences: ['The plans cover 500 people of England\'s 0; the footprints add up to 500 more than England: overlaps or wrong populations.'],
    },
    {
      name: 'no England population in the framework',
      population: { covered: 500, withoutPopulation: [], overlaps: [] },
      sentences: ['The plans cover 500 people (the framework gives no population for England).'],
    },
  ];
  for (const c of cover) {
    it(`population: ${c.name}`, () => {
      assert.deepEqual(populationSentences(framework(c.population)), c.sentences);
    });
  }
});
