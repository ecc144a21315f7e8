import * as assert from 'node:assert/strict';
import { formatDiffJson, formatDiffMarkdown, formatDiffText, type CoverageSummary, type DisplayPath, type Finding, type PlanDiff } from '../../core/src/index';

/**
 * `planwright diff`'s three outputs of hand-made diffs, line by line: every kind of change a
 * plan can show (added, removed, changed, unchanged), each status and trajectory form, the
 * assessment wordings, escaping in Markdown and the paths as the caller displays them.
 */

const HEADER = { base: 'draft|v1', commit: '0123456789abcdef0123456789abcdef01234567' };
/** Paths relative to file:///plans/ (the plans' folder itself shows as '' and then '.'). */
const display: DisplayPath = (uri) => uri.replace(/^file:\/\/\/plans\/?/, '');

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 9 } });
const summary = (answered: number, met: number, findings: number): CoverageSummary => ({
  foundational: { answered, met, total: 12 },
  counts: { met, answered, partial: 3, missing: 4, 'not-applicable': 1 },
  findings,
});
const finding = (ruleId: string, message: string, line: number, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId,
  message,
  severity,
  uri: 'file:///plans/north/mh.md',
  range: range(line),
});

const changed: PlanDiff = {
  root: 'file:///plans/north/',
  title: 'North *and* Co',
  change: 'changed',
  summary: { before: summary(5, 2, 7), after: summary(6, 3, 4) },
  responsesAdded: [{ id: 'mh-liaison', title: 'Liaison | psychiatry', uri: 'file:///plans/north/mh.md', range: range(9) }],
  responsesRemoved: [{ id: 'cancer-62-day', title: 'Cancer 62 days', uri: 'file:///plans/north/cancer.md', range: range(0) }],
  statuses: [
    { id: 'mh-talking-therapies', title: 'Talking therapies', coverage: ['partial', 'met'], declared: ['at-risk', 'on-track'] },
    { id: 'mh-liaison', title: 'Liaison', coverage: ['missing', 'partial'] },
    { id: 'cancer-faster', title: 'Faster diagnosis', declared: [undefined, 'on-track'] },
    { id: 'a-and-e', title: 'A&E', declared: ['on-track', undefined] },
  ],
  trajectories: [
    {
      id: 'mh-talking-therapies',
      title: 'Talking therapies',
      unit: 'number',
      years: [
        { year: '2022/23', before: 12_500, after: 12_500.5 },
        { year: '2023/24', before: 15_000 },
        { year: '2024/25', after: 20_000 },
      ],
      before: { kind: 'assessed', year: '2023/24', projection: false, value: 15_000, unit: 'number', required: 19_004, fairShare: 19_004, meets: false, shortfall: 0.2107 },
      after: { kind: 'assessed', year: '2023/24', projection: true, value: 20_000, unit: 'number', required: 19_004, fairShare: 19_004, meets: true, shortfall: 0 },
    },
    {
      id: 'cancer-62-day',
      title: 'Cancer `62` days',
      unit: 'percent',
      years: [{ year: '2023/24', before: 80, after: 85 }],
      before: { kind: 'assessed', year: '2023/24', projection: false, value: 80, unit: 'percent', required: 85, meets: false, shortfall: 0.058 },
      after: { kind: 'not-assessed', why: 'no-target-year' },
    },
    { id: 'mh-liaison', title: 'Liaison', unit: 'percent', years: [{ year: '2023/24', after: 70 }] },
  ],
  findingsNew: [finding('trajectory-target', 'Short of <the> target', 4), finding('plain-language', 'Say "use" [not] utilise', 6, 'information')],
  findingsResolved: [finding('missing-response', 'No response\nto cancer', 0, 'error')],
};
const added: PlanDiff = { root: 'file:///plans/', title: 'Top', change: 'added', summary: { after: summary(1, 0, 2) }, responsesAdded: [], responsesRemoved: [], statuses: [], trajectories: [], findingsNew: [], findingsResolved: [] };
const removed: PlanDiff = { ...added, root: 'file:///plans/south/', title: 'South', change: 'removed', summary: { before: summary(2, 1, 0) } };
const unchanged: PlanDiff = { ...added, root: 'file:///plans/west/', title: 'West', change: 'unchanged', summary: { before: summary(3, 3, 1), after: summary(3, 3, 1) } };
const onlyResolved: PlanDiff = { ...unchanged, root: 'file:///plans/east/', title: 'East', change: 'changed', findingsResolved: [finding('waiver-expired', 'Waiver ended', 2)] };

