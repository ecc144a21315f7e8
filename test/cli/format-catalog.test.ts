import * as assert from 'node:assert/strict';
import type { CatalogListing, CommitmentListing, TargetListing } from '../../core/src/index';
import { describeRule, describeTargetLine, formatCatalogIndexMarkdown, formatCatalogIndexText, formatCatalogMarkdown, formatCatalogText } from '../../cli/src/format/catalog';

/** `planwright catalog`: how a target and an organisation rule read, and the text and Markdown listings (the generated docs). */

type Milestone = TargetListing['milestones'][number];
const milestone = (value: string, by: string, more: Partial<Milestone> = {}): Milestone => ({ value, by, timing: 'year', confirmed: true, ...more });

function target(overrides: Partial<TargetListing>): TargetListing {
  return {
    measure: 'Access rate',
    value: '65%',
    scale: 'rate',
    unit: null,
    baseYear: null,
    change: null,
    direction: 'increase',
    timing: 'year',
    by: '2025/26',
    standing: false,
    ambition: false,
    confirmed: true,
    milestones: [milestone('65%', '2025/26')],
    organisations: null,
    note: null,
    ...overrides,
  };
}

type Rule = NonNullable<TargetListing['organisations']>;
const rule = (overrides: Partial<Rule>): Rule => ({ appliesTo: 'each-acute-provider', floor: null, improvement: null, improvementAs: 'points', whichever: 'greater', by: '2025/26', confirmed: true, note: null, ...overrides });

function commitment(overrides: Partial<CommitmentListing>): CommitmentListing {
  return { id: 'mh-a', kind: 'transformation', area: 'mh', areaTitle: 'Mental health', title: 'Talking therapies', deadline: null, target: null, source: null, ...overrides };
}

function listing(overrides: Partial<CatalogListing>): CatalogListing {
  return { id: 'test-cat', title: 'Test catalog', version: '1.2', period: { start: '2019/20', end: '2023/24' }, builtin: true, population: null, source: null, commitments: [], ...overrides };
}

