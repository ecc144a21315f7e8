import * as assert from 'node:assert/strict';
import { LineIndex, type Range } from '../../core/src/index';
import { parseChapter } from '../../core/src/parse/chapter';
import { blankCode, findReferences } from '../../core/src/parse/references';
import { readDirective, readWaiver, yamlSuppressions } from '../../core/src/parse/suppressions';
import { lines, testEngine } from '../helpers/engine';

/**
 * `[[id]]` references in a chapter's prose (code spans and HTML comments hidden first), and the
 * `planwright-disable` comments that suppress or waive findings: their rules, reason, owner,
 * review date and the lines each covers. Ranges are written `line:character-line:character`.
 */

const URI = 'file:///plans/test/chapter.md';

const at = (range: Range): string => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** Each reference found in the whole text (one span of prose) as `id @range`. */
function referencesIn(text: string, spans?: readonly (readonly [number, number])[]): string[] {
  const index = new LineIndex(text);
  return findReferences(URI, index, spans ?? [[0, index.lineCount]]).map((reference) => `${reference.id} @${at(reference.range)}`);
}

/** The suppressions of YAML comments between two lines (the whole text by default), ranges shortened. */
function yamlFound(text: string, first = 0, last?: number): unknown[] {
  const index = new LineIndex(text);
  return yamlSuppressions(URI, index, first, last ?? index.lineCount - 1).map(({ range, rules, ...rest }) => ({
    ...rest,
    range: at(range),
    rules: rules.map((rule) => `${rule.value} @${at(rule.range)}`),
  }));
}

describe('parse: references in prose', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  describe('blankCode hides code spans and HTML comments, keeping every offset and line break', () => {
    const cases: { name: string; text: string; expected: string }[] = [
      { name: 'one code span', text: 'a `b` c', expected: 'a     c' },
      { name: 'two code spans on one line', text: 'a `b` c `d` e', expected: 'a     c     e' },
      { name: 'a span of two backticks holds a single one', text: '``a`b`` c', expected: '        c' },
      { name: 'a run closes only at a run of the same length', text: '`` [[a]] ` [[b]] `` [[c]] ` d', expected: '                    [[c]] ` d' },
      { name: 'an unmatched backtick opens nothing', text: '` lone [[a]]', expected: '` lone [[a]]' },
      { name: 'a code span across lines keeps its line breaks', text: 'a\r\n`b\r\nc` d', expected: 'a\r\n  \r\n   d' },
      { name: 'an HTML comment', text: 'x <!-- note --> y', expected: 'x               y' },
      { name: 'a comment at the very start', text: '<!-- [[h]] --> [[a]]', expected: '               [[a]]' },
      { name: 'a comment across lines keeps its line break', text: 'x <!-- a\nb --> y', expected: 'x       \n      y' },
      { name: 'two comments, text between them kept', text: '<!-- a --> [[b]] <!-- c --> d', expected: '           [[b]]            d' },
      { name: '<!--> and <!---> are whole comments (CommonMark 0.31), not openings', text: '<!--> [[x]] <!---> [[y]] -->', expected: '      [[x]]        [[y]] -->' },
      { name: 'an unclosed comment is left as written', text: '[[a]] <!-- [[b]]', expected: '[[a]] <!-- [[b]]' },
      { name: 'an arrow just before a comment is text', text: 'A --> <!-- x --> B', expected: 'A -->            B' },
      { name: 'a backtick inside a comment does not open a code span', text: '<!-- `x --> `y` [[z]]', expected: '                [[z]]' },
      { name: 'text with neither is unchanged', text: 'Plain [[mh-liaison]] prose.', expected: 'Plain [[mh-liaison]] prose.' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.equal(blankCode(c.text), c.expected);
      });
    }
  });

  describe('findReferences gives each id with the range of the id itself', () => {
    const cases: { name: string; text: string; expected: string[] }[] = [
      {
        name: 'ids are trimmed, the range starting after the leading spaces',
        text: 'See [[mh-liaison]] and [[  mh-crisis-care ]].',
        expected: ['mh-liaison @0:6-0:16', 'mh-crisis-care @0:27-0:41'],
      },
      { name: 'empty and blank brackets are not references', text: '[[]] [[   ]] [[ue-same-day-emergency-care]]', expected: ['ue-same-day-emergency-care @0:15-0:41'] },
      { name: 'an id shown as code is not a reference', text: 'Use `[[not-a-ref]]` then [[mh-liaison]].', expected: ['mh-liaison @0:27-0:37'] },
      { name: 'nor is one inside a two-backtick span', text: '``code ` [[inside]]`` and [[outside]]', expected: ['outside @0:28-0:35'] },
      { name: 'nor one in an HTML comment', text: 'See [[a]] <!-- not [[hidden]] --> and [[b]].', expected: ['a @0:6-0:7', 'b @0:40-0:41'] },
      { name: 'brackets do not cross a line break', text: lines('one [[mh-', 'liaison]] two [[cancer-62-day]]'), expected: ['cancer-62-day @1:16-1:29'] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual(referencesIn(c.text), c.expected);
      });
    }

    it('only the given spans of lines are read, each from its own first line', () => {
      const text = lines('[[a]] heading', 'para [[b]]', '  more [[c]]', '', '[[d]]', 'no brackets here');
      assert.deepEqual(referencesIn(text, [[1, 3], [4, 6]]), ['b @1:7-1:8', 'c @2:9-2:10', 'd @4:2-4:3']);
    });

    it('a chapter’s references come from its prose, not its blocks, comments or code', () => {
      const document = parseChapter(
        URI,
        lines(
          '# Mental health',
          '',
          'We answer [[mh-liaison]] and [[ mh-crisis-care ]], not `[[mh-code]]`.',
          '',
          '<!-- [[mh-comment]] -->',
          '',
          '```commitment',
          'id: mh-liaison',
          'summary: See [[mh-block]]',
          '```',
          '',
          '- a list item citing [[cancer-62-day]]',
        ),
        testEngine().schemas,
      );
      assert.deepEqual(
        document.references.map((reference) => ({ ...reference, range: at(reference.range) })),
        [
          { uri: URI, id: 'mh-liaison', range: '2:12-2:22' },
          { uri: URI, id: 'mh-crisis-care', range: '2:32-2:46' },
          { uri: URI, id: 'cancer-62-day', range: '11:23-11:36' },
        ],
      );
    });
  });
});

