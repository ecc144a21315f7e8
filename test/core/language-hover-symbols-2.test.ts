import * as assert from 'node:assert/strict';
import { language, type DocumentSymbol, type InlayHint, type Range } from '../../core/src/index';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';
import { targetCatalog, targetManifest, targetResponse } from '../helpers/target-model';

/** The outline, workspace symbols, code lenses of a catalog, folding, and inlay hints beside trajectory values. */

const r = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({ start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } });
const WHOLE = r(0, 0, 10_000, 0);

/** A symbol as the outline gives it: headings carry no detail, blocks and responses their type. */
function sym(name: string, kind: DocumentSymbol['kind'], range: Range, selectionRange: Range, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  return { name, kind, range, selectionRange, children, ...(detail ? { detail } : {}) };
}

describe('document symbols and folding', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const chapter = lines(
    'Some words before any heading.', '', '```finance', 'unit: £m', '```', '',
    '# Mental health', '',
    '## Talking therapies', '', '```commitment', 'id: mh-talking-therapies', 'status: at-risk', '```', '',
    '### Detail', '', '```commitment', 'status: on-track', '```', '',
    '## Crisis', '', '```commitment', 'id: mh-crisis-care', 'status: on-track', '```', '',
    '#', '', '```commitment', 'id: ics-by-2021', 'status: on-track', '```',
    '```finance',
  );
  const data = lines('responses:', '  - id: mh-talking-therapies', '    status: on-track', '  - status: on-track', '  - id: pc-networks', '    status: at-risk');
  const project = projectOf({ 'plan.yaml': manifest(), 'a.md': chapter, 'data/r.yaml': data });

  it('nests headings by level, puts each block under the heading above it (named by its response id, else its type), and a block before any heading at the top', () => {
    assert.deepEqual(language.documentSymbols(project, `${PLAN_ROOT}a.md`), [
      sym('finance', 'block', r(2, 0, 4, 3), r(2, 3, 2, 10), [], 'finance'),
      sym('Mental health', 'heading', r(6, 0, 6, 15), r(6, 0, 6, 15), [
        sym('Talking therapies', 'heading', r(8, 0, 8, 20), r(8, 0, 8, 20), [
          sym('mh-talking-therapies', 'block', r(10, 0, 13, 3), r(11, 4, 11, 24), [], 'commitment'),
          sym('Detail', 'heading', r(15, 0, 15, 10), r(15, 0, 15, 10), [sym('commitment', 'block', r(17, 0, 19, 3), r(17, 3, 17, 13), [], 'commitment')]),
        ]),
        sym('Crisis', 'heading', r(21, 0, 21, 9), r(21, 0, 21, 9), [sym('mh-crisis-care', 'block', r(23, 0, 26, 3), r(24, 4, 24, 18), [], 'commitment')]),
      ]),
      sym('(untitled)', 'heading', r(28, 0, 28, 1), r(28, 0, 28, 1), [
        sym('ics-by-2021', 'block', r(30, 0, 33, 3), r(31, 4, 31, 15), [], 'commitment'),
        sym('finance', 'block', r(34, 0, 34, 10), r(34, 3, 34, 10), [], 'finance'),
      ]),
    ]);
  });

  it('outlines a YAML-only file by its responses that have an id', () => {
    assert.deepEqual(language.documentSymbols(project, `${PLAN_ROOT}data/r.yaml`), [
      sym('mh-talking-therapies', 'response', r(1, 4, 3, 0), r(1, 8, 1, 28), [], 'response'),
      sym('pc-networks', 'response', r(4, 4, 5, 19), r(4, 8, 4, 19), [], 'response'),
    ]);
  });

  it('outlines nothing for a file the project does not hold', () => {
    assert.deepEqual(language.documentSymbols(project, `${PLAN_ROOT}missing.md`), []);
  });

  it('folds every block of more than one line, not the unclosed fence on the last line', () => {
    assert.deepEqual(language.foldingRanges(project, `${PLAN_ROOT}a.md`), [
      { startLine: 2, endLine: 4 }, { startLine: 10, endLine: 13 }, { startLine: 17, endLine: 19 }, { startLine: 23, endLine: 26 }, { startLine: 30, endLine: 33 },
    ]);
  });
});

