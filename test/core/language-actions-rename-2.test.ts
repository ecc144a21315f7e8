import * as assert from 'node:assert/strict';
import { applyEdits, language, PlanProject, ruleDocsUrl, type FileEdit, type Location, type Position, type Range } from '../../core/src/index';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';

/**
 * Renaming commitment and organisation ids across plans (with the refusals
 * and prepare-rename ranges), document links, references, occurrences and
 * the YAML path at the cursor.
 */

const OTHER = 'file:///plans/other/';
const A = `${PLAN_ROOT}a.md`;
const PLAN = `${PLAN_ROOT}plan.yaml`;
const CATALOG = `${PLAN_ROOT}local.catalog.yaml`;
const SHARED = `${OTHER}shared.catalog.yaml`;
const span = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });
const at = (line: number, character: number): Position => ({ line, character });

const entry = (id: string, url: string): string => `  - { id: ${id}, area: local-area, kind: transformation, title: T, summary: s, guidance: g, source: { title: t, url: ${url} } }`;
const catalog = (id: string, ...entries: string[]): string =>
  lines(`catalog: { id: ${id}, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }`, 'areas: [{ id: local-area, title: Local area }]', 'commitments:', ...entries, '');

/** This plan with two local catalogs (one kept in the other plan's folder), and another plan with its own. */
const FILES: Readonly<Record<string, string>> = {
  [PLAN]: manifest('catalogs: [local.catalog.yaml, ../other/shared.catalog.yaml]'),
  [CATALOG]: catalog('local', entry('local-hospital', 'https://example.org/hospital'), entry('local-housing', '"see https://example.org/housing"'), entry("'local-transport'", 'ftp://example.org/transport')),
  [A]: lines(
    'We will [[local-hospital]] and [[mh-crisis-care]].', //  0
    '', //                                                    1
    '```commitment', //                                       2
    'id: local-hospital', //                                  3
    'status: on-track', //                                    4
    "lead: 'test-cvs'", //                                    5
    'partners: ["test-ccg", local-hospital]', //              6
    'trajectory: { 2023/24: 93% }', //                        7
    '```', //                                                 8
    '', //                                                    9
    'See also [[mh-no-such-thing]].', //                     10
    '',
  ),
  [`${OTHER}plan.yaml`]: manifest('catalogs: [own.catalog.yaml]'),
  [`${OTHER}own.catalog.yaml`]: catalog('own', entry('own-clinic', 'https://example.org/own')),
  [SHARED]: catalog('shared', entry('shared-hub', 'https://example.org/hub')),
  [`${OTHER}b.md`]: 'We mention [[local-hospital]] and [[own-clinic]].\n',
};

function twoPlans(): PlanProject {
  const project = new PlanProject(testEngine());
  for (const [uri, text] of Object.entries(FILES)) project.setFile(uri, text);
  return project;
}

const edit = (uri: string, range: Range, newText: string): FileEdit => ({ uri, range, newText });

describe('renaming a local-catalog commitment', () => {
  const project = twoPlans();

  it('renames its catalog entry and its uses in the plans of that catalog only, and nothing else of the same name', () => {
    const result = language.rename(project, A, at(3, 6), 'local-hospital-at-home');
    assert.deepEqual(result, {
      edits: [edit(CATALOG, span(3, 10, 24), 'local-hospital-at-home'), edit(A, span(0, 10, 24), 'local-hospital-at-home'), edit(A, span(3, 4, 18), 'local-hospital-at-home')],
    });
    assert.ok(!('error' in result));
    const chapter = FILES[A] ?? '';
    assert.equal(applyEdits(chapter, result.edits.filter((e) => e.uri === A)), chapter.replace('[[local-hospital]]', '[[local-hospital-at-home]]').replace('id: local-hospital', 'id: local-hospital-at-home'));
  });

  const refusals: { name: string; newName: string; error?: string }[] = [
    { name: 'another commitment of the same catalog', newName: 'local-housing', error: '`local-housing` is already a commitment of the catalog `local`' },
    { name: 'a commitment of the plan\'s other local catalog', newName: 'shared-hub', error: '`shared-hub` is already a commitment of the catalog `shared`' },
    { name: 'a commitment of the built-in framework', newName: 'mh-liaison', error: '`mh-liaison` is already a commitment of the catalog `ltp-2019`' },
    { name: 'a commitment only another plan\'s catalog has (allowed)', newName: 'own-clinic' },
  ];
  for (const c of refusals) {
    it(`to ${c.name}`, () => {
      const result = language.rename(project, A, at(3, 6), c.newName);
      if (c.error === undefined) assert.deepEqual(result, { edits: [edit(CATALOG, span(3, 10, 24), c.newName), edit(A, span(0, 10, 24), c.newName), edit(A, span(3, 4, 18), c.newName)] });
      else assert.deepEqual(result, { error: c.error });
    });
  }
});