describe('parse: disable comments and waivers', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  describe('readWaiver splits an owner and a review date off the end of a reason', () => {
    const cases: { reason: string; expected: { reason?: string; owner?: string; until?: string } }[] = [
      { reason: 'lead joins in 2020 (owner: test-ccg, until: 2020-03-31)', expected: { reason: 'lead joins in 2020', owner: 'test-ccg', until: '2020-03-31' } },
      { reason: '(owner: pmo)', expected: { owner: 'pmo' } },
      { reason: 'quoted ( Owner : PMO , UNTIL: 2030-03-31 )  ', expected: { reason: 'quoted', owner: 'PMO', until: '2030-03-31' } },
      { reason: 'see the note (owner: pmo) for details', expected: { reason: 'see the note (owner: pmo) for details' } },
      { reason: 'agreed (until: 2030-03-31, owners)', expected: { reason: 'agreed', until: '2030-03-31' } },
      { reason: 'agreed (owner: pmo, owner: )', expected: { reason: 'agreed', owner: 'pmo' } },
      { reason: 'x (owner:, until: 2030-03-31)', expected: { reason: 'x', until: '2030-03-31' } },
      { reason: 'budget line (budget: 5)', expected: { reason: 'budget line (budget: 5)' } },
      { reason: 'x (owner: a (b))', expected: { reason: 'x (owner: a (b))' } },
    ];
    for (const c of cases) {
      it(JSON.stringify(c.reason), () => {
        assert.deepEqual(readWaiver(c.reason), c.expected);
      });
    }
  });

  describe('readDirective reads the rules and the reason of a comment body', () => {
    const index = new LineIndex('<!-- planwright-disable schema,plain-language  duplicate-response: kept as the board wrote it -->');
    it('rules are split at commas and spaces, each with its range in the document', () => {
      const directive = readDirective(index, index.text.slice(4, -3), 4);
      assert.deepEqual(
        directive && { ...directive, rules: directive.rules.map((rule) => `${rule.value} @${at(rule.range)}`) },
        { rules: ['schema @0:24-0:30', 'plain-language @0:31-0:45', 'duplicate-response @0:47-0:65'], reason: 'kept as the board wrote it' },
      );
    });
    it('a body without the directive is not one', () => {
      assert.equal(readDirective(index, ' planwright-disabled schema ', 4), undefined);
    });
  });

  describe('yamlSuppressions: each covers the next entry, to the last line indented deeper', () => {
    it('blank lines and comments inside and before an entry are passed over', () => {
      const text = lines(
        'responses:',
        '  # planwright-disable schema, unknown-organisation: lead joins in 2020 (owner: test-ccg, until: 2020-03-31)',
        '  - id: mh-liaison',
        '    status: at-risk',
        '',
        '    lead: nobody-we-know',
        '  #planwright-disable plain-language',
        '',
        '    # a note on the next response',
        '  - id: mh-crisis-care',
        '    status: on-track',
        '  # planwright-disable schema',
      );
      assert.deepEqual(yamlFound(text), [
        {
          uri: URI,
          range: '1:2-1:108',
          rules: ['schema @1:23-1:29', 'unknown-organisation @1:31-1:51'],
          reason: 'lead joins in 2020',
          owner: 'test-ccg',
          until: '2020-03-31',
          startLine: 2,
          endLine: 5,
        },
        { uri: URI, range: '6:2-6:36', rules: ['plain-language @6:22-6:36'], startLine: 9, endLine: 10 },
        { uri: URI, range: '11:2-11:29', rules: ['schema @11:23-11:29'], startLine: 12, endLine: 12 },
      ]);
    });

    it('a directive followed only by blank lines covers the line after it', () => {
      assert.deepEqual(yamlFound(lines('responses:', '  - id: mh-liaison', '# planwright-disable schema', '', '')), [
        { uri: URI, range: '2:0-2:27', rules: ['schema @2:21-2:27'], startLine: 3, endLine: 3 },
      ]);
    });

    it('an entry on the last line, after a blank line, is covered', () => {
      assert.deepEqual(yamlFound(lines('unit: £m', '# planwright-disable schema', '', 'income: { 2019/20: 10 }')), [
        { uri: URI, range: '1:0-1:27', rules: ['schema @1:21-1:27'], startLine: 3, endLine: 3 },
      ]);
    });

    it('only the lines given are read, and the entry ends at the last of them', () => {
      const text = lines('# planwright-disable schema', 'a:', '  # planwright-disable plain-language', '  b: 1', '  c: 2', '# planwright-disable schema');
      assert.deepEqual(yamlFound(text, 1, 3), [{ uri: URI, range: '2:2-2:37', rules: ['plain-language @2:23-2:37'], startLine: 3, endLine: 3 }]);
    });
  });

  it('a chapter’s disable comments: Markdown ones cover the next element, YAML ones in a block the next entry', () => {
    const document = parseChapter(
      URI,
      lines(
        '# Mental health',
        '',
        '<!-- planwright-disable plain-language: quoted from the board paper (owner: pmo, until: 2030-03-31) -->',
        'The board said we would utilise',
        'every resource.',
        '',
        '```commitment',
        'id: mh-liaison',
        '# planwright-disable unknown-organisation',
        'lead: nobody-we-know',
        '```',
      ),
      testEngine().schemas,
    );
    assert.deepEqual(
      document.suppressions.map(({ range, rules, ...rest }) => ({ ...rest, range: at(range), rules: rules.map((rule) => `${rule.value} @${at(rule.range)}`) })),
      [
        { uri: URI, range: '8:0-8:41', rules: ['unknown-organisation @8:21-8:41'], startLine: 9, endLine: 9 },
        {
          uri: URI,
          range: '2:0-2:103',
          rules: ['plain-language @2:24-2:38'],
          reason: 'quoted from the board paper',
          owner: 'pmo',
          until: '2030-03-31',
          startLine: 3,
          endLine: 4,
        },
      ],
    );
  });
});
