import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { BLOCK_TYPES, type PlanDocument } from '../../core/src/index';
import { BlockCache, parseChapter } from '../../core/src/parse/chapter';
import { testEngine } from '../helpers/engine';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const URI = 'file:///plans/shift/01-chapter.md';

/** Every plan block of the example chapters, as written. */
function exampleBlocks(): string[] {
  const found: string[] = [];
  for (const plan of readdirSync(EXAMPLES)) {
    const folder = join(EXAMPLES, plan);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
      for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/^```(\w+)\n[\s\S]*?^```$/gm)) {
        if ((BLOCK_TYPES as readonly string[]).includes(match[1] ?? '')) found.push(match[0]);
      }
    }
  }
  return found;
}

const EXAMPLE_BLOCKS = exampleBlocks();
/** Blocks of the kinds the examples do not write in a chapter. */
const MORE_BLOCKS = [
  '```assumptions\nemergency-admissions-growth: { 2019/20: 1%, 2020/21: 1.5% }\nbed-days-change: { 2019/20: -2, 2020/21: many }\n```',
  '```milestones\n- { what: Open the hub, by: 2020/21, commitment: mh-crisis-care, owner: test-mh }\n- { what: Review, by: soon }\n```',
];
/** Blocks of every kind, and blocks with problems, suppressions and ranges of every sort. */
const PIECES = [
  ...MORE_BLOCKS,
  ...EXAMPLE_BLOCKS.filter((block, i) => i % 9 === 0 || !EXAMPLE_BLOCKS.slice(0, i).some((before) => before.split('\n')[0] === block.split('\n')[0])),
  '```commitmnt\nid: mh-liaison\n```',
  '```commitment\n# planwright-disable schema: a local wording (owner: pmo, until: 2030-03-31)\nid: mh-liaison\nstatus: maybe\n```',
  '```finance\n```',
  '```milestones\n- what: [unclosed\n```',
  '```workforce\ngroups:\n  - group: Nurses\n    demand: { 2019/20: 10%, 2020/21: lots }\n```',
  '<!-- planwright-disable plain-language: quoted from the board paper -->\nSome prose that the comment covers, see [[mh-liaison]].',
  '# A heading\n\nProse with a reference to [[ue-same-day-emergency-care]].',
];

/** Parse with the block cache after each edit; each result equals a fresh parse, and the previous result is left as it was. */
function checkEdits(start: readonly string[], edits: readonly { line: number; remove: number; insert: readonly string[] }[]): void {
  const schemas = testEngine().schemas;
  const cache = new BlockCache();
  let lines = [...start];
  let previous: { document: PlanDocument; json: string } | undefined;
  for (const { line, remove, insert } of [{ line: 0, remove: 0, insert: [] }, ...edits]) {
    const at = line % (lines.length + 1);
    lines = [...lines.slice(0, at), ...insert, ...lines.slice(at + remove)];
    const text = lines.join('\n');
    const document = parseChapter(URI, text, schemas, cache);
    assert.deepStrictEqual(document, parseChapter(URI, text, schemas));
    if (previous) assert.equal(JSON.stringify(previous.document), previous.json, 'the previous parse is not changed');
    previous = { document, json: JSON.stringify(document) };
  }
}

describe('a chapter re-parsed after lines are added or removed above its blocks (cached blocks moved by lines)', function () {
  this.timeout(60_000);

  it('has a block of every kind to move', () => {
    assert.deepEqual(BLOCK_TYPES.filter((type) => !PIECES.some((piece) => piece.startsWith(`\`\`\`${type}\n`))), []);
  });

  it('parses as a fresh parse after a line is added at the top, then two removed', () => {
    const chapter = PIECES.join('\n\nSome prose.\n\n').split('\n');
    checkEdits(chapter, [
      { line: 0, remove: 0, insert: ['A new first line.'] },
      { line: 0, remove: 2, insert: [] },
      { line: 0, remove: 0, insert: ['', '', ''] },
    ]);
  });

  it('parses as a fresh parse after any sequence of added and removed lines', () => {
    const chapter = fc.shuffledSubarray(PIECES, { minLength: PIECES.length }).map((pieces) => pieces.join('\n\nSome prose.\n\n').split('\n'));
    const edit = fc.record({
      line: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.array(fc.constantFrom('', 'A line of prose.', '# Heading', '<!-- planwright-disable schema -->'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(chapter, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => checkEdits(start, edits)),
      { numRuns: 40 },
    );
  });
});
