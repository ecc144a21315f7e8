import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { language, type Location } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';

/**
 * Go to definition and find references in the core: from a commitment id to
 * its catalog entry and to every response and mention of it; from an
 * organisation id to the footprint and to its every use in the plan.
 */

const CHAPTER = lines('# Mental health', '', 'We will widen [[mh-crisis-care]] access.', '', '```commitment', 'id: mh-crisis-care', 'status: at-risk', 'lead: test-mh', 'partners: [test-ccg]', '```', '');
const OTHER = lines('# Again', '', 'See [[mh-crisis-care]], led by the trust.', '', '```milestones', '- { what: Open the line, by: 2020-03-31, commitment: mh-crisis-care, owner: test-mh }', '```', '');

/** The text a location covers, from the plan's files or the catalog on disk. */
function textAt(files: Readonly<Record<string, string>>, location: Location): string {
  const text = location.uri.startsWith(PLAN_ROOT) ? (files[location.uri.slice(PLAN_ROOT.length)] ?? '') : readFileSync(fileURLToPath(location.uri), 'utf8');
  const { start, end } = location.range;
  assert.equal(start.line, end.line, 'one-line ranges');
  return (text.split(/\r?\n/)[start.line] ?? '').slice(start.character, end.character);
}

/** `file:line` and the text covered, for readable expectations. */
const where = (files: Readonly<Record<string, string>>, locations: readonly Location[]): string[] =>
  locations.map((l) => `${l.uri.startsWith(PLAN_ROOT) ? l.uri.slice(PLAN_ROOT.length) : 'catalog'}:${l.range.start.line} ${textAt(files, l)}`);

/** The project with `fixture` (a `$0` cursor) as a.md beside the other files, and the cursor. */
function at(fixture: string, extra: Record<string, string> = {}) {
  const { text, position } = withCursor(fixture);
  const files = { 'plan.yaml': manifest(), 'b.md': OTHER, ...extra, 'a.md': text };
  return { project: projectOf(files), files, position, uri: `${PLAN_ROOT}a.md` };
}

const CRISIS_LINE = testEngine().builtinCatalogs.get('ltp-2019')?.commitments.find((c) => c.id === 'mh-crisis-care')?.idRange.start.line;

describe('go to definition', () => {
  const cases: { name: string; fixture: string; expected: string[] }[] = [
    { name: 'a [[reference]] goes to the catalog entry\'s id', fixture: CHAPTER.replace('[[mh-crisis', '[[mh-cri$0sis'), expected: [`catalog:${CRISIS_LINE} mh-crisis-care`] },
    { name: 'a response\'s id goes there too', fixture: CHAPTER.replace('id: mh-crisis', 'id: mh-$0crisis'), expected: [`catalog:${CRISIS_LINE} mh-crisis-care`] },
    { name: 'a lead goes to the organisation in the footprint', fixture: CHAPTER.replace('lead: test-mh', 'lead: test$0-mh'), expected: ['plan.yaml:11 test-mh'] },
    { name: 'a partner too', fixture: CHAPTER.replace('[test-ccg]', '[test-c$0cg]'), expected: ['plan.yaml:8 test-ccg'] },
    { name: 'an id no catalog has goes nowhere', fixture: CHAPTER.replace('id: mh-crisis-care', 'id: mh-no-such$0-thing'), expected: [] },
    { name: 'an organisation outside the footprint goes nowhere', fixture: CHAPTER.replace('lead: test-mh', 'lead: test-no$0body'), expected: [] },
    { name: 'a status goes nowhere', fixture: CHAPTER.replace('status: at-risk', 'status: at-$0risk'), expected: [] },
    { name: 'prose goes nowhere', fixture: CHAPTER.replace('widen', 'wid$0en'), expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { project, files, position, uri } = at(c.fixture);
      assert.deepEqual(where(files, language.definition(project, uri, position)), c.expected);
    });
  }

  it('has nothing for a file outside any plan', () => {
    const { project, position } = at(CHAPTER.replace('[[mh-crisis', '[[mh-cri$0sis'));
    assert.deepEqual(language.definition(project, 'file:///elsewhere/a.md', position), []);
  });
});

describe('find references', () => {
  const crisis = CHAPTER.replace('id: mh-crisis', 'id: mh-$0crisis');
  const everyCrisis = ['a.md:2 mh-crisis-care', 'a.md:5 mh-crisis-care', 'b.md:2 mh-crisis-care', 'b.md:5 mh-crisis-care'];
  const cases: { name: string; fixture: string; declaration: boolean; expected: string[] }[] = [
    { name: 'a commitment: every mention and response in the plan', fixture: crisis, declaration: false, expected: everyCrisis },
    { name: 'with its declaration: the catalog entry first', fixture: crisis, declaration: true, expected: [`catalog:${CRISIS_LINE} mh-crisis-care`, ...everyCrisis] },
    { name: 'an organisation: every use, not the footprint', fixture: CHAPTER.replace('lead: test-mh', 'lead: $0test-mh'), declaration: false, expected: ['a.md:7 test-mh', 'b.md:5 test-mh'] },
    { name: 'with its declaration: the footprint too', fixture: CHAPTER.replace('lead: test-mh', 'lead: $0test-mh'), declaration: true, expected: ['a.md:7 test-mh', 'b.md:5 test-mh', 'plan.yaml:11 test-mh'] },
    { name: 'nothing under the cursor: none', fixture: CHAPTER.replace('status: at-risk', 'status: $0at-risk'), declaration: true, expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { project, files, position, uri } = at(c.fixture);
      const found = where(files, language.references(project, uri, position, c.declaration));
      assert.deepEqual(c.declaration ? found : [...found].sort(), c.declaration ? c.expected : [...c.expected].sort());
    });
  }

  it('from the catalog entry itself: every response and mention, and the entry with its declaration', () => {
    const { project, files } = at(CHAPTER.replace('widen', 'wid$0en'));
    const catalog = testEngine().builtinCatalogs.get('ltp-2019');
    const entry = catalog?.commitments.find((c) => c.id === 'mh-crisis-care');
    assert.ok(catalog && entry);
    const position = { line: entry.idRange.start.line, character: entry.idRange.start.character + 3 };
    assert.deepEqual(where(files, language.references(project, catalog.uri, position, false)).sort(), [...everyCrisis].sort());
    assert.deepEqual(where(files, language.references(project, catalog.uri, position, true))[0], `catalog:${CRISIS_LINE} mh-crisis-care`);
  });

  it('from a line of the catalog that is no commitment id: none', () => {
    const { project } = at(CHAPTER.replace('widen', 'wid$0en'));
    const catalog = testEngine().builtinCatalogs.get('ltp-2019');
    assert.ok(catalog);
    assert.deepEqual(language.references(project, catalog.uri, { line: 0, character: 0 }, true), []);
  });
});
