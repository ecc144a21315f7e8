import * as assert from 'node:assert/strict';
import type { BlockType, Range } from '../../core/src/index';
import { BlockCache, parseChapter } from '../../core/src/parse/chapter';
import { parseMarkdownStructure, type Fence, type MarkdownStructure } from '../../core/src/parse/markdown';
import { LineIndex } from '../../core/src/text/positions';
import { lines, testEngine } from '../helpers/engine';

const URI = 'file:///plans/test/01-mental-health.md';

const r = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});

function structureOf(text: string): MarkdownStructure {
  return parseMarkdownStructure(new LineIndex(text));
}

/** A structure with empty lists where none are given. */
function structure(parts: Partial<MarkdownStructure>): MarkdownStructure {
  return { fences: [], comments: [], headings: [], prose: [], elements: [], ...parts };
}

const fence = (info: string, openLine: number, endLine: number, closed: boolean, content: string): Fence => ({ info, openLine, endLine, closed, content });

describe('how a chapter is split into front matter, fences, comments, headings and prose (parse/markdown.ts)', () => {
  const cases: { name: string; text: string; expected: MarkdownStructure }[] = [
    {
      name: 'front matter, then a heading and a block whose info string has spaces around it',
      text: lines('---', 'title: Mental health', '---', '', '# Crisis care', '', '```   commitment  ', 'id: mh-crisis-care', '```', ''),
      expected: structure({ frontMatter: { text: 'title: Mental health', firstLine: 1, endLine: 2 }, fences: [fence('commitment', 6, 9, true, 'id: mh-crisis-care\n')], headings: [{ level: 1, text: 'Crisis care', line: 4 }], prose: [[4, 5]], elements: [[4, 5], [6, 9]] }),
    },
    {
      name: 'front matter opened by "---" with trailing spaces and closed by "..."',
      text: lines('---  ', 'title: A', 'lead: test-mh', '...  ', 'Text.', ''),
      expected: structure({ frontMatter: { text: 'title: A\nlead: test-mh', firstLine: 1, endLine: 3 }, prose: [[4, 5]], elements: [[4, 5]] }),
    },
    {
      name: 'a first line with more than "---" opens no front matter',
      text: lines('--- x', 'title: A', '---', 'Text.'),
      expected: structure({ headings: [{ level: 2, text: '--- x\ntitle: A', line: 0 }], prose: [[0, 2], [3, 4]], elements: [[0, 3], [3, 4]] }),
    },
    {
      name: 'a first line ending in "---" opens no front matter',
      text: lines('x---', 'title: A', '---', 'Text.'),
      expected: structure({ headings: [{ level: 2, text: 'x---\ntitle: A', line: 0 }], prose: [[0, 2], [3, 4]], elements: [[0, 3], [3, 4]] }),
    },
    {
      name: 'a line starting with "---" and more does not close front matter',
      text: lines('---', 'title: A', '---x', 'Text.'),
      expected: structure({ prose: [[1, 4]], elements: [[0, 1], [1, 4]] }),
    },
    {
      name: 'a line ending in "---" does not close front matter',
      text: lines('---', 'title: A', 'x---', 'Text.'),
      expected: structure({ prose: [[1, 4]], elements: [[0, 1], [1, 4]] }),
    },
    {
      name: 'front matter never closed is read as Markdown',
      text: lines('---', 'title', ''),
      expected: structure({ prose: [[1, 2]], elements: [[0, 1], [1, 2]] }),
    },
    {
      name: 'a longer tilde fence with two words of info, holding a shorter fence, closed by a longer one',
      text: lines('~~~~ finance extra', '~~~', 'unit: £m', '~~~~~', ''),
      expected: structure({ fences: [fence('finance extra', 0, 4, true, '~~~\nunit: £m\n')], elements: [[0, 4]] }),
    },
    {
      name: 'a closing fence longer than the opening one',
      text: lines('```commitment', 'id: mh-liaison', '````', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, true, 'id: mh-liaison\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a shorter fence is content, and the block runs unclosed to the end',
      text: lines('```commitment', 'id: mh-liaison', '``', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, false, 'id: mh-liaison\n``\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a fence line followed by words is content, not a closing fence',
      text: lines('```commitment', 'id: mh-liaison', '```  x', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, false, 'id: mh-liaison\n```  x\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a last line of fence characters that does not start with the fence is not a closing fence',
      text: lines('```commitment', 'id: mh-liaison', '~~```', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, false, 'id: mh-liaison\n~~```\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a last line starting and ending with the fence but with words between is not a closing fence',
      text: lines('```commitment', 'id: mh-liaison', '```x```', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, false, 'id: mh-liaison\n```x```\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a last line of the fence followed by the other fence character is not a closing fence',
      text: lines('```commitment', 'id: mh-liaison', '```~~', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, false, 'id: mh-liaison\n```~~\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a tilde fence followed by a backtick is not a closing fence',
      text: lines('~~~commitment', 'id: mh-liaison', '~~~`', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, false, 'id: mh-liaison\n~~~`\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a tilde fence is not closed by backticks',
      text: lines('~~~commitment', 'id: mh-liaison', '```', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, false, 'id: mh-liaison\n```\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a block left open at the end of the chapter',
      text: lines('```commitment', 'id: mh-liaison'),
      expected: structure({ fences: [fence('commitment', 0, 2, false, 'id: mh-liaison')], elements: [[0, 2]] }),
    },
    {
      name: 'a fence alone on the last line is open, not closed by itself',
      text: '```\n',
      expected: structure({ fences: [fence('', 0, 1, false, '')], elements: [[0, 1]] }),
    },
    {
      name: 'a fence in a quote, closed inside the quote',
      text: lines('> ```commitment', '> id: mh-liaison', '> ```', '', 'After.', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, true, 'id: mh-liaison\n')], prose: [[4, 5]], elements: [[0, 3], [4, 5]] }),
    },
    {
      name: 'a fence in a quote in a quote',
      text: lines('> > ```commitment', '> > id: mh-liaison', '> > ```', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, true, 'id: mh-liaison\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a fence in a quote left open ends with the quote',
      text: lines('> ```commitment', '> id: mh-liaison', '', 'After.', ''),
      expected: structure({ fences: [fence('commitment', 0, 2, false, 'id: mh-liaison\n')], prose: [[3, 4]], elements: [[0, 2], [3, 4]] }),
    },
    {
      name: 'a fence in a list item',
      text: lines('- ```commitment', '  id: mh-liaison', '  ```', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, true, 'id: mh-liaison\n')], elements: [[0, 3]] }),
    },
    {
      name: 'a fence indented by three spaces is a fence; by four, indented code',
      text: lines('   ```commitment', '   id: mh-liaison', '   ```', '', '    ```finance', '    unit: £m', '    ```', ''),
      expected: structure({ fences: [fence('commitment', 0, 3, true, 'id: mh-liaison\n')], elements: [[0, 3], [4, 7]] }),
    },
    {
      name: 'lists and quotes are one top-level element each, their paragraphs prose',
      text: lines('- Crisis line', '  - open all hours', '', '> Quoted', '> > deeper', ''),
      expected: structure({ prose: [[0, 1], [1, 2], [3, 4], [4, 5]], elements: [[0, 3], [3, 5]] }),
    },
    {
      name: 'a quote whose last line is an empty quote line is read to its end',
      text: lines('> Quoted', '>', ''),
      expected: structure({ prose: [[0, 1]], elements: [[0, 2]] }),
    },
    {
      name: 'a last line of spaces is blank, not unread',
      text: lines('Text.', '   '),
      expected: structure({ prose: [[0, 1]], elements: [[0, 1]] }),
    },
    {
      name: 'ATX headings with closing marks, setext headings, trailing spaces',
      text: lines('# Title #', '', 'Setext', '===', '', '## Two  ', ''),
      expected: structure({ headings: [{ level: 1, text: 'Title', line: 0 }, { level: 1, text: 'Setext', line: 2 }, { level: 2, text: 'Two', line: 5 }], prose: [[0, 1], [2, 3], [5, 6]], elements: [[0, 1], [2, 4], [5, 6]] }),
    },
    {
      name: 'two comments on one line, an indented one, and unclosed ones',
      text: lines('<!-- a --> <!-- planwright-disable schema: b -->', '  <!-- c -->', '<!-- d --> <!-- e', '-->', '', '<!-- f', ''),
      expected: structure({
        comments: [
          { body: ' a ', line: 0, offset: 0, length: 10 },
          { body: ' planwright-disable schema: b ', line: 0, offset: 11, length: 37 },
          { body: ' c ', line: 1, offset: 51, length: 10 },
          { body: ' d ', line: 2, offset: 62, length: 10 },
        ],
        prose: [[3, 4]],
        elements: [[0, 1], [1, 2], [2, 3], [3, 4], [5, 6]],
      }),
    },
    {
      name: '<!--> and <!---> are whole, empty comments: the disable comment after them is read',
      text: lines('<!--> <!---> <!-- planwright-disable schema: b -->', ''),
      expected: structure({
        comments: [
          { body: '', line: 0, offset: 0, length: 5 },
          { body: '', line: 0, offset: 6, length: 6 },
          { body: ' planwright-disable schema: b ', line: 0, offset: 13, length: 37 },
        ],
        elements: [[0, 1]],
      }),
    },
    {
      name: 'a comment ends at the first "-->", even one that an opening inside it runs into',
      text: '<!--<!-->x-->\n',
      expected: structure({ comments: [{ body: '<!', line: 0, offset: 0, length: 9 }], elements: [[0, 1]] }),
    },
    {
      name: 'CRLF line breaks',
      text: 'Intro.\r\n\r\n```finance\r\nunit: £m\r\n```\r\n\r\n<!-- note -->\r\n',
      expected: structure({ fences: [fence('finance', 2, 5, true, 'unit: £m\n')], comments: [{ body: ' note ', line: 6, offset: 39, length: 13 }], prose: [[0, 1]], elements: [[0, 1], [2, 5], [6, 7]] }),
    },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepEqual(structureOf(text), expected));
  }
});

describe('what a chapter’s fenced blocks give (parse/chapter.ts)', () => {
  const schemas = () => testEngine().schemas;
  const parse = (text: string) => parseChapter(URI, text, schemas());

  it('reads the front matter’s title, lead and area, and a disable comment inside it only', () => {
    const text = lines('---', 'title: Mental health', 'lead: test-mh', 'area: mental-health', '# planwright-disable schema: agreed at the board', '---', '# planwright-disable schema: a heading, not YAML', '');
    const document = parse(text);
    assert.deepEqual(document.frontMatter, { title: { value: 'Mental health', range: r(1, 7, 1, 20) }, lead: { value: 'test-mh', range: r(2, 6, 2, 13) }, area: { value: 'mental-health', range: r(3, 6, 3, 19) } });
    assert.deepEqual(document.problems, []);
    assert.deepEqual(document.suppressions, [
      { uri: URI, range: r(4, 0, 4, 48), rules: [{ value: 'schema', range: r(4, 21, 4, 27) }], reason: 'agreed at the board', startLine: 5, endLine: 5 },
    ]);
    assert.deepEqual(document.headings, [{ level: 1, text: 'planwright-disable schema: a heading, not YAML', range: r(6, 0, 6, 48) }]);
  });

  it('gives each kind of block its range, type range and content range; commitment and finance items carry the block’s range', () => {
    const text = lines(
      '# Money and people',
      '',
      '```commitment',
      'id: mh-liaison',
      'status: on-track',
      '```',
      '',
      '```finance',
      'unit: £m',
      'income: { 2019/20: 100, 2020/21: 104 }',
      '```',
      '',
      '```workforce',
      'groups:',
      '  - group: Nurses',
      '    demand: { 2019/20: 10, 2020/21: 12 }',
      '```',
      '',
      '```milestones',
      '- { what: Open the crisis hub, by: 2020/21 }',
      '```',
      '',
      '```inequalities',
      'goals:',
      '  - measure: Gap in healthy life expectancy',
      '    baseline: { year: 2019/20, value: 12 }',
      '```',
      '',
      '```assumptions',
      'emergency-admissions-growth: { 2019/20: 1%, 2020/21: 1.5% }',
      '```',
      '',
    );
    const document = parse(text);
    assert.deepEqual(document.problems, []);
    assert.deepEqual(document.blocks, [
      { type: 'commitment', range: r(2, 0, 5, 3), typeRange: r(2, 3, 2, 13), contentRange: r(3, 0, 4, 16), closed: true },
      { type: 'finance', range: r(7, 0, 10, 3), typeRange: r(7, 3, 7, 10), contentRange: r(8, 0, 9, 38), closed: true },
      { type: 'workforce', range: r(12, 0, 16, 3), typeRange: r(12, 3, 12, 12), contentRange: r(13, 0, 15, 40), closed: true },
      { type: 'milestones', range: r(18, 0, 20, 3), typeRange: r(18, 3, 18, 13), contentRange: r(19, 0, 19, 44), closed: true },
      { type: 'inequalities', range: r(22, 0, 26, 3), typeRange: r(22, 3, 22, 15), contentRange: r(23, 0, 25, 42), closed: true },
      { type: 'assumptions', range: r(28, 0, 30, 3), typeRange: r(28, 3, 28, 14), contentRange: r(29, 0, 29, 59), closed: true },
    ]);
    assert.deepEqual(document.responses.map((response) => [response.range, response.id?.value]), [[r(2, 0, 5, 3), 'mh-liaison']]);
    assert.deepEqual(document.finance.map((finance) => finance.range), [r(7, 0, 10, 3)]);
    assert.deepEqual(document.workforce.map((group) => [group.range.start, group.group?.value]), [[{ line: 14, character: 4 }, 'Nurses']]);
    assert.deepEqual(document.milestones.map((milestone) => [milestone.range, milestone.what?.value]), [[r(19, 2, 19, 44), 'Open the crisis hub']]);
    assert.deepEqual(document.inequalities.map((goal) => [goal.range.start, goal.measure?.value]), [[{ line: 24, character: 4 }, 'Gap in healthy life expectancy']]);
    assert.deepEqual(document.assumptions.map((series) => [series.range, series.id.value]), [[r(29, 0, 29, 59), 'emergency-admissions-growth']]);
    assert.deepEqual(document.headings, [{ level: 1, text: 'Money and people', range: r(0, 0, 0, 18) }]);
    assert.deepEqual(document.proseLines, [[0, 0]]);
  });

  it('suggests a block type for a misspelt info word longer than three letters, and ignores other fences', () => {
    const document = parse(lines('```finanse   ', 'unit: £m', '```', '', '```fin', '```', '', '```python', 'x = 1', '```', ''));
    assert.deepEqual(document.problems, [
      { ruleId: 'schema', message: '`finanse` is not a plan block type: did you mean `finance`? (other fenced blocks are ignored)', range: r(0, 3, 0, 10), data: { suggestions: ['finance'] } },
    ]);
    assert.deepEqual(document.blocks, []);
  });

  it('reports a block left open in a quote, its content ending with the quote', () => {
    const document = parse(lines('> ```commitment', '> id: mh-liaison', '', 'After.', ''));
    assert.deepEqual(document.blocks, [{ type: 'commitment', range: r(0, 0, 1, 16), typeRange: r(0, 5, 0, 15), contentRange: r(1, 0, 1, 16), closed: false }]);
    assert.deepEqual(document.problems, [
      { ruleId: 'yaml-syntax', message: 'the commitment block is not closed: add a closing fence line', range: r(0, 5, 0, 15) },
      { ruleId: 'schema', message: 'the commitment block is missing `status` (where delivery stands)', range: r(0, 5, 0, 15) },
    ]);
  });

  it('reports a block whose last line mixes fence characters as not closed, that line read as its content', () => {
    const document = parse(lines('```commitment', 'id: mh-liaison', 'status: on-track', '```~~'));
    assert.deepEqual(document.blocks, [
      { type: 'commitment', range: r(0, 0, 3, 5), typeRange: r(0, 3, 0, 13), contentRange: r(1, 0, 3, 5), closed: false, unreadableId: 'mh-liaison' },
    ]);
    // Before, the line counted as a closing fence while the parser read it as YAML: the problems pointed outside the content.
    assert.deepEqual(document.problems, [
      { ruleId: 'yaml-syntax', message: 'the commitment block is not closed: add a closing fence line', range: r(0, 3, 0, 13) },
      { ruleId: 'yaml-syntax', message: 'Plain value cannot start with reserved character `', range: r(3, 0, 3, 1) },
      { ruleId: 'yaml-syntax', message: 'Implicit map keys need to be followed by map values', range: r(3, 0, 3, 5) },
    ]);
  });

  it('reports an empty block, its content range on the closing line', () => {
    const document = parse(lines('Intro.', '', '```finance', '```', ''));
    assert.deepEqual(document.blocks, [{ type: 'finance', range: r(2, 0, 3, 3), typeRange: r(2, 3, 2, 10), contentRange: r(3, 0, 3, 3), closed: true }]);
    assert.deepEqual(document.problems, [{ ruleId: 'schema', message: 'the finance block is empty', range: r(2, 3, 2, 10) }]);
  });

  it('reads a disable comment that is a block’s only line', () => {
    const document = parse(lines('```commitment', '# planwright-disable schema: draft wording', '```', ''));
    assert.deepEqual(document.suppressions, [{ uri: URI, range: r(1, 0, 1, 42), rules: [{ value: 'schema', range: r(1, 21, 1, 27) }], reason: 'draft wording', startLine: 2, endLine: 2 }]);
    assert.deepEqual(document.blocks, [{ type: 'commitment', range: r(0, 0, 2, 3), typeRange: r(0, 3, 0, 13), contentRange: r(1, 0, 1, 42), closed: true }]);
  });

  const unreadable: { name: string; idLine: string; type?: BlockType; expected: string | undefined }[] = [
    { name: 'a plain id', idLine: 'id: mh-liaison', expected: 'mh-liaison' },
    { name: 'a quoted id with a comment after it', idLine: 'id: "mh-liaison"  # the liaison service', expected: 'mh-liaison' },
    { name: 'an id with no space after the colon', idLine: 'id:mh-liaison', expected: 'mh-liaison' },
    { name: 'an id followed by more words', idLine: 'id: mh-liaison extra', expected: undefined },
    { name: 'an indented id line', idLine: '  id: mh-liaison', expected: undefined },
    { name: 'an id in a block of another kind', idLine: 'id: mh-liaison', type: 'milestones', expected: undefined },
  ];
  for (const { name, idLine, type = 'commitment', expected } of unreadable) {
    it(`names the id of a ${type} block that cannot be read: ${name}`, () => {
      const document = parse(lines('```' + type, idLine, 'status: [on-track', '```', ''));
      assert.deepEqual(document.blocks, [
        { type, range: r(0, 0, 3, 3), typeRange: r(0, 3, 0, 3 + type.length), contentRange: r(1, 0, 2, 17), closed: true, ...(expected ? { unreadableId: expected } : {}) },
      ]);
    });
  }

  it('does not name an unreadable id for a block that can be read', () => {
    const [block] = parse(lines('```commitment', 'id: mh-liaison', 'status: on-track', '```')).blocks;
    assert.deepEqual(block, { type: 'commitment', range: r(0, 0, 3, 3), typeRange: r(0, 3, 0, 13), contentRange: r(1, 0, 2, 16), closed: true });
  });

  it('covers the next top-level element with a disable comment, or the line after the comment when none follows', () => {
    const text = lines('<!-- planwright-disable plain-language: quoted from the board paper -->', '', 'Some prose', 'over two lines.', '', '<!-- planwright-disable schema: last -->');
    assert.deepEqual(parse(text).suppressions, [
      { uri: URI, range: r(0, 0, 0, 71), rules: [{ value: 'plain-language', range: r(0, 24, 0, 38) }], reason: 'quoted from the board paper', startLine: 2, endLine: 3 },
      { uri: URI, range: r(5, 0, 5, 40), rules: [{ value: 'schema', range: r(5, 24, 5, 30) }], reason: 'last', startLine: 6, endLine: 6 },
    ]);
  });
});

describe('the block cache between parses of one chapter (parse/chapter.ts)', () => {
  const schemas = () => testEngine().schemas;
  const chapter = (after: string) => lines('Intro.', '', '```commitment', 'id: mh-liaison', 'status: on-track', '```', after, '', 'More.', '');

  it('reuses an unchanged block as it was, whatever follows it', () => {
    const cache = new BlockCache();
    const first = parseChapter(URI, chapter(''), schemas(), cache);
    const again = parseChapter(URI, chapter(''), schemas(), cache);
    const edited = parseChapter(URI, chapter('Words after the block.'), schemas(), cache);
    assert.equal(again.blocks[0], first.blocks[0]);
    assert.equal(edited.blocks[0], first.blocks[0]);
    assert.deepEqual(edited, parseChapter(URI, chapter('Words after the block.'), schemas()));
  });

  it('keeps only the blocks of the latest parse: a block gone for one parse is read again', () => {
    const cache = new BlockCache();
    const first = parseChapter(URI, chapter(''), schemas(), cache);
    parseChapter(URI, 'Intro.\n', schemas(), cache);
    const back = parseChapter(URI, chapter(''), schemas(), cache);
    assert.notEqual(back.blocks[0], first.blocks[0]);
    assert.deepEqual(back.blocks, first.blocks);
  });
});
