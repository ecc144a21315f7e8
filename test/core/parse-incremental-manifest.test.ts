import * as assert from 'node:assert/strict';
import type { Manifest, Range } from '../../core/src/index';
import { parseDataFile } from '../../core/src/parse/data-file';
import { parseManifest } from '../../core/src/parse/manifest';
import { parseMarkdownStructure, type MarkdownStructure } from '../../core/src/parse/markdown';
import { readMarkdownStructure, type ReadMarkdown } from '../../core/src/parse/markdown-incremental';
import { shiftLines, shiftPlan } from '../../core/src/parse/shift';
import { LineIndex } from '../../core/src/text/positions';
import { lines, testEngine } from '../helpers/engine';

const r = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});

function whole(text: string): MarkdownStructure {
  return parseMarkdownStructure(new LineIndex(text));
}

const MARK = ' (as read before)';

/**
 * Re-reads `after` from the read of `before`, with every heading of that read marked: a heading
 * that keeps the mark was reused from it (kept or moved), one without was tokenised again. The
 * structure, marks taken off, is what a whole pass over `after` gives.
 */
function reread(before: string, after: string): string[] {
  const previous = whole(before);
  const marked: ReadMarkdown = {
    text: before,
    lineCount: new LineIndex(before).lineCount,
    structure: { ...previous, headings: previous.headings.map((heading) => ({ ...heading, text: heading.text + MARK })) },
  };
  const found = readMarkdownStructure(new LineIndex(after), marked);
  const unmarked = { ...found, headings: found.headings.map((heading) => ({ ...heading, text: heading.text.replace(MARK, '') })) };
  assert.deepEqual(unmarked, whole(after));
  return found.headings.map((heading) => `${heading.line}:${heading.text.endsWith(MARK) ? 'reused' : 'read'}`);
}

describe('re-reading a chapter’s structure after an edit: only the elements around the edit are read again (parse/markdown-incremental.ts)', () => {
  const CHAPTER = lines('# Intro', '', '# Crisis care', '', 'Text.', '', '# Liaison', '', '# Talking therapies', '', '# Finance', '');
  const cases: { name: string; before: string; after: string; expected: string[] }[] = [
    {
      name: 'an edit inside a paragraph: from the element before it to the element after it',
      before: CHAPTER,
      after: CHAPTER.replace('Text.', 'Text, edited.'),
      expected: ['0:reused', '2:read', '6:read', '8:reused', '10:reused'],
    },
    {
      name: 'a paragraph added after a paragraph: from that paragraph, the elements after it moved down',
      before: CHAPTER,
      after: CHAPTER.replace('Text.', 'Text.\n\nMore text.'),
      expected: ['0:reused', '2:reused', '8:read', '10:read', '12:reused'],
    },
    {
      name: 'a paragraph removed: the elements after it moved up',
      before: CHAPTER,
      after: CHAPTER.replace('Text.\n\n', ''),
      expected: ['0:reused', '2:read', '4:read', '6:read', '8:reused'],
    },
    {
      name: 'an edit on the second line of a paragraph: from the element before the paragraph',
      before: CHAPTER.replace('Text.', 'Some text\nover two lines.'),
      after: CHAPTER.replace('Text.', 'Some text\nover three lines.'),
      expected: ['0:reused', '2:read', '7:read', '9:reused', '11:reused'],
    },
    {
      name: 'an edit on the first line: everything read again',
      before: CHAPTER,
      after: CHAPTER.replace('# Intro', '# Introduction'),
      expected: ['0:read', '2:read', '6:read', '8:read', '10:read'],
    },
    {
      name: 'an edit in the second element after blank lines at the top: from the first element',
      before: '\n\n' + CHAPTER,
      after: '\n\n' + CHAPTER.replace('# Crisis care', '# Crisis'),
      expected: ['2:read', '4:read', '8:reused', '10:reused', '12:reused'],
    },
    {
      name: 'an edit in the last element, with no line break at the end: from the element before it to the end',
      before: CHAPTER.trimEnd(),
      after: CHAPTER.trimEnd().replace('# Finance', '# Finance and estates'),
      expected: ['0:reused', '2:reused', '6:reused', '8:read', '10:read'],
    },
    {
      name: 'an edit in a paragraph followed at once by a heading: the heading and the element after it read again',
      before: CHAPTER.replace('Text.\n\n', 'Text.\n'),
      after: CHAPTER.replace('Text.\n\n', 'Text, edited.\n'),
      expected: ['0:reused', '2:read', '5:read', '7:read', '9:reused'],
    },
    {
      name: 'an edit in the first element after front matter: everything read again',
      before: lines('---', 'title: Crisis care', '---', '# Intro', '', 'Text.', '', '# Liaison', '', '# Finance', ''),
      after: lines('---', 'title: Crisis care', '---', '# Intro', '', 'Text, edited.', '', '# Liaison', '', '# Finance', ''),
      expected: ['3:read', '7:read', '9:read'],
    },
    {
      name: 'an edit after front matter and a blank line: from the first element',
      before: lines('---', 'title: Crisis care', '---', '', '# Intro', '', 'Text.', '', '# Liaison', '', '# Finance', ''),
      after: lines('---', 'title: Crisis care', '---', '', '# Intro', '', 'Text, edited.', '', '# Liaison', '', '# Finance', ''),
      expected: ['4:read', '8:read', '10:reused'],
    },
    {
      name: 'an edit opening a fence that runs past the next element: the rest read again',
      before: CHAPTER,
      after: CHAPTER.replace('Text.', '```commitment'),
      expected: ['0:reused', '2:read'],
    },
    {
      name: 'an edit opening front matter in a chapter without it: everything read again',
      before: lines('Intro.', '', '# Crisis care', '', 'Text.', '', '---', '', '# Liaison', ''),
      after: lines('---', '', '# Crisis care', '', 'Text.', '', '---', '', '# Liaison', ''),
      expected: ['8:read'],
    },
  ];
  for (const { name, before, after, expected } of cases) {
    it(name, () => assert.deepEqual(reread(before, after), expected));
  }

  it('gives the previous structure itself for an unchanged text', () => {
    const previous = whole(CHAPTER);
    assert.equal(readMarkdownStructure(new LineIndex(CHAPTER), { text: CHAPTER, lineCount: new LineIndex(CHAPTER).lineCount, structure: previous }), previous);
  });
});