describe('workspace symbols', () => {
  const OTHER = 'file:///plans/other/';
  const local = lines(
    'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
    'areas: [{ id: local-area, title: Local area }]',
    'commitments:',
    '  - { id: local-housing, area: local-area, kind: transformation, title: Warm Homes grants, summary: S, guidance: G, source: { title: Board paper } }',
  );
  const project = projectOf({
    'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
    'local.catalog.yaml': local,
    'a.md': lines('```commitment', 'id: local-housing', 'status: on-track', '```', '```commitment', 'id: mh-liaison', 'status: on-track', '```'),
  });
  project.setFile(`${OTHER}plan.yaml`, manifest().replace('  title: Test plan\n', ''));
  project.setFile(`${OTHER}b.md`, lines('```commitment', 'id: mh-liaison', 'status: on-track', '```'));
  const localHousing = { name: 'local-housing', kind: 'commitment', containerName: 'Warm Homes grants', location: { uri: `${PLAN_ROOT}local.catalog.yaml`, range: r(3, 10, 3, 23) } };

  it('finds a commitment by a word of its title only', () => {
    assert.deepEqual(language.workspaceSymbols(project, 'warm'), [localHousing]);
  });

  it('finds a commitment and its responses by its id, whatever the case, each response under its plan\'s title', () => {
    assert.deepEqual(language.workspaceSymbols(project, 'HOUSING'), [localHousing, { name: 'local-housing', kind: 'response', containerName: 'Test plan', location: { uri: `${PLAN_ROOT}a.md`, range: r(1, 4, 1, 17) } }]);
  });

  it('lists a commitment two plans share once, and each plan\'s response (under the root of a plan without a title)', () => {
    const ltp = [...testEngine().builtinCatalogs.values()].find((c) => c.id === 'ltp-2019');
    assert.deepEqual(language.workspaceSymbols(project, 'liaison'), [
      { name: 'mh-liaison', kind: 'commitment', containerName: 'Mental health liaison in every acute hospital', location: { uri: ltp?.uri, range: r(821, 8, 821, 18) } },
      { name: 'mh-liaison', kind: 'response', containerName: OTHER, location: { uri: `${OTHER}b.md`, range: r(1, 4, 1, 14) } },
      { name: 'mh-liaison', kind: 'response', containerName: 'Test plan', location: { uri: `${PLAN_ROOT}a.md`, range: r(5, 4, 5, 14) } },
    ]);
  });

  it('finds nothing for a query nothing matches, and everything for an empty query', () => {
    assert.deepEqual(language.workspaceSymbols(project, 'zzz'), []);
    const all = language.workspaceSymbols(project, '');
    const ltpCount = [...testEngine().builtinCatalogs.values()].find((c) => c.id === 'ltp-2019')?.commitments.length ?? 0;
    assert.deepEqual([all.filter((s) => s.kind === 'commitment').length, all.filter((s) => s.kind === 'response').map((s) => s.name)], [ltpCount + 1, ['mh-liaison', 'local-housing', 'mh-liaison']]);
  });
});

describe('code lenses', () => {
  const catalogs = [...testEngine().builtinCatalogs.values()];
  const ltp = catalogs.find((c) => c.id === 'ltp-2019');
  const mtpf = catalogs.find((c) => c.id === 'mtpf-2026');
  const OTHER = 'file:///plans/other/';
  const project = projectOf({
    'plan.yaml': manifest(),
    'a.md': lines('We will work on [[mh-liaison]].', '', '```commitment', 'id: mh-liaison', 'status: on-track', 'lead: test-mh', '```', '', '```commitment', 'id: ics-by-2021', 'status: on-track', '```'),
    // The second milestone's owner is written with the commitment's id by mistake: that names an organisation, not the commitment.
    'data/m.yaml': lines('milestones:', '  - what: liaison teams', '    by: 2020-01', '    commitment: mh-liaison', '  - what: liaison review', '    by: 2021-01', '    owner: mh-liaison'),
  });
  project.setFile(`${OTHER}plan.yaml`, manifest());
  project.setFile(`${OTHER}b.md`, lines('```commitment', 'id: mh-liaison', 'status: on-track', '```'));

  it('in a built-in catalog: how many responses each commitment has across the plans, with every place its id names the commitment', () => {
    assert.ok(ltp);
    const lenses = language.codeLenses(project, ltp.uri);
    assert.deepEqual(lenses.map((l) => l.range), ltp.commitments.map((c) => c.idRange));
    const byId = (id: string) => lenses[ltp.commitments.findIndex((c) => c.id === id)];
    assert.deepEqual(byId('mh-liaison'), {
      range: r(821, 8, 821, 18),
      title: '2 responses',
      locations: [{ uri: `${OTHER}b.md`, range: r(1, 4, 1, 14) }, { uri: `${PLAN_ROOT}a.md`, range: r(0, 18, 0, 28) }, { uri: `${PLAN_ROOT}a.md`, range: r(3, 4, 3, 14) }, { uri: `${PLAN_ROOT}data/m.yaml`, range: r(3, 16, 3, 26) }],
    });
    const ics = ltp.commitments.find((c) => c.id === 'ics-by-2021');
    assert.deepEqual(byId('ics-by-2021'), { range: ics?.idRange, title: '1 response', locations: [{ uri: `${PLAN_ROOT}a.md`, range: r(9, 4, 9, 15) }] });
    const first = ltp.commitments[0];
    assert.deepEqual(byId(first?.id ?? ''), { range: first?.idRange, title: '0 responses', locations: [] });
  });

  it('in another built-in catalog: that catalog\'s entries; in a file outside every plan and catalog: none', () => {
    assert.ok(mtpf);
    const lenses = language.codeLenses(project, mtpf.uri);
    assert.deepEqual(lenses.map((l) => [l.range, l.title]), mtpf.commitments.map((c) => [c.idRange, '0 responses']));
    assert.deepEqual(language.codeLenses(project, 'file:///elsewhere/notes.md'), []);
  });

  it('a response marked not-applicable without a reason is missing; with one, not applicable with the reason', () => {
    const chapter = lines('```commitment', 'id: mh-liaison', 'status: not-applicable', '```', '```commitment', 'id: ics-by-2021', 'status: not-applicable', 'reason: Already an ICS.', '```');
    assert.deepEqual(language.codeLenses(projectOf({ 'plan.yaml': manifest(), 'a.md': chapter }), `${PLAN_ROOT}a.md`), [
      { range: r(0, 0, 3, 3), title: 'missing: marked not-applicable without a reason' },
      { range: r(4, 0, 8, 3), title: 'not applicable: Already an ICS.' },
    ]);
  });
});