describe('output formats: catalog listings', () => {
  const targets: [string, Partial<TargetListing>, string][] = [
    ['a rate', {}, '≥ 65% by 2025/26 (rate, higher is better)'],
    ['a count to reduce, in March', { scale: 'count', direction: 'decrease', milestones: [milestone('30', '2023/24', { timing: 'month' })] }, '≤ 30 by 2023/24, in March (count, lower is better)'],
    ['an average for the year', { milestones: [milestone('65%', '2025/26', { timing: 'year-average' })] }, '≥ 65% by 2025/26, average for the year (rate, higher is better)'],
    ['a duration in weeks', { scale: 'duration', unit: 'weeks', direction: 'decrease', milestones: [milestone('18', '2023/24')] }, '≤ 18 weeks by 2023/24 (duration, lower is better)'],
    ['a duration without a unit', { scale: 'duration', direction: 'decrease', milestones: [milestone('18', '2023/24')] }, '≤ 18 by 2023/24 (duration, lower is better)'],
    ['a unit on a rate (not shown)', { unit: 'weeks' }, '≥ 65% by 2025/26 (rate, higher is better)'],
    ['an index of a base year', { scale: 'index', baseYear: '2019/20', milestones: [milestone('110', '2023/24')] }, '≥ 110 of 2019/20 by 2023/24 (index, higher is better)'],
    ['an index without a base year', { scale: 'index', milestones: [milestone('110', '2023/24')] }, '≥ 110 by 2023/24 (index, higher is better)'],
    ['a base year on a rate (not shown)', { baseYear: '2019/20' }, '≥ 65% by 2025/26 (rate, higher is better)'],
    ['a relative change', { change: 'relative' }, '≥ 65% by 2025/26 (rate, relative, higher is better)'],
    ['an ambition', { ambition: true, milestones: [milestone('65%', '2025/26'), milestone('70%', '2026/27')] }, 'up to 65% by 2025/26; then up to 70% by 2026/27 (rate, higher is better)'],
    [
      'milestones, one unconfirmed',
      { milestones: [milestone('65%', '2025/26', { timing: 'month' }), milestone('92%', '2028/29', { confirmed: false })] },
      '≥ 65% by 2025/26, in March; then ≥ 92% by 2028/29 (unconfirmed) (rate, higher is better)',
    ],
    [
      'an unconfirmed target (its milestones are not flagged one by one)',
      { confirmed: false, milestones: [milestone('65%', '2025/26', { confirmed: false }), milestone('92%', '2028/29', { confirmed: false })] },
      '≥ 65% by 2025/26; then ≥ 92% by 2028/29 (rate, higher is better) [unconfirmed: shown, not enforced]',
    ],
    ['a standing standard', { standing: true }, '≥ 65% by 2025/26 (rate, higher is better) [standing: every year from then]'],
    ['an unconfirmed standing standard', { standing: true, confirmed: false }, '≥ 65% by 2025/26 (rate, higher is better) [standing: every year from then; unconfirmed: shown, not enforced]'],
  ];
  for (const [name, overrides, text] of targets) {
    it(`describes ${name}`, () => assert.equal(describeTargetLine(target(overrides)), text));
  }

  const rules: [string, Rule | null, string | undefined][] = [
    ['no rule', null, undefined],
    ['points or a floor', rule({ improvement: '5%', floor: '60%' }), 'each acute provider: baseline + 5 points or 60% floor, whichever is greater, by 2025/26'],
    ['points written without %', rule({ improvement: '5' }), 'each acute provider: baseline + 5 points, by 2025/26'],
    ['a relative improvement, the lesser', rule({ improvement: '10%', improvementAs: 'relative', floor: '50%', whichever: 'less' }), 'each acute provider: baseline + 10% of it or 50% floor, whichever is less, by 2025/26'],
    ['a floor only, unconfirmed, with a note', rule({ floor: '60%', confirmed: false, note: 'from the guidance', appliesTo: 'each-mental-health-provider' }), 'each mental health provider: 60% floor, by 2025/26 (unconfirmed: shown, not enforced); from the guidance'],
  ];
  for (const [name, organisations, text] of rules) {
    it(`describes an organisation rule: ${name}`, () => assert.equal(describeRule(target({ organisations })), text));
  }

  it('describes a reduction per organisation as baseline minus', () => {
    assert.equal(describeRule(target({ direction: 'decrease', organisations: rule({ improvement: '10%', improvementAs: 'relative' }) })), 'each acute provider: baseline - 10% of it, by 2025/26');
  });

  const full = listing({
    population: { value: 56_300_000, year: 2019, confirmed: false, vintage: null, source: { title: 'ONS | mid-year', ref: 'table 1', url: 'https://example.org/ons' } },
    source: { title: 'The plan', url: 'https://example.org/plan' },
    commitments: [
      commitment({ target: target({ organisations: rule({ floor: '60%' }) }), source: { title: 'Chapter 3', ref: 'para 3.1' }, deadline: '2023/24' }),
      commitment({ id: 'ca-b', kind: 'foundational', area: 'ca', areaTitle: 'Cancer', title: 'Screening | uptake' }),
      commitment({ id: 'mh-c', title: 'Crisis care', target: target({ measure: 'Crisis teams' }) }),
    ],
  });

  it('lists a catalog as text: the header, then a block per commitment', () => {
    assert.equal(
      formatCatalogText(full),
      [
        'test-cat: Test catalog',
        '  version: 1.2',
        '  period: 2019/20 to 2023/24',
        '  fair-share population: 56,300,000 (England, 2019, unconfirmed); source: ONS | mid-year, table 1, https://example.org/ons',
        '  source: The plan, https://example.org/plan',
        '  3 commitments',
        '',
        'mh-a (transformation, mh): Talking therapies',
        '  target: Access rate: ≥ 65% by 2025/26 (rate, higher is better)',
        '  per organisation: each acute provider: 60% floor, by 2025/26',
        '  deadline: 2023/24',
        '  source: Chapter 3, para 3.1',
        '',
        'ca-b (foundational, ca): Screening | uptake',
        '',
        'mh-c (transformation, mh): Crisis care',
        '  target: Crisis teams: ≥ 65% by 2025/26 (rate, higher is better)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(formatCatalogText(listing({ version: null, period: null })).split('\n').slice(0, 5), ['test-cat: Test catalog', '  version: -', '  period: -', '  fair-share population: none (no fair shares)', '  0 commitments']);
    const confirmed = listing({ population: { value: 1_250_000, year: 2020, confirmed: true, vintage: null, source: null } });
    assert.equal(formatCatalogText(confirmed).split('\n')[3], '  fair-share population: 1,250,000 (England, 2020)');
  });

  it('lists a catalog as Markdown: the header as a list, then a table per area, cells escaped', () => {
    assert.equal(
      formatCatalogMarkdown(full),
      [
        '<!-- Generated by `planwright catalog test-cat --format md` (scripts/generate-catalog-docs.mjs); do not edit by hand. -->',
        '',
        '# test-cat: Test catalog',
        '',
        '- Version: 1.2',
        '- Period: 2019/20 to 2023/24',
        '- Fair-share population: 56,300,000 (England, 2019, unconfirmed); source: ONS \\| mid-year, table 1, https://example.org/ons',
        '- Source: [The plan](https://example.org/plan)',
        '- Commitments: 3',
        '',
        '## Mental health',
        '',
        '| id | kind | title | target | source |',
        '|---|---|---|---|---|',
        '| `mh-a` | transformation | Talking therapies | Access rate: ≥ 65% by 2025/26 (rate, higher is better)<br>per organisation: each acute provider: 60% floor, by 2025/26 | Chapter 3, para 3.1 |',
        '| `mh-c` | transformation | Crisis care | Crisis teams: ≥ 65% by 2025/26 (rate, higher is better) |  |',
        '',
        '## Cancer',
        '',
        '| id | kind | title | target | source |',
        '|---|---|---|---|---|',
        '| `ca-b` | foundational | Screening \\| uptake |  |  |',
        '',
      ].join('\n'),
    );
    const bare = formatCatalogMarkdown(listing({ version: null, period: null, title: 'A  |\nB', commitments: [commitment({ title: ' padded\n', source: { title: 'S', url: 'https://s', ref: 'p  1' } })] }));
    assert.ok(bare.includes('\n# test-cat: A \\| B\n\n- Version: -\n- Period: -\n- Fair-share population: none (no fair shares)\n- Commitments: 1\n'), bare);
    assert.ok(bare.includes('| `mh-a` | transformation | padded |  | [S](https://s), p 1 |'), bare);
  });

  const index = [
    listing({ id: 'ltp-2019', title: 'Long Term Plan', commitments: [commitment({}), commitment({})] }),
    listing({ id: 'mine', title: 'Our | own', builtin: false, period: null, version: null, population: { value: 600_000, year: 2021, confirmed: true, vintage: null, source: null } }),
  ];

  it('lists the catalogs as text, in aligned columns', () => {
    assert.equal(
      formatCatalogIndexText(index),
      ['ltp-2019  built-in  2019/20-2023/24    2 commitments  Long Term Plan', 'mine      local            -           0 commitments  Our | own', ''].join('\n'),
    );
    const [a, b] = formatCatalogIndexText(index).split('\n');
    assert.equal(a?.indexOf('commitments'), b?.indexOf('commitments'), 'a catalog without a period shifts the columns');
  });

  it('lists the catalogs as a Markdown table', () => {
    assert.equal(
      formatCatalogIndexMarkdown(index),
      [
        '| id | catalog | version | period | commitments | fair-share population |',
        '|---|---|---|---|---|---|',
        '| `ltp-2019` | Long Term Plan | 1.2 | 2019/20 to 2023/24 | 2 | none (no fair shares) |',
        '| `mine` (local) | Our \\| own | - | - | 0 | 600,000 (England, 2021) |',
        '',
      ].join('\n'),
    );
  });
});
