import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMarkdownStructure, type MarkdownStructure } from '../../core/src/parse/markdown';
import { commonEnds, readMarkdownStructure, type ReadMarkdown } from '../../core/src/parse/markdown-incremental';
import { LineIndex } from '../../core/src/text/positions';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

// Pieces of Markdown whose block structure reaches past their own lines, or is cut short, when edited:
// fences (closed, unclosed, in a quote or a list), HTML blocks and comments, setext underlines, lazy
// continuation, list items and indented code, front matter markers and every kind of line break.
const PIECES = [
  'Some prose.\n',
  'A paragraph\nover two lines.\n',
  '\n',
  '\n\n',
  '# Heading\n',
  'Setext\n===\n',
  '---\n',
  '```commitment\nid: mh-liaison\nstatus: on-track\n```\n',
  '```\n',
  '~~~yaml\nkey: value\n',
  '<!-- planwright-disable schema: why -->\n',
  '<!--\n',
  '-->\n',
  '<div>\n',
  '- item\n',
  '  continued\n',
  '1. first\n',
  '> quoted\n',
  '> ```\n',
  '    indented code\n',
  'lazy line\n',
  '\r\n',
  'a\rb\n',
];

const CHUNKS = fc.constantFrom(...PIECES, 'x', '`', '<', '-', '>', ' ', '#');

/** A chapter of pieces, and edits to make to it one after the other (offset, text to insert, characters to remove). */
const chapter = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((pieces) => pieces.join(''));
const edits = fc.array(fc.record({ at: fc.nat(), insert: fc.array(CHUNKS, { maxLength: 3 }).map((c) => c.join('')), remove: fc.nat({ max: 12 }) }), { minLength: 1, maxLength: 6 });

function read(text: string, previous?: ReadMarkdown): ReadMarkdown {
  const index = new LineIndex(text);
  return { text, lineCount: index.lineCount, structure: readMarkdownStructure(index, previous) };
}

function whole(text: string): MarkdownStructure {
  return parseMarkdownStructure(new LineIndex(text));
}

/** Applies the edits in turn, each read from the previous read; checks every step against a whole pass. */
function checkEdits(start: string, steps: readonly { at: number; insert: string; remove: number }[]): void {
  let previous = read(start);
  let text = start;
  for (const { at, insert, remove } of steps) {
    const offset = at % (text.length + 1);
    text = text.slice(0, offset) + insert + text.slice(offset + remove);
    previous = read(text, previous);
    assert.deepEqual(previous.structure, whole(text), JSON.stringify(text));
  }
}

