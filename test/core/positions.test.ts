import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EmbeddedText, LineIndex, type Position } from '../../core/src/index';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

const pos = (line: number, character: number): Position => ({ line, character });

/** A marker line putting carets under `word` in `line`. */
function under(line: string, word: string, expectation: string): string {
  const column = line.indexOf(word);
  assert.ok(column >= 0, `${word} is not in ${line}`);
  return `${' '.repeat(column)}${'^'.repeat(word.length)} ${expectation}`;
}

describe('positions: LineIndex', () => {
  const cases: { name: string; text: string; lineCount: number; lines: string[]; at: [offset: number, position: Position][] }[] = [
    {
      name: 'LF line breaks',
      text: 'ab\ncd\n',
      lineCount: 3,
      lines: ['ab', 'cd', ''],
      at: [[0, pos(0, 0)], [2, pos(0, 2)], [3, pos(1, 0)], [5, pos(1, 2)], [6, pos(2, 0)]],
    },
    {
      name: 'CRLF line breaks; an offset between "\\r" and "\\n" is the end of the line',
      text: 'ab\r\ncd\r\n',
      lineCount: 3,
      lines: ['ab', 'cd', ''],
      at: [[2, pos(0, 2)], [3, pos(0, 2)], [4, pos(1, 0)], [7, pos(1, 2)], [8, pos(2, 0)]],
    },
    {
      name: 'a lone CR is a line break',
      text: 'ab\rcd',
      lineCount: 2,
      lines: ['ab', 'cd'],
      at: [[2, pos(0, 2)], [3, pos(1, 0)], [5, pos(1, 2)]],
    },
    {
      name: 'LF then CR are two line breaks, not one',
      text: 'a\n\rb',
      lineCount: 3,
      lines: ['a', '', 'b'],
      at: [[2, pos(1, 0)], [3, pos(2, 0)]],
    },
    {
      name: 'mixed line breaks',
      text: 'a\r\nb\nc\rd',
      lineCount: 4,
      lines: ['a', 'b', 'c', 'd'],
      at: [[3, pos(1, 0)], [5, pos(2, 0)], [7, pos(3, 0)], [8, pos(3, 1)]],
    },
    {
      name: 'empty text',
      text: '',
      lineCount: 1,
      lines: [''],
      at: [[0, pos(0, 0)], [10, pos(0, 0)], [-3, pos(0, 0)]],
    },
    {
      name: 'offset at the end of text without a final line break, and past it (clamped)',
      text: 'abc',
      lineCount: 1,
      lines: ['abc'],
      at: [[3, pos(0, 3)], [99, pos(0, 3)]],
    },
    {
      name: 'astral characters count as two UTF-16 code units',
      text: '😀x\n😀😀y',
      lineCount: 2,
      lines: ['😀x', '😀😀y'],
      at: [[2, pos(0, 2)], [4, pos(1, 0)], [8, pos(1, 4)]],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const index = new LineIndex(c.text);
      assert.equal(index.lineCount, c.lineCount);
      assert.deepEqual(
        Array.from({ length: index.lineCount }, (_, line) => index.lineText(line)),
        c.lines,
      );
      for (const [offset, expected] of c.at) {
        assert.deepEqual(index.positionAt(offset), expected, `positionAt(${offset})`);
      }
    });
  }

  it('offsetAt is the inverse of positionAt, and clamps columns to the line', () => {
    const index = new LineIndex('ab\r\ncd\nef');
    for (let offset = 0; offset <= index.text.length; offset++) {
      if (offset === 3) continue; // inside "\r\n": maps to the end of line 0
      assert.equal(index.offsetAt(index.positionAt(offset)), offset, `offset ${offset}`);
    }
    assert.equal(index.offsetAt(pos(0, 99)), 2, 'a column past the end stops before the line break');
    assert.equal(index.offsetAt(pos(9, 0)), index.text.length, 'a line past the end is the end of the text');
    assert.equal(index.offsetAt(pos(-1, 0)), 0);
  });

  it('finds the same lines as splitting at "\\r\\n", "\\r" and "\\n", with or without a "\\r" in the text (two ways of scanning)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '😀', ' ', '\n', '\r', '\r\n', '\n\n'), { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const index = new LineIndex(text);
        const expected = text.split(/\r\n|\r|\n/);
        assert.equal(index.lineCount, expected.length);
        assert.deepEqual(Array.from({ length: index.lineCount }, (_, line) => index.lineText(line)), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('lineStart and lineEnd exclude the line break', () => {
    const index = new LineIndex('ab\r\ncd\ref\n');
    assert.deepEqual([0, 1, 2, 3].map((l) => [index.lineStart(l), index.lineEnd(l)]), [[0, 2], [4, 6], [7, 9], [10, 10]]);
  });
});

describe('positions: EmbeddedText', () => {
  const cases: { name: string; host: string; firstLine: number; embedded: string; offsetOf: string; expected: [Position, Position] }[] = [
    {
      name: 'plain lines map to the host lines below the first',
      host: 'x\n```commitment\nid: abc\n```\n',
      firstLine: 2,
      embedded: 'id: abc\n',
      offsetOf: 'abc',
      expected: [pos(2, 4), pos(2, 7)],
    },
    {
      name: 'CRLF host, LF embedded text',
      host: 'x\r\n```commitment\r\nstatus: on-track\r\nid: abc\r\n```\r\n',
      firstLine: 2,
      embedded: 'status: on-track\nid: abc\n',
      offsetOf: 'abc',
      expected: [pos(3, 4), pos(3, 7)],
    },
    {
      name: 'a blockquote prefix is skipped',
      host: '> ```commitment\n> id: abc\n> ```\n',
      firstLine: 1,
      embedded: 'id: abc\n',
      offsetOf: 'abc',
      expected: [pos(1, 6), pos(1, 9)],
    },
    {
      name: 'a list item indentation is skipped',
      host: '- item\n\n  ```commitment\n  status: x\n  id: abc\n  ```\n',
      firstLine: 3,
      embedded: 'status: x\nid: abc\n',
      offsetOf: 'abc',
      expected: [pos(4, 6), pos(4, 9)],
    },
    {
      name: 'astral characters in the prefix line count as two columns each',
      host: '```x\n{ a: "😀", id: abc }\n```',
      firstLine: 1,
      embedded: '{ a: "😀", id: abc }\n',
      offsetOf: 'abc',
      expected: [pos(1, 15), pos(1, 18)],
    },
  ];
  it('maps every offset as looking the host offset up does, whether or not each line ends its host line (the fast way and the search)', () => {
    // Host lines: a prefix (none, indentation, a quote mark, text), then the embedded line or something else.
    const hostLine = fc.tuple(fc.constantFrom('', '  ', '> ', '>  ', 'x'), fc.string({ unit: fc.constantFrom('a', ' ', ':', '😀', 'é'), maxLength: 8 }), fc.constantFrom('same', 'longer', 'shorter'));
    fc.assert(
      fc.property(fc.array(hostLine, { minLength: 1, maxLength: 8 }), fc.nat(3), fc.nat(9), fc.constantFrom('\n', '\r\n'), (lines, before, extra, eol) => {
        const own = lines.map(([, text]) => text);
        const hostOf = ([prefix, text, kind]: (typeof lines)[number]) => (kind === 'same' ? `${prefix}${text}` : kind === 'longer' ? `${prefix}${text}b` : text.slice(1));
        const host = [...Array.from({ length: before }, () => 'above'), ...lines.map(hostOf), ''].join(eol);
        const text = `${own.join('\n')}\n`;
        // Sometimes more embedded lines than the host has below the first.
        const embedded = extra > 7 ? `${text}\n` : text;
        const index = new LineIndex(host);
        const mapped = new EmbeddedText(index, before, embedded);
        const ownIndex = new LineIndex(embedded);
        for (let offset = 0; offset <= embedded.length + 1; offset++) {
          const at = ownIndex.positionAt(offset);
          const hostText = index.lineText(before + at.line);
          const ownText = ownIndex.lineText(at.line);
          const prefix = hostText.endsWith(ownText) ? hostText.length - ownText.length : 0;
          const expected = index.positionAt(index.lineStart(before + at.line) + prefix + at.character);
          assert.deepEqual(mapped.rangeOf(offset, offset).start, expected, `offset ${offset} of ${JSON.stringify(embedded)} in ${JSON.stringify(host)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds positions without searching the host's lines when every line ends its host line, up to the host's last line; searches otherwise", () => {
    /** How many times mapping every offset of `embedded` looks a position up in the host. */
    const lookups = (host: string, firstLine: number, embedded: string): number => {
      const index = new LineIndex(host);
      let count = 0;
      const positionAt = index.positionAt.bind(index);
      index.positionAt = (offset: number) => (count++, positionAt(offset));
      const mapped = new EmbeddedText(index, firstLine, embedded);
      for (let offset = 0; offset <= embedded.length; offset++) mapped.rangeOf(offset, offset);
      return count;
    };
    assert.equal(lookups('x\n  ```c\n  id: a\n  lead: b\n  ```\n', 2, 'id: a\nlead: b\n'), 0, 'an indented fence');
    assert.equal(lookups('x\n```c\nid: a', 2, 'id: a'), 0, 'a block ending on the last line of the host');
    assert.ok(lookups('x\n```c\nid: a\n', 2, 'id: a\nlead: b\n') > 0, 'more lines than the host has');
    assert.ok(lookups('x\n```c\nid: ab\n```\n', 2, 'id: a\n') > 0, 'a line that does not end its host line');
  });

  for (const c of cases) {
    it(c.name, () => {
      const embedded = new EmbeddedText(new LineIndex(c.host), c.firstLine, c.embedded);
      const start = c.embedded.indexOf(c.offsetOf);
      assert.deepEqual(embedded.rangeOf(start, start + c.offsetOf.length), { start: c.expected[0], end: c.expected[1] });
    });
  }
});

/**
 * The same probe (an unknown commitment id, reported at the id's exact
 * columns) in every kind of place a block can sit. The carets under each line
 * are the columns an editor shows.
 */
describe('positions: findings inside fenced blocks', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const probe = 'unknown-commitment';
  const cases: { name: string; chapter: string }[] = [
    {
      name: 'a plain block',
      chapter: lines('# Mental health', '', '```commitment', 'id: mh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment: did you mean `mh-talking-therapies`', 'status: on-track', '```', ''),
    },
    {
      name: 'a CRLF file',
      chapter: ['# Mental health', '', '```commitment', 'status: on-track', 'id: mh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment', '```', ''].join('\r\n'),
    },
    {
      name: 'a tab between key and value',
      chapter: lines('```commitment', 'id:\tmh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment', 'status: on-track', '```'),
    },
    {
      name: 'a tab-indented list item',
      chapter: lines('-\t```commitment', '\tid: mh-talking-therapy', '     ^^^^^^^^^^^^^^^^^^ unknown-commitment', '\tstatus: on-track', '\t```', ''),
    },
    {
      name: 'astral characters before the id on the same line (an emoji is 2 UTF-16 columns)',
      // `{ summary: "` is 12 columns, two emoji are 4, `", id: ` is 7: the id starts at column 23.
      chapter: lines('```commitment', '{ summary: "😀😀", id: mh-talking-therapy, status: on-track }', `${' '.repeat(23)}^^^^^^^^^^^^^^^^^^ unknown-commitment`, '```', ''),
    },
    {
      name: 'astral characters in earlier lines do not shift later lines',
      chapter: lines('# 😀 Mental health 😀', '', '```commitment', 'summary: "🏥 care"', 'id: mh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment', 'status: on-track', '```'),
    },
    {
      name: 'a block in a list item',
      chapter: lines('- First point', '', '  ```commitment', '  id: mh-talking-therapy', '      ^^^^^^^^^^^^^^^^^^ unknown-commitment', '  status: on-track', '  ```', ''),
    },
    {
      name: 'a block in a blockquote',
      chapter: lines('> ```commitment', '> id: mh-talking-therapy', '      ^^^^^^^^^^^^^^^^^^ unknown-commitment', '> status: on-track', '> ```', ''),
    },
    {
      name: 'a block in a list item in a blockquote',
      chapter: lines('> - item', '>', '>   ```commitment', '>   id: mh-talking-therapy', '        ^^^^^^^^^^^^^^^^^^ unknown-commitment', '>   status: on-track', '>   ```', ''),
    },
    {
      name: 'a block at the very end of the file, without a final line break',
      chapter: lines('# End', '', '```commitment', 'status: on-track', 'id: mh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment', '```'),
    },
    {
      name: 'a block after front matter',
      chapter: lines('---', 'title: Mental health', '---', '```commitment', 'id: mh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment', 'status: on-track', '```'),
    },
    {
      name: 'a [[reference]] on a CRLF line after an emoji',
      chapter: ['Intro', '😀 see [[mh-talking-therapy]] now', '         ^^^^^^^^^^^^^^^^^^ unknown-commitment', ''].join('\r\n'),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan({ 'plan.yaml': manifest(), 'chapter.md': c.chapter }, { rules: [probe, 'yaml-syntax'] });
    });
  }

  it('a file with lone CR line breaks (the marker helper splits on LF, so the range is asserted directly)', () => {
    const project = projectOf({ 'plan.yaml': manifest(), 'chapter.md': ['# Mental health', '', '```commitment', 'status: on-track', 'id: mh-talking-therapy', '```', ''].join('\r') });
    const found = project.analyzeAll().flatMap((a) => a.findings).filter((f) => f.ruleId === probe || f.ruleId === 'yaml-syntax');
    assert.deepEqual(
      found.map((f) => [f.ruleId, f.range]),
      [[probe, { start: pos(4, 4), end: pos(4, 22) }]],
    );
  });

  it('an unclosed fence: reported at the block type, and its content still read to the end of the file', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'chapter.md': lines('# Open', '', '```commitment', '   ^^^^^^^^^^ yaml-syntax: not closed', 'status: on-track', 'id: mh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment', ''),
      },
      { rules: [probe, 'yaml-syntax'] },
    );
  });

  it('a closed fence in a blockquote is not reported as unclosed, an unclosed one is', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'chapter.md': lines(
          '> ```commitment',
          '> id: mh-liaison',
          '> status: on-track',
          '> ```',
          '',
          '> ```commitment',
          '     ^^^^^^^^^^ yaml-syntax: not closed',
          '> id: mh-crisis-care',
          '> status: on-track',
          '',
          'After the quote.',
        ),
      },
      { rules: [probe, 'yaml-syntax'] },
    );
  });

  it('a BOM is not a column: positions match the text an editor shows', () => {
    // PlanProject.setFile strips the byte-order mark; the markers are written without it.
    checkPlan(
      {
        'plan.yaml': manifest(),
        'chapter.md': `\uFEFF${lines('See [[mh-talking-therapy]].', '      ^^^^^^^^^^^^^^^^^^ unknown-commitment', '', '```commitment', 'id: mh-perinatel', '    ^^^^^^^^^^^^ unknown-commitment', 'status: on-track', '```')}`,
        'data/r.yaml': `\uFEFF${lines('{ responses: [ { id: mh-crisis-cares, status: on-track } ] }', '                     ^^^^^^^^^^^^^^^ unknown-commitment')}`,
      },
      { rules: [probe, 'yaml-syntax'] },
    );
  });

  it('a BOM-prefixed CRLF YAML file: findings on the first line do not count the BOM', () => {
    const first = 'responses: [ { id: mh-liaison, status: on-track, statuz: x } ]';
    const second = 'finance: { incme: { 2019/20: 1 } }';
    checkPlan(
      {
        'plan.yaml': manifest(),
        'data/r.yaml': `\uFEFF${[first, under(first, 'statuz', 'schema: did you mean `status`'), second, under(second, 'incme', 'schema: did you mean `income`'), ''].join('\r\n')}`,
      },
      { rules: ['schema'] },
    );
  });

  it('schema findings in front matter point at the key', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'chapter.md': ['---', 'title: Mental health', 'leed: test-mh', '^^^^ schema: did you mean `lead`', '---', '# Mental health', ''].join('\r\n'),
      },
      { rules: ['schema'] },
    );
  });
});
