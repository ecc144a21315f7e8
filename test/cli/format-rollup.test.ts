import * as assert from 'node:assert/strict';
import type { CountSum, FrameworkRollup, MatrixRow, RateMean, Rollup } from '../../core/src/index';
import { formatRollupCsv, formatRollupHtml, formatRollupJson, formatRollupMarkdown, formatRollupText } from '../../cli/src/format/rollup';
import { parseCsv, range } from './format-fixtures';

/** `planwright rollup`: the text, Markdown, CSV, JSON and HTML of a hand-made roll-up, line by line. */

const CWD = '/plans';
const A = 'file:///plans/a/';
const B = 'file:///plans/b/';
const none = { met: 0, answered: 0, partial: 0, missing: 0, 'not-applicable': 0 };

const sum: CountSum = {
  id: 'mh-iapt',
  title: 'Talking | therapies',
  kind: 'transformation',
  target: { measure: 'People treated', value: 380_000, unit: 'number', scale: 'count', direction: 'increase', by: '2023/24', confirmed: true },
  years: [
    { year: '2022/23', total: 1500, plans: 1 },
    { year: '2023/24', total: 4000, plans: 2 },
  ],
  year: '2023/24',
  projection: false,
  total: 4000,
  balance: -376_000,
  fairShares: 3800,
  balanceAgainstShares: 200,
  contributions: [
    { root: A, title: 'Plan A', value: 2500, fairShare: 2000, balance: 500 },
    { root: B, title: 'Plan B', value: 1500, fairShare: 1800, balance: -300 },
  ],
  excluded: [{ root: 'file:///plans/c/', title: 'Plan C', why: 'no trajectory' }],
};

function rate(overrides: Partial<RateMean> = {}, target: Partial<RateMean['target']> = {}): RateMean {
  return {
    id: 'mh-rate',
    title: 'Recovery',
    kind: 'foundational',
    target: { measure: 'Recovery rate', value: 50, unit: 'percent', scale: 'rate', direction: 'increase', by: '2023/24', confirmed: true, ...target },
    years: [{ year: '2023/24', mean: 52.456, population: 1_000_000, plans: 2 }],
    year: '2023/24',
    projection: true,
    mean: 52.456,
    meets: true,
    values: [
      { root: A, title: 'Plan A', value: 55, population: 500_000 },
      { root: B, title: 'Plan B', value: 50, population: 500_000 },
    ],
    excluded: [],
    ...overrides,
  };
}

const matrix: MatrixRow[] = [
  {
    id: 'mh-iapt',
    title: 'Talking | therapies',
    area: 'mh',
    kind: 'transformation',
    cells: [{ status: 'partial', value: 2500.004, unit: 'number', year: '2023/24', fairShare: 2000, gap: '-300 short' }, { status: 'missing', gap: '' }],
    counts: { ...none, missing: 1, partial: 1 },
  },
  { id: 'ca-x', title: 'Cancer x', area: 'ca', kind: 'foundational', cells: [undefined, { status: 'not-applicable', gap: 'not our service' }], counts: { ...none, 'not-applicable': 1 } },
];

function framework(overrides: Partial<FrameworkRollup> = {}): FrameworkRollup {
  return {
    framework: 'ltp-2019',
    plans: [
      { root: A, title: 'Plan A', population: 500_000, unreadable: [{ uri: `${A}bad.yaml`, line: 3, reason: 'YAML | syntax' }], foundational: { answered: 2, met: 1, total: 4 } },
      { root: B, title: 'Plan B', unreadable: [], foundational: { answered: 4, met: 3, total: 4 } },
    ],
    matrix,
    counts: [sum],
    rates: [rate()],
    notSummed: [{ id: 'mh-wait', title: 'Waiting | time', scale: 'duration' }],
    population: {
      england: 56_000_000,
      covered: 500_000,
      uncovered: 55_500_000,
      withoutPopulation: [{ root: B, title: 'Plan B', why: 'no population' }],
      overlaps: [{ id: 'shared', name: 'Shared Trust', plans: [{ root: A, title: 'Plan A' }, { root: B, title: 'Plan B' }] }],
    },
    ...overrides,
  };
}