describe('moving positions by lines (parse/shift.ts)', () => {
  const at = (line: number, character: number) => ({ line, character });

  const cases: { name: string; value: unknown; expected: unknown }[] = [
    { name: 'a range', value: r(3, 0, 5, 7), expected: r(5, 0, 7, 7) },
    { name: 'two positions under other keys than start and end', value: { from: at(1, 2), end: at(1, 5) }, expected: { from: at(3, 2), end: at(3, 5) } },
    { name: 'start and a position under another key', value: { start: at(1, 2), to: at(1, 5) }, expected: { start: at(3, 2), to: at(3, 5) } },
    { name: 'start holding a range', value: { start: r(1, 0, 1, 4), end: at(2, 0) }, expected: { start: r(3, 0, 3, 4), end: at(4, 0) } },
    { name: 'end holding a range', value: { start: at(2, 0), end: r(1, 0, 1, 4) }, expected: { start: at(4, 0), end: r(3, 0, 3, 4) } },
    { name: 'a range with a label', value: { start: at(2, 0), end: at(2, 4), label: 'mh-liaison' }, expected: { start: at(4, 0), end: at(4, 4), label: 'mh-liaison' } },
    { name: 'a suppression’s covered lines', value: { uri: 'u', startLine: 4, endLine: 9, rules: [] }, expected: { uri: 'u', startLine: 6, endLine: 11, rules: [] } },
  ];
  for (const { name, value, expected } of cases) {
    it(`moves ${name} by two lines`, () => assert.deepEqual(shiftLines(value, 2), expected));
  }

  it('gives every bare range the one plan that copies it in one expression', () => {
    assert.deepEqual(shiftPlan(r(3, 0, 5, 7)), { id: 1, kind: 1 });
    assert.equal(shiftPlan(r(3, 0, 5, 7)), shiftPlan(r(40, 2, 41, 0)));
  });
});