describe('what can be renamed, and where the id is', () => {
  const project = twoPlans();
  const cases: { name: string; uri: string; position: Position; expected: unknown }[] = [
    { name: 'a commitment id whose first and last letters match: the whole id', uri: A, position: at(3, 6), expected: { range: span(3, 4, 18), placeholder: 'local-hospital' } },
    { name: 'a single-quoted organisation: inside the quotes', uri: A, position: at(5, 9), expected: { range: span(5, 7, 15), placeholder: 'test-cvs' } },
    { name: 'a double-quoted organisation: inside the quotes', uri: A, position: at(6, 14), expected: { range: span(6, 12, 20), placeholder: 'test-ccg' } },
    { name: 'a single-quoted catalog entry: inside the quotes', uri: CATALOG, position: at(5, 14), expected: { range: span(5, 11, 26), placeholder: 'local-transport' } },
    { name: 'an entry of a catalog kept in another plan\'s folder', uri: SHARED, position: at(3, 12), expected: { range: span(3, 10, 20), placeholder: 'shared-hub' } },
    {
      name: 'a built-in commitment, in a plan with local catalogs: refused',
      uri: A,
      position: at(0, 40),
      expected: { error: '`mh-crisis-care` is defined by the built-in catalog `ltp-2019`: only footprint organisation ids and the ids of a plan\'s local catalogs can be renamed' },
    },
    { name: 'a commitment no catalog has: refused', uri: A, position: at(10, 14), expected: { error: '`mh-no-such-thing` is not a commitment of any catalog, so there is nothing to rename' } },
    {
      name: 'a year: nothing to rename',
      uri: A,
      position: at(7, 16),
      expected: { error: 'nothing to rename here: put the cursor on a footprint organisation id or on the id of a commitment from a local catalog' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(language.prepareRename(project, c.uri, c.position), c.expected));
  }
});

/** One word used as a rule, a commitment mention and an organisation: each use is its own kind. */
const HOMONYMS = lines(
  '<!-- planwright-disable engagement: the board asked for it -->', //     0
  'We will [[engagement]] with [[test-cvs]] and [[mh-crisis-care]].', //  1
  '', //                                                                  2
  '```commitment', //                                                     3
  'id: mh-crisis-care', //                                                4
  'status: on-track', //                                                  5
  'lead: test-cvs', //                                                    6
  'partners: [engagement, mh-crisis-care]', //                            7
  '```', //                                                               8
  '',
);

describe('names of one kind are not taken for another', () => {
  const project = projectOf({ 'plan.yaml': manifest(), 'a.md': HOMONYMS });
  const where = (locations: readonly Location[]) => locations.map((l) => [l.uri.slice(PLAN_ROOT.length), l.range]);

  it('links only the rule id to its documentation', () => {
    assert.deepEqual(language.documentLinks(project, A), [{ range: span(0, 24, 34), target: ruleDocsUrl('engagement'), tooltip: 'Documentation of engagement' }]);
  });

  it('a rule id has no references', () => {
    assert.deepEqual(language.references(project, A, at(0, 26), true), []);
  });

  it('an organisation\'s references are its uses as an organisation', () => {
    assert.deepEqual(where(language.references(project, A, at(6, 8), false)), [['a.md', span(6, 6, 14)], ['plan.yaml', span(16, 12, 20)]]);
  });

  it('a commitment\'s references are its mentions and responses, not another commitment nor an organisation field', () => {
    assert.deepEqual(where(language.references(project, A, at(1, 32), true)), [['a.md', span(1, 30, 38)]]);
    assert.deepEqual(where(language.references(project, A, at(4, 6), false)), [['a.md', span(1, 47, 61)], ['a.md', span(4, 4, 18)]]);
  });

  it('renaming an organisation leaves a commitment mention of the same name', () => {
    assert.deepEqual(language.rename(project, A, at(6, 8), 'anyshire-cvs'), {
      edits: [edit(A, span(6, 6, 14), 'anyshire-cvs'), edit(PLAN, span(12, 12, 20), 'anyshire-cvs'), edit(PLAN, span(16, 12, 20), 'anyshire-cvs')],
    });
  });

  it('a place in a chapter is never taken for the catalog entry at the same line and column', () => {
    const idRange = testEngine().builtinCatalogs.get('ltp-2019')?.commitments[0]?.idRange;
    assert.ok(idRange);
    const prose = Array.from({ length: idRange.start.line + 3 }, (_, i) => `Line ${i} of the narrative about local services.`);
    const chapter = projectOf({ 'plan.yaml': manifest(), 'a.md': lines(...prose, '') });
    assert.deepEqual(language.references(chapter, A, at(idRange.start.line, idRange.start.character + 1), true), []);
  });
});

describe('document links of local catalogs', () => {
  const project = twoPlans();

  it('only a source URL that starts with http(s)', () => {
    assert.deepEqual(language.documentLinks(project, CATALOG), [{ range: span(3, 126, 154), target: 'https://example.org/hospital', tooltip: 'Open the source' }]);
  });

  it('a catalog kept in another plan\'s folder, named only by this plan', () => {
    assert.deepEqual(language.documentLinks(project, SHARED), [{ range: span(3, 122, 145), target: 'https://example.org/hub', tooltip: 'Open the source' }]);
  });
});

describe('occurrences of years and their order', () => {
  it('years of finance and workforce series, in document order', () => {
    const text = lines('```finance', 'unit: £m', 'income: { 2019/20: 100 }', '```', '', '```workforce', 'groups:', '  - group: Nurses', '    supply: { 2023/24: 10 }', '```', '', 'See [[mh-liaison]].', '');
    const document = projectOf({ 'plan.yaml': manifest(), 'a.md': text }).document(A);
    assert.ok(document);
    assert.deepEqual(language.occurrences(document).map((o) => [o.kind, o.value, o.range.start.line, o.range.start.character]), [
      ['block-type', 'finance', 0, 3],
      ['year', '2019/20', 2, 10],
      ['block-type', 'workforce', 5, 3],
      ['year', '2023/24', 8, 14],
      ['commitment', 'mh-liaison', 11, 6],
    ]);
  });

  it('the plan period\'s years in plan.yaml, with its manifest', () => {
    const project = projectOf({ 'plan.yaml': manifest() });
    const document = project.document(PLAN);
    assert.ok(document);
    const years = language.occurrences(document, project.analyze(PLAN_ROOT).context.manifest).filter((o) => o.kind === 'year');
    assert.deepEqual(years.map((o) => [o.value, o.range]), [['2019/20', span(3, 19, 26)], ['2023/24', span(3, 33, 40)]]);
  });
});

describe('the YAML path at the cursor, more shapes', () => {
  const cases: { name: string; lines: string[]; line: number; character?: number; path: string[] }[] = [
    { name: 'lines after the cursor\'s are not read', lines: ['a:', '  b: 1', 'c:'], line: 1, path: ['a'] },
    { name: 'an indented line with nothing above it', lines: ['  x: 1'], line: 0, path: [] },
    { name: 'a line of spaces: the cursor\'s column counts, not the spaces', lines: ['a:', '  b:', '    c: 1', '    '], line: 3, character: 2, path: ['a'] },
    { name: 'an indented comment line: the cursor\'s column counts', lines: ['a:', '  b:', '    c:', '  # note'], line: 3, character: 8, path: ['a', 'b', 'c'] },
    { name: 'a key followed by a bare "#" is a parent', lines: ['trajectory: #', '  2019/20: 1'], line: 1, path: ['trajectory'] },
    { name: 'a key followed by spaces is a parent', lines: ['trajectory:  ', '  2019/20: 1'], line: 1, path: ['trajectory'] },
    { name: 'a dash alone is a list item', lines: ['partners:', '  -'], line: 1, path: ['partners', '[]'] },
    { name: 'an item with several spaces after its dash', lines: ['groups:', '  -   demand:', '        2019/20: 1'], line: 2, path: ['groups', '[]', 'demand'] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(language.yamlPathAt(c.lines, c.line, c.character), c.path));
  }
});