describe('inlay hints: which, where, and in what order', () => {
  const hintsOf = (files: Record<string, string>, file: string, range: Range = WHOLE): InlayHint[] => language.inlayHints(projectOf(files), PLAN_ROOT + file, range);

  it('a system line summed from the organisations says so beside the first organisation\'s value; each organisation\'s own check does not', () => {
    const COUNT = ['value: 56300', 'scale: count', 'direction: increase', 'by: 2021/22', 'organisations: { applies-to: each-acute-provider, floor: 650 }'];
    const chapter = targetResponse({ status: 'at-risk' }, 'organisations:', '  test-hospital:', '    trajectory: { 2021/22: 700 }', '  north-acute:', '    trajectory: { 2021/22: 500 }');
    assert.deepEqual(hintsOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...COUNT), 'a.md': chapter }, 'a.md'), [
      { position: { line: 5, character: 30 }, label: 'sum of the organisations, fair share 1,250: 50.3 short', tooltip: '2021/22: 1,200 against a fair share of 1,250 (56,300 × 1,250,000 ÷ 56.3m) (higher is better): 50.3 short. The target: the measure' },
      { position: { line: 5, character: 30 }, label: 'target 650: met', tooltip: '`test-hospital`: 2021/22: 700 against 650 (the 650 floor for each acute provider) (higher is better): met' },
      { position: { line: 7, character: 30 }, label: 'target 650: 150 short', tooltip: '`north-acute`: 2021/22: 500 against 650 (the 650 floor for each acute provider) (higher is better): 150 short' },
    ]);
  });

  it('hints come in document order: organisation lines written above the system line come first, with no "sum" on a given system line', () => {
    const RULE = ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2021/22', 'organisations: { applies-to: each-acute-provider, floor: "60%" }'];
    const chapter = targetResponse({ status: 'at-risk' }, 'organisations:', '  test-hospital:', '    trajectory: { 2021/22: "58%" }', '  north-acute:', '    trajectory: { 2021/22: "65%" }', 'trajectory: { 2019/20: "60%", 2021/22: "72%" }');
    const hints = hintsOf({ 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...RULE), 'a.md': chapter }, 'a.md');
    assert.deepEqual(hints.map((h) => [h.position, h.label]), [
      [{ line: 5, character: 32 }, 'target 60%: 2 points short'],
      [{ line: 7, character: 32 }, 'target 60%: met'],
      [{ line: 8, character: 44 }, 'target 70%: met'],
    ]);
  });

  describe('only the hints inside the range, its ends included', () => {
    // A YAML-only file: the response ends exactly where its last value does.
    const data = lines('responses:', '  - id: t-measure', '    status: at-risk', '    trajectory:', '      2021/22: "71%"', '      2023/24: "90%"');
    const files = { 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog('value: "70%"', 'scale: rate', 'direction: increase', 'by: 2021/22', 'milestones: [{ value: "92%", by: 2023/24 }]'), 'data/r.yaml': data };
    const FIRST = { position: { line: 4, character: 20 }, label: 'target 70%: met', tooltip: '2021/22: 71% against 70% (higher is better): met. The target: the measure' };
    const SECOND = { position: { line: 5, character: 20 }, label: 'target 92%: 2 points short', tooltip: '2023/24: 90% against 92% (higher is better): 2 points short. The target: the measure' };
    const cases: [string, Range, InlayHint[]][] = [
      ['the whole file: both', WHOLE, [FIRST, SECOND]],
      ['a range that is just the first hint\'s position', r(4, 20, 4, 20), [FIRST]],
      ['a range that is just the last hint\'s position, where the response ends', r(5, 20, 5, 20), [SECOND]],
      ['a range ending one character before the first hint', r(0, 0, 4, 19), []],
      ['a range starting one character after the first hint, ending before the second', r(4, 21, 5, 19), []],
      ['a range after the response', r(5, 21, 6, 0), []],
    ];
    for (const [name, range, expected] of cases) it(name, () => assert.deepEqual(hintsOf(files, 'data/r.yaml', range), expected));
  });
});