describe('reading plan.yaml (parse/manifest.ts)', () => {
  const URI = 'file:///plans/test/plan.yaml';
  const parse = (text: string) => parseManifest(URI, text, testEngine().schemas);

  it('reads every field, with its range', () => {
    const text = lines(
      'plan:',
      '  title: Anyshire plan',
      '  framework: ltp-2019',
      '  period: { start: 2019/20, end: 2023/24 }',
      '  clinical-lead: Dr T. Test',
      '  status: draft',
      '  as-at: 2019-11-15',
      'footprint:',
      '  population: 1250000',
      '  organisations:',
      '    - { id: test-ccg, name: NHS Test CCG, type: ccg }',
      'engagement:',
      '  - { with: test-ccg, how: co-wrote the plan, when: 2019-09 }',
      '  - { with: public, how: listening events }',
      'rules:',
      '  plain-language: off',
      'plain-language:',
      '  words:',
      '    - { term: utilise, instead: use }',
      'catalogs: [local.catalog.yaml]',
      'exclude: [drafts/**]',
      '# planwright-disable schema: the last line',
    );
    const { document, manifest } = parse(text);
    assert.deepEqual(document.problems, []);
    assert.deepEqual(document.suppressions, [{ uri: URI, range: r(21, 0, 21, 42), rules: [{ value: 'schema', range: r(21, 21, 21, 27) }], reason: 'the last line', startLine: 22, endLine: 22 }]);
    const expected: Manifest = {
      uri: URI,
      read: true,
      title: { value: 'Anyshire plan', range: r(1, 9, 1, 22) },
      framework: { value: 'ltp-2019', range: r(2, 13, 2, 21) },
      period: { start: { value: '2019/20', range: r(3, 19, 3, 26) }, end: { value: '2023/24', range: r(3, 33, 3, 40) }, range: r(3, 2, 3, 42) },
      population: { value: 1250000, range: r(8, 14, 8, 21) },
      clinicalLead: { value: 'Dr T. Test', range: r(4, 17, 4, 27) },
      status: { value: 'draft', range: r(5, 10, 5, 15) },
      asAt: { value: '2019-11-15', range: r(6, 9, 6, 19) },
      organisations: [{ id: { value: 'test-ccg', range: r(10, 12, 10, 20) }, name: 'NHS Test CCG', type: 'ccg', range: r(10, 6, 10, 53) }],
      organisationsListed: true,
      engagement: [
        { with: { value: 'test-ccg', range: r(12, 12, 12, 20) }, how: 'co-wrote the plan', when: '2019-09', range: r(12, 4, 12, 61) },
        { with: { value: 'public', range: r(13, 12, 13, 18) }, how: 'listening events', when: undefined, range: r(13, 4, 13, 43) },
      ],
      engagementRange: r(11, 0, 11, 10),
      catalogs: [{ value: 'local.catalog.yaml', range: r(19, 11, 19, 29) }],
      exclude: [{ value: 'drafts/**', range: r(20, 10, 20, 19) }],
      rules: new Map([['plain-language', { value: 'off' as const, range: r(15, 2, 15, 16) }]]),
      plainLanguage: [{ term: 'utilise', instead: 'use' }],
      planRange: r(0, 0, 0, 4),
    };
    assert.deepEqual(manifest, expected);
  });

  it('reads a plain-language word without `instead` as an empty one, and leaves out one without `term`', () => {
    const { manifest } = parse(lines('plain-language:', '  words:', '    - { term: leverage }', '    - { instead: use }', ''));
    assert.deepEqual(manifest.plainLanguage, [{ term: 'leverage', instead: '' }]);
  });

  it('says an empty plan.yaml is empty, and reads nothing from it', () => {
    const { document, manifest } = parse('');
    assert.deepEqual(document.problems, [{ ruleId: 'schema', message: 'plan.yaml is empty: it needs `plan:` (title, framework, period) and `footprint:` (organisations)', range: r(0, 0, 0, 0) }]);
    assert.equal(manifest.read, false);
  });

  const years: { name: string; period: string; expected: string[] }[] = [
    { name: 'a second part that is not the next year', period: '{ start: 2019/21, end: 2023/24 }', expected: ['`period`: `2019/21` is not a financial year: the second part must be the next year, like 2019/20'] },
    { name: 'a year with a character before it (the schema’s finding only)', period: '{ start: x2019/21, end: 2023/24 }', expected: ['`start` is "x2019/21": a financial year is written like 2019/20'] },
    { name: 'a year with a character after it (the schema’s finding only)', period: '{ start: 2019/20, end: 2019/21x }', expected: ['`end` is "2019/21x": a financial year is written like 2019/20'] },
  ];
  for (const { name, period, expected } of years) {
    it(`checks the period’s years: ${name}`, () => {
      const text = lines('plan:', '  title: Anyshire plan', '  framework: ltp-2019', `  period: ${period}`, 'footprint:', '  organisations: []', '');
      assert.deepEqual(parse(text).document.problems.map((problem) => problem.message), expected);
    });
  }
});

describe('reading a YAML-only plan file (parse/data-file.ts)', () => {
  it('reads responses and data items, and a disable comment on the last line once', () => {
    const uri = 'file:///plans/test/data/finance.yaml';
    const text = lines('responses:', '  - id: mh-liaison', '    status: on-track', 'finance:', '  unit: £m', '  income: { 2019/20: 100, 2020/21: 104 }', '# planwright-disable schema: reviewed');
    const document = parseDataFile(uri, text, testEngine().schemas);
    assert.deepEqual(document.problems, []);
    assert.deepEqual(document.suppressions, [{ uri, range: r(6, 0, 6, 37), rules: [{ value: 'schema', range: r(6, 21, 6, 27) }], reason: 'reviewed', startLine: 7, endLine: 7 }]);
    assert.deepEqual(document.responses.map((response) => [response.form, response.range, response.id?.value]), [['yaml', r(1, 4, 3, 0), 'mh-liaison']]);
    assert.deepEqual(document.finance.map((finance) => [finance.form, finance.range, finance.unit]), [['yaml', r(3, 0, 6, 0), '£m']]);
  });
});