const rollup: Rollup = {
  frameworks: [framework()],
  consistency: [
    {
      organisation: 'shared',
      commitment: 'mh-iapt',
      kind: 'status',
      message: 'Shared Trust | status differs',
      plans: [
        { root: A, title: 'Plan A', uri: `${A}mh.md`, range: range(4, 0, 1) },
        { root: B, title: 'Plan B', uri: `${B}mh.md`, range: range(7, 0, 1) },
      ],
    },
  ],
};

const COUNT = '2 plans add up to 4,000 in 2023/24 against 380,000 nationally: shortfall 376,000; against the sum of their fair shares (3,800): surplus 200.';
const RATE = 'Population-weighted mean of 2 plans (1,000,000 people) in 2023/24 (projection): 52.5%, which meets the national 50%.';

describe('output formats: roll-up', () => {
  it('text: coverage, plans weakest first, sums, means, the matrix counts, the findings across plans', () => {
    assert.equal(
      formatRollupText(rollup, CWD),
      [
        'Roll-up: 2 plans on ltp-2019',
        "  The plans cover 500,000 people of England's 56m (0.89%); 55.5m people are in no plan read here.",
        '  No footprint population, so left out of the sums: Plan B.',
        '  In more than one footprint: Shared Trust (Plan A, Plan B).',
        '',
        'Plans, weakest first:',
        '  Plan A — foundational 1/4 met, 2/4 answered  INCOMPLETE: a/bad.yaml:4 YAML | syntax',
        '  Plan B — foundational 3/4 met, 4/4 answered',
        '',
        'Count targets, the plans summed:',
        `  Talking | therapies (mh-iapt), ≥ 380,000 by 2023/24: ${COUNT} Left out: Plan C (no trajectory).`,
        '',
        'Rate targets, population-weighted:',
        `  Recovery (mh-rate), ≥ 50% by 2023/24: ${RATE}`,
        '',
        'Not summed across plans: mh-wait (duration)',
        '',
        'Commitments, weakest first (missing / partial / answered / met / n/a):',
        '  1 / 1 / 0 / 0 / 0  Talking | therapies (mh-iapt)',
        '  0 / 0 / 0 / 0 / 1  Cancer x (ca-x)',
        '',
        'Consistency across plans:',
        '  a/mh.md:5, b/mh.md:8: Shared Trust | status differs',
        '',
      ].join('\n'),
    );
  });

  it('text: one plan, no framework, nothing summed and no findings across plans leave their sections out', () => {
    const bare = framework({ framework: null, plans: [{ root: A, title: 'Only', unreadable: [], foundational: { answered: 0, met: 0, total: 0 } }], matrix: [], counts: [], rates: [], notSummed: [] });
    const text = formatRollupText({ frameworks: [{ ...bare, population: { covered: 0, withoutPopulation: [], overlaps: [] } }], consistency: [] }, CWD);
    assert.equal(
      text,
      [
        'Roll-up: 1 plan on no framework',
        '  The plans cover 0 people (the framework gives no population for England).',
        '',
        'Plans, weakest first:',
        '  Only — foundational 0/0 met, 0/0 answered',
        '',
        'Commitments, weakest first (missing / partial / answered / met / n/a):',
        '',
      ].join('\n'),
    );
    const left = formatRollupText({ frameworks: [framework({ counts: [{ ...sum, excluded: [{ root: A, title: 'X', why: 'a' }, { root: B, title: 'Y', why: 'b' }] }], rates: [rate({ excluded: [{ root: A, title: 'Z', why: 'c' }] })] })], consistency: [] }, CWD);
    assert.ok(left.includes(`${COUNT} Left out: X (a); Y (b).\n`), left);
    assert.ok(left.includes(`${RATE} Left out: Z (c).\n`), left);
  });

  it('Markdown: the same, as tables for a board paper, cells escaped', () => {
    assert.equal(
      formatRollupMarkdown(rollup, CWD),
      [
        '# Roll-up: 2 plans on `ltp-2019`',
        '',
        "The plans cover 500,000 people of England's 56m (0.89%); 55.5m people are in no plan read here.",
        'No footprint population, so left out of the sums: Plan B.',
        'In more than one footprint: Shared Trust (Plan A, Plan B).',
        '',
        '## Plans, weakest first',
        '',
        '| Plan | Population | Foundational answered | Foundational met | Consistency findings | Unreadable parts |',
        '|---|---|---|---|---|---|',
        '| Plan A | 500,000 | 2/4 | 1/4 | 1 | **incomplete**: `a/bad.yaml:4` YAML \\| syntax |',
        '| Plan B | none given | 4/4 | 3/4 | 1 |  |',
        '',
        '## Count targets: the plans summed',
        '',
        '### Talking \\| therapies (`mh-iapt`): ≥ 380,000 by 2023/24',
        '',
        COUNT,
        '',
        '| Year | 2022/23 | 2023/24 |',
        '|---|---:|---:|',
        "| Plans' total | 1,500 | 4,000 |",
        '| Plans giving a value | 1 | 2 |',
        '',
        '| Plan | 2023/24 | Fair share | Balance |',
        '|---|---:|---:|---|',
        '| Plan A | 2,500 | 2,000 | surplus 500 |',
        '| Plan B | 1,500 | 1,800 | shortfall 300 |',
        '',
        'Left out: Plan C (no trajectory).',
        '',
        '## Rate targets: population-weighted means',
        '',
        '| Commitment | Target | Year | Weighted mean | Plans | Verdict | Left out |',
        '|---|---|---|---:|---:|---|---|',
        '| Recovery (`mh-rate`) | ≥ 50% by 2023/24 | 2023/24 (projection) | 52.5% | 2 | meets |  |',
        '',
        'Not summed across plans: Waiting \\| time (duration).',
        '',
        '## Commitments × plans, weakest first',
        '',
        '| Commitment | Plan A | Plan B |',
        '|---|---|---|',
        '| Talking \\| therapies (`mh-iapt`) | partial: 2,500 in 2023/24 (fair share 2,000) | missing |',
        '| Cancer x (`ca-x`) | — | n/a: not our service |',
        '',
        '## Consistency across plans',
        '',
        '- Shared Trust \\| status differs (`a/mh.md:5`, `b/mh.md:8`)',
        '',
      ].join('\n'),
    );
  });

  const verdicts: [string, RateMean, string][] = [
    ['meets', rate({ projection: false }), '| Recovery (`mh-rate`) | ≥ 50% by 2023/24 | 2023/24 | 52.5% | 2 | meets |  |'],
    ['falls short', rate({ meets: false, excluded: [{ root: A, title: 'P|Q', why: 'no value' }, { root: B, title: 'R', why: 'x' }] }), '| Recovery (`mh-rate`) | ≥ 50% by 2023/24 | 2023/24 (projection) | 52.5% | 2 | falls short | P\\|Q (no value)<br>R (x) |'],
    ['unconfirmed', rate({}, { confirmed: false }), '| Recovery (`mh-rate`) | ≥ 50% by 2023/24 (unconfirmed) | 2023/24 (projection) | 52.5% | 2 | not compared (unconfirmed) |  |'],
    ['no value', rate({ mean: undefined, meets: undefined, values: [] }), '| Recovery (`mh-rate`) | ≥ 50% by 2023/24 | 2023/24 (projection) |  | 0 |  |  |'],
  ];
  for (const [name, r, line] of verdicts) {
    it(`Markdown: a rate that ${name}`, () => {
      const md = formatRollupMarkdown({ frameworks: [framework({ rates: [r] })], consistency: [] }, CWD);
      assert.ok(md.split('\n').includes(line), md);
    });
  }

  it('lists several left-out plans, unreadable parts and unsummed targets in one cell or line; counts each plan\'s own consistency findings', () => {
    const C = 'file:///plans/c/';
    const many = framework({
      plans: [
        { root: A, title: 'Plan A', unreadable: [{ uri: `${A}x.yaml`, line: 0, reason: 'first' }, { uri: `${A}y.md`, line: 9, reason: 'second' }], foundational: { answered: 0, met: 0, total: 1 } },
        { root: B, title: 'Plan B', unreadable: [], foundational: { answered: 1, met: 1, total: 1 } },
      ],
      counts: [{ ...sum, excluded: [{ root: C, title: 'Plan C', why: 'no trajectory' }, { root: C, title: 'Plan D', why: 'no population' }] }],
      notSummed: [{ id: 'mh-wait', title: 'Waiting', scale: 'duration' }, { id: 'ae-index', title: 'Activity', scale: 'index' }],
    });
    const onlyA = { ...rollup.consistency[0], plans: [{ root: A, title: 'Plan A', uri: `${A}mh.md`, range: range(4, 0, 1) }, { root: C, title: 'Plan C', uri: `${C}mh.md`, range: range(1, 0, 1) }] } as Rollup['consistency'][number];
    const both: Rollup = { frameworks: [many], consistency: [...rollup.consistency, onlyA] };
    const text = formatRollupText(both, CWD);
    assert.ok(text.includes('  Plan A — foundational 0/1 met, 0/1 answered  INCOMPLETE: a/x.yaml:1 first; a/y.md:10 second\n'), text);
    assert.ok(text.includes('\nNot summed across plans: mh-wait (duration), ae-index (index)\n'), text);
    const md = formatRollupMarkdown(both, CWD);
    assert.ok(md.includes('| Plan A | none given | 0/1 | 0/1 | 2 | **incomplete**: `a/x.yaml:1` first<br>**incomplete**: `a/y.md:10` second |'), md);
    assert.ok(md.includes('| Plan B | none given | 1/1 | 1/1 | 1 |  |'), md);
    assert.ok(md.includes('\nLeft out: Plan C (no trajectory); Plan D (no population).\n'), md);
    assert.ok(md.includes('\nNot summed across plans: Waiting (duration), Activity (index).\n'), md);
  });

  it('leaves out the sections with nothing in them', () => {
    const md = formatRollupMarkdown({ frameworks: [framework({ counts: [], rates: [], notSummed: [] })], consistency: [] }, CWD);
    assert.ok(!md.includes('## Count targets'), md);
    assert.ok(!md.includes('## Rate targets'), md);
    assert.ok(!md.includes('Not summed'), md);
    assert.ok(md.includes('| Plan B | none given | 4/4 | 3/4 | 0 |  |'), md);
    assert.ok(formatRollupMarkdown({ frameworks: [framework({ framework: null })], consistency: [] }, CWD).startsWith('# Roll-up: 2 plans on `no framework`\n'));
  });

  it('Markdown: a count without yearly totals or contributions writes its sentence only', () => {
    const empty: CountSum = { ...sum, years: [], contributions: [], excluded: [], total: undefined, balance: undefined };
    const md = formatRollupMarkdown({ frameworks: [framework({ counts: [empty], rates: [], notSummed: [] })], consistency: [] }, CWD);
    assert.ok(md.includes('### Talking \\| therapies (`mh-iapt`): ≥ 380,000 by 2023/24\n\nNo plan gives a value for 2023/24: nothing to sum.\n\n## Commitments × plans'), md);
    assert.ok(!md.includes('## Consistency'), md);
  });

  it('CSV: a row per plan and commitment, then the national sum and the weighted mean; numbers plain, text guarded', () => {
    const csv = formatRollupCsv(rollup, CWD);
    assert.ok(csv.endsWith('\r\n'));
    assert.deepEqual(parseCsv(csv), [
      ['framework', 'row', 'plan', 'root', 'commitment', 'title', 'kind', 'status', 'year', 'value', 'fair_share', 'required', 'balance', 'gap'],
      ['ltp-2019', 'plan', 'Plan A', 'a', 'mh-iapt', 'Talking | therapies', 'transformation', 'partial', '2023/24', '2500', '2000', '', '', "'-300 short"],
      ['ltp-2019', 'plan', 'Plan B', 'b', 'mh-iapt', 'Talking | therapies', 'transformation', 'missing', '', '', '', '', '', ''],
      ['ltp-2019', 'plan', 'Plan B', 'b', 'ca-x', 'Cancer x', 'foundational', 'not-applicable', '', '', '', '', '', 'not our service'],
      ['ltp-2019', 'national-sum', '2 plans', '', 'mh-iapt', 'Talking | therapies', 'transformation', '', '2023/24', '4000', '3800', '380000', '-376000', ''],
      ['ltp-2019', 'weighted-mean', '2 plans', '', 'mh-rate', 'Recovery', 'foundational', 'met', '2023/24', '52.46', '', '50', '2.46', ''],
    ]);
  });

  const means: [string, RateMean, string[]][] = [
    ['falls short of a reduction', rate({ meets: false, mean: 12.5 }, { direction: 'decrease', value: 10 }), ['partial', '12.5', '10', '-2.5']],
    ['meets a reduction', rate({ mean: 8 }, { direction: 'decrease', value: 10 }), ['met', '8', '10', '2']],
    ['has no value', rate({ mean: undefined, meets: undefined, values: [] }), ['', '', '50', '']],
  ];
  for (const [name, r, [status, value, required, balance]] of means) {
    it(`CSV: a weighted mean that ${name}`, () => {
      const records = parseCsv(formatRollupCsv({ frameworks: [framework({ framework: null, matrix: [], counts: [], rates: [r] })], consistency: [] }, CWD));
      assert.deepEqual(records.slice(1), [['', 'weighted-mean', `${r.values.length} plans`, '', 'mh-rate', 'Recovery', 'foundational', status, '2023/24', value, '', required, balance, '']]);
    });
  }

  it('CSV: a plan at the current folder has the root "."', () => {
    const here = framework({ plans: [{ root: 'file:///plans/', title: 'Here', unreadable: [], foundational: { answered: 0, met: 0, total: 0 } }], matrix: [{ ...matrix[1] as MatrixRow, cells: [{ status: 'met', gap: '' }] }], counts: [], rates: [] });
    assert.deepEqual(parseCsv(formatRollupCsv({ frameworks: [here], consistency: [] }, CWD))[1]?.slice(2, 4), ['Here', '.']);
  });

  it('JSON: the roll-up with every root and file relative to the current folder', () => {
    const json = JSON.parse(formatRollupJson(rollup, CWD)) as Rollup;
    const f = json.frameworks[0];
    assert.deepEqual(f?.plans.map((p) => [p.root, p.title, p.unreadable.map((u) => u.uri)]), [
      ['a', 'Plan A', ['a/bad.yaml']],
      ['b', 'Plan B', []],
    ]);
    assert.deepEqual(json.consistency[0]?.plans.map((p) => [p.root, p.uri, p.range.start.line]), [
      ['a', 'a/mh.md', 4],
      ['b', 'b/mh.md', 7],
    ]);
    assert.deepEqual(f?.counts[0]?.contributions.map((c) => [c.root, c.title, c.value]), [
      ['a', 'Plan A', 2500],
      ['b', 'Plan B', 1500],
    ]);
    assert.equal(f?.counts[0]?.title, 'Talking | therapies');
    const here = JSON.parse(formatRollupJson({ frameworks: [framework({ plans: [{ root: 'file:///plans/', title: 'file:///plans/', unreadable: [], foundational: { answered: 0, met: 0, total: 0 } }] })], consistency: [] }, CWD)) as Rollup;
    assert.deepEqual([here.frameworks[0]?.plans[0]?.root, here.frameworks[0]?.plans[0]?.title], ['.', 'file:///plans/']);
  });

  it('HTML: a self-contained page with files as relative places, or "No plan found."', () => {
    const page = formatRollupHtml(rollup, CWD);
    assert.ok(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n<title>Plans rolled up</title>`));
    assert.ok(page.includes('Plan A <code>a/mh.md:5</code>'), 'a consistency finding names its file and line');
    assert.ok(page.includes('YAML | syntax <code>a/bad.yaml:4</code>'), 'an unreadable part names its file and line');
    assert.ok(!page.includes('<p>No plan found.</p>'));
    assert.ok(page.endsWith('</body>\n</html>\n'));
    assert.ok(formatRollupHtml({ frameworks: [], consistency: [] }, CWD).includes('<body>\n<p>No plan found.</p>\n</body>'));
  });
});