describe('diff output: text, Markdown and JSON', () => {
  it('text: the header with the commit cut to 12 characters; per plan its summaries, responses, statuses, trajectories and findings', () => {
    assert.deepEqual(formatDiffText([changed, added, removed, unchanged], HEADER, display).split('\n'), [
      'Changes since draft|v1 (0123456789ab):',
      '',
      'North *and* Co (north/): changed',
      '  before: foundational 5/12 answered, 2 met; 2 met, 3 partial, 4 missing, 1 n/a; 7 findings',
      '  after:  foundational 6/12 answered, 3 met; 3 met, 3 partial, 4 missing, 1 n/a; 4 findings',
      '  + response to mh-liaison (north/mh.md:10)',
      '  - response to cancer-62-day (was north/cancer.md:1)',
      '  ~ mh-talking-therapies: coverage partial → met; status at-risk → on-track',
      '  ~ mh-liaison: coverage missing → partial',
      '  ~ cancer-faster: status none → on-track',
      '  ~ a-and-e: status on-track → none',
      '  ~ mh-talking-therapies trajectory: 2022/23 12,500 → 12,501, 2023/24 15,000 → none, 2024/25 none → 20,000',
      '      target: short by 21% (15,000 in 2023/24 against fair share 19,004) → meets (20,000 in 2023/24 against fair share 19,004)',
      '  ~ cancer-62-day trajectory: 2023/24 80% → 85%',
      '      target: short by 6% (80% in 2023/24 against target 85%) → no target year',
      '  ~ mh-liaison trajectory: 2023/24 none → 70%',
      '      target: none → none',
      '  new finding: north/mh.md:5 warning Short of <the> target [trajectory-target]',
      '  new finding: north/mh.md:7 information Say "use" [not] utilise [plain-language]',
      // The text output is for a terminal: a line break in a message is kept.
      '  resolved: north/mh.md:1 error No response',
      'to cancer [missing-response]',
      '',
      'Top (.): new plan',
      '  before: —',
      '  after:  foundational 1/12 answered, 0 met; 0 met, 3 partial, 4 missing, 1 n/a; 2 findings',
      '',
      'South (south/): plan removed',
      '  before: foundational 2/12 answered, 1 met; 1 met, 3 partial, 4 missing, 1 n/a; 0 findings',
      '  after:  —',
      '',
      'West (west/): unchanged',
      '  before: foundational 3/12 answered, 3 met; 3 met, 3 partial, 4 missing, 1 n/a; 1 findings',
      '  after:  foundational 3/12 answered, 3 met; 3 met, 3 partial, 4 missing, 1 n/a; 1 findings',
      '',
    ]);
  });

  it('text and Markdown with no plan in either version say so', () => {
    assert.equal(formatDiffText([], HEADER, display), 'Changes since draft|v1 (0123456789ab):\n\nNo plan found in either version.\n');
    assert.equal(formatDiffMarkdown([], HEADER, display), '## Plan changes since `draft\\|v1` (0123456789ab)\n\nNo plan found in either version.\n');
  });

  it('Markdown: the count of changed plans, a before/after table, sections only where something changed, escaped text', () => {
    assert.deepEqual(formatDiffMarkdown([changed, added, unchanged], HEADER, display).split('\n'), [
      '## Plan changes since `draft\\|v1` (0123456789ab)',
      '',
      '2 of 3 plans changed.',
      '',
      '### North \\*and\\* Co (`north/`): changed',
      '',
      '| | Before | After |',
      '|---|---|---|',
      '| Foundational answered | 5/12 | 6/12 |',
      '| Foundational met | 2/12 | 3/12 |',
      '| Met / partial / missing / n/a | 2 / 3 / 4 / 1 | 3 / 3 / 4 / 1 |',
      '| Findings | 7 | 4 |',
      '',
      '**Responses**',
      '',
      '- added: Liaison \\| psychiatry (`mh-liaison`), `north/mh.md:10`',
      '- removed: Cancer 62 days (`cancer-62-day`), was `north/cancer.md:1`',
      '',
      '**Statuses changed**',
      '',
      '| Commitment | Coverage | Declared status |',
      '|---|---|---|',
      '| Talking therapies (`mh-talking-therapies`) | partial → met | at-risk → on-track |',
      '| Liaison (`mh-liaison`) | missing → partial |  |',
      '| Faster diagnosis (`cancer-faster`) |  | none → on-track |',
      '| A&E (`a-and-e`) |  | on-track → none |',
      '',
      '**Trajectories**',
      '',
      '| Commitment | Values, before → after | Target year, before → after |',
      '|---|---|---|',
      '| Talking therapies (`mh-talking-therapies`) | 2022/23: 12,500 → 12,501<br>2023/24: 15,000 → none<br>2024/25: none → 20,000 | short by 21% (15,000 in 2023/24 against fair share 19,004) → meets (20,000 in 2023/24 against fair share 19,004) |',
      '| Cancer \\`62\\` days (`cancer-62-day`) | 2023/24: 80% → 85% | short by 6% (80% in 2023/24 against target 85%) → no target year |',
      '| Liaison (`mh-liaison`) | 2023/24: none → 70% | none → none |',
      '',
      '**Findings**: 2 new, 1 resolved',
      '',
      '<details><summary>New (2)</summary>',
      '',
      '- `north/mh.md:5` warning: Short of \\<the\\> target (`trajectory-target`)',
      '- `north/mh.md:7` information: Say "use" \\[not\\] utilise (`plain-language`)',
      '',
      '</details>',
      '',
      '<details><summary>Resolved (1)</summary>',
      '',
      '- `north/mh.md:1` error: No response to cancer (`missing-response`)',
      '',
      '</details>',
      '',
      '### Top (`.`): new plan',
      '',
      '| | Before | After |',
      '|---|---|---|',
      '| Foundational answered | — | 1/12 |',
      '| Foundational met | — | 0/12 |',
      '| Met / partial / missing / n/a | — | 0 / 3 / 4 / 1 |',
      '| Findings | — | 2 |',
      '',
      '### West (`west/`): unchanged',
      '',
      '| | Before | After |',
      '|---|---|---|',
      '| Foundational answered | 3/12 | 3/12 |',
      '| Foundational met | 3/12 | 3/12 |',
      '| Met / partial / missing / n/a | 3 / 3 / 4 / 1 | 3 / 3 / 4 / 1 |',
      '| Findings | 1 | 1 |',
      '',
    ]);
  });

  it('Markdown: one plan is "plan", not "plans"; a plan with only resolved findings lists no "New" section; a backslash is escaped', () => {
    const text = formatDiffMarkdown([{ ...onlyResolved, title: 'East\\side' }], { base: 'main', commit: 'abc' }, display);
    assert.deepEqual(text.split('\n').filter((line) => !line.startsWith('|')), [
      '## Plan changes since `main` (abc)',
      '',
      '1 of 1 plan changed.',
      '',
      '### East\\\\side (`east/`): changed',
      '',
      '',
      '**Findings**: 0 new, 1 resolved',
      '',
      '<details><summary>Resolved (1)</summary>',
      '',
      '- `north/mh.md:3` warning: Waiver ended (`waiver-expired`)',
      '',
      '</details>',
      '',
    ]);
  });

  it('JSON: the base, the commit in full and the plans, with every root and file shown as the caller displays it', () => {
    const json = formatDiffJson([changed, added], HEADER, display);
    assert.ok(json.endsWith('}\n'));
    assert.equal(json.split('\n')[1], '  "base": "draft|v1",', 'indented by two spaces');
    const parsed = JSON.parse(json) as { base: string; commit: string; plans: PlanDiff[] };
    assert.equal(parsed.commit, HEADER.commit);
    assert.deepEqual(
      parsed.plans.map((p) => p.root),
      ['north/', '.'],
    );
    assert.deepEqual(parsed.plans[0]?.responsesRemoved[0], { id: 'cancer-62-day', title: 'Cancer 62 days', uri: 'north/cancer.md', range: range(0) });
    assert.deepEqual(parsed.plans[0]?.findingsResolved.map((f) => f.uri), ['north/mh.md']);
    // Only "root" and "uri" are paths: a title that looks like one is left alone.
    assert.equal(formatDiffJson([{ ...added, title: 'file:///plans/x' }], HEADER, display).includes('"title": "file:///plans/x"'), true);
    // Everything else as it was (JSON has no undefined: a status with none before has null).
    const shown = JSON.parse(JSON.stringify(changed).replaceAll('file:///plans/', '')) as PlanDiff;
    assert.deepEqual(parsed.plans[0], shown);
    assert.equal(parsed.plans[0]?.statuses[2]?.declared?.[0], null);
  });
});