describe('re-reading a chapter’s Markdown structure after an edit', () => {
  it('finds the common start and end of two texts, as a character-by-character walk does', () => {
    const naive = (a: string, b: string): [number, number] => {
      const shortest = Math.min(a.length, b.length);
      let p = 0;
      while (p < shortest && a[p] === b[p]) p++;
      let s = 0;
      while (s < shortest - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
      return [p, s];
    };
    // Long runs of one character and texts longer than the largest slice (4,096) reach every slice size.
    const text = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 200 }), fc.integer({ min: 0, max: 9000 }).map((n) => 'ab\n'.repeat(n)));
    fc.assert(
      fc.property(text, fc.nat(), fc.string({ maxLength: 5 }), fc.nat({ max: 20 }), (a, at, insert, remove) => {
        const offset = at % (a.length + 1);
        const b = a.slice(0, offset) + insert + a.slice(offset + remove);
        assert.deepEqual(commonEnds(a, b), naive(a, b));
        assert.deepEqual(commonEnds(b, a), naive(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the structure a whole pass gives, after any sequence of edits to generated chapters', () => {
    fc.assert(
      fc.property(chapter, edits, (start, steps) => checkEdits(start, steps)),
      { numRuns: 3000 },
    );
  });

  it('gives the structure a whole pass gives, after edits to every example chapter', () => {
    const chapters = ['anyshire', 'northvale', 'riverside'].flatMap((plan) =>
      readdirSync(join(EXAMPLES, plan))
        .filter((file) => file.endsWith('.md'))
        .map((file) => readFileSync(join(EXAMPLES, plan, file), 'utf8')),
    );
    assert.ok(chapters.length >= 10, `${chapters.length} chapters`);
    fc.assert(
      fc.property(fc.constantFrom(...chapters), edits, (start, steps) => checkEdits(start, steps)),
      { numRuns: 500 },
    );
  });

  // Cases a property run may not meet; each is a way the reuse could go wrong.
  const cases: { name: string; before: string; after: string }[] = [
    { name: 'an edit opening a fence that swallows the rest', before: 'Intro.\n\nText.\n\n```commitment\nid: a\n```\n\nEnd.\n', after: 'Intro.\n\n```\nText.\n\n```commitment\nid: a\n```\n\nEnd.\n' },
    { name: 'an edit closing a fence that was open to the end', before: 'Intro.\n\n```commitment\nid: a\n\nMore.\n\n# Title\n', after: 'Intro.\n\n```commitment\nid: a\n```\n\nMore.\n\n# Title\n' },
    { name: 'an edit that makes a paragraph a setext heading', before: 'One.\n\nTwo\n\n# Three\n', after: 'One.\n\nTwo\n---\n\n# Three\n' },
    { name: 'an edit that joins a list with the next', before: 'Text.\n\n- a\n\nWords\n\n- b\n', after: 'Text.\n\n- a\n\n- Words\n\n- b\n' },
    { name: 'an edit that opens an HTML comment', before: 'A.\n\nB.\n\n<!-- planwright-disable schema: x -->\n\nC.\n', after: 'A.\n\n<!--\nB.\n\n<!-- planwright-disable schema: x -->\n\nC.\n' },
    { name: 'an edit that closes front matter', before: '---\ntitle: x\n\nText.\n\nMore.\n', after: '---\ntitle: x\n\nText.\n---\n\nMore.\n' },
    { name: 'an edit inside front matter', before: '---\ntitle: x\n---\n\nText.\n', after: '---\ntitle: y\nlead: z\n---\n\nText.\n' },
    { name: 'a line break that changes kind', before: 'A.\r\n\r\nB.\r\n\r\nC.\r\n', after: 'A.\r\n\rx\nB.\r\n\r\nC.\r\n' },
    { name: 'lines added above unchanged blocks', before: 'A.\n\n```commitment\nid: a\n```\n\n<!-- c -->\n\n## H\n', after: 'A.\n\nNew.\n\nMore new.\n\n```commitment\nid: a\n```\n\n<!-- c -->\n\n## H\n' },
    { name: 'lines removed above unchanged blocks', before: 'A.\n\nOld.\n\nOld too.\n\n```commitment\nid: a\n```\n\n<!-- c -->\n', after: 'A.\n\n```commitment\nid: a\n```\n\n<!-- c -->\n' },
    { name: 'no change', before: 'A.\n\nB.\n', after: 'A.\n\nB.\n' },
  ];
  for (const { name, before, after } of cases) {
    it(`gives the whole pass’s structure after ${name}`, () => {
      assert.deepEqual(read(after, read(before)).structure, whole(after));
    });
  }

  it('moves the comments, fences and headings after the edit by the lines and characters it added', () => {
    const before = 'Intro.\n\nSecond.\n\nA.\n\n```commitment\nid: a\n```\n\n<!-- c -->\n\n## H\n';
    const after = 'Intro.\n\nSecond.\n\nA. More.\n\nNew.\n\n```commitment\nid: a\n```\n\n<!-- c -->\n\n## H\n';
    const structure = read(after, read(before)).structure;
    assert.deepEqual(structure.fences.map((f) => [f.openLine, f.endLine, f.closed]), [[8, 11, true]]);
    assert.deepEqual(structure.comments.map((c) => [c.line, c.offset, after.slice(c.offset, c.offset + c.length)]), [[12, after.indexOf('<!--'), '<!-- c -->']]);
    assert.deepEqual(structure.headings, [{ level: 2, text: 'H', line: 14 }]);
  });
});
