import * as assert from 'node:assert/strict';
import { Parser } from 'yaml';
import { readYaml } from '../../core/src/parse/read-yaml';
import { parseYaml, type YamlProblem } from '../../core/src/parse/yaml';
import { MAX_YAML_ENTRIES, measureTokens, tooManyEntries } from '../../core/src/parse/yaml-bounds';
import { isMapNode, isScalarNode, isSeqNode, nodeAtPath, nodeSpan, PlainMap, type YamlNode } from '../../core/src/parse/yaml-nodes';
import type { SchemaName } from '../../core/src/schema/schema-set';
import { LineIndex } from '../../core/src/text/positions';
import { lines, testEngine } from '../helpers/engine';

/** What parseYaml gives for a text, without the document itself: whether there is one, the value, problems and entries. */
function parsed(text: string): { doc: boolean; value: unknown; problems: readonly YamlProblem[]; entries: number } {
  const result = parseYaml(text);
  return { doc: result.doc !== undefined, value: result.value, problems: result.problems, entries: result.entries };
}

const unreadable = (problems: YamlProblem[], entries: number) => ({ doc: true, value: undefined, problems, entries });
const refused = (problem: YamlProblem) => ({ doc: false, value: undefined, problems: [problem], entries: 0 });
const NESTED = 'the YAML is nested too deeply to read';

/** `depth` flow lists nested in one another on one line. */
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** anchors a: &a [x × 10], b: &b [*a × 10], c: &c [*b × 10]: a thousand values if expanded. */
const aliasBomb = lines('a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', '');

describe('parseYaml: the problems of a YAML text, with their messages and offsets', () => {
  const cases: { name: string; text: string; expected: ReturnType<typeof parsed> }[] = [
    {
      name: 'a duplicate key points at the second key, and the text has no value',
      text: lines('id: mh-liaison', 'status: on-track', 'status: at-risk', ''),
      expected: unreadable([{ message: 'Map keys must be unique', start: 32, end: 33 }], 3),
    },
    {
      name: 'a list item inside a mapping gives three problems; the empty one is widened to one character',
      text: lines('id: mh-liaison', '- test-mh', 'status: on-track', ''),
      expected: unreadable(
        [
          { message: 'Implicit keys need to be on a single line', start: 15, end: 16 },
          { message: 'Unexpected block-seq-ind on same line with key', start: 15, end: 16 },
          { message: 'Implicit map keys need to be followed by map values', start: 15, end: 16 },
        ],
        3,
      ),
    },
    {
      name: 'a key broken over two lines is reported over its whole span',
      text: lines('id: mh-liaison', '"status', '  text": on-track', ''),
      expected: unreadable([{ message: 'Implicit keys need to be on a single line', start: 15, end: 30 }], 2),
    },
    {
      name: 'an unclosed quote at the end points at the last character written',
      text: lines('id: mh-liaison', 'summary: "Liaison teams in every A&E', ''),
      expected: unreadable([{ message: 'Missing closing "quote', start: 50, end: 51 }], 2),
    },
    {
      name: 'a second document is reported from its marker to its end',
      text: lines('id: mh-liaison', 'status: on-track', '---', 'id: mh-crisis-care', ''),
      expected: unreadable([{ message: 'Source contains multiple documents; please use YAML.parseAllDocuments()', start: 32, end: 55 }], 3),
    },
    {
      name: 'a list used as a key is refused at the key',
      text: lines('id: mh-liaison', '? [test-mh, test-ccg]', ': lead', ''),
      expected: unreadable([{ message: 'a list or mapping cannot be used as a key: write a plain name before the colon', start: 17, end: 36 }], 4),
    },
    {
      name: 'an alias that would expand to a thousand values is refused on the first line',
      text: aliasBomb,
      expected: unreadable([{ message: 'the YAML expands too many aliases (more than 100); write the values out', start: 0, end: 36 }], 33),
    },
    {
      name: 'an alias to an anchor never set is named at the alias, not called an alias bomb',
      text: lines('id: mh-liaison', 'lead: *lead-org', ''),
      expected: unreadable([{ message: '`*lead-org` names no anchor set before it: write `&lead-org` on the value it repeats, above this line, or write the value out', start: 21, end: 30 }], 2),
    },
    {
      name: 'a text nested 65 deep is refused at the 65th opening bracket',
      text: lines('actions:', `  - ${nested(63)}`, ''),
      expected: refused({ message: NESTED, start: 75, end: 76 }),
    },
    {
      name: 'a bare list nested 65 deep is refused at its 65th bracket',
      text: nested(65),
      expected: refused({ message: NESTED, start: 64, end: 65 }),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(parsed(c.text), c.expected);
    });
  }

  it('a text nested 64 deep is read', () => {
    const text = lines('actions:', `  - ${nested(62)}`, '');
    let expected: unknown = [];
    for (let i = 1; i < 62; i++) expected = [expected];
    assert.deepEqual(parsed(text), { doc: true, value: { actions: [expected] }, problems: [], entries: 63 });
  });

  it('a well-formed text outside the fast reader keeps its comments out of the value', () => {
    assert.deepEqual(parsed(lines('id: mh-liaison', 'status: on-track', '\t# a tab before a comment', '')), {
      doc: true,
      value: { id: 'mh-liaison', status: 'on-track' },
      problems: [],
      entries: 2,
    });
  });

  it('twenty problems are all listed', () => {
    const text = 'status: on-track\n'.repeat(21);
    const problems = Array.from({ length: 20 }, (_, i) => ({ message: 'Map keys must be unique', start: 17 * (i + 1), end: 17 * (i + 1) + 1 }));
    assert.deepEqual(parsed(text), unreadable(problems, 21));
  });

  it('past twenty problems, the rest are counted in one more problem where the 21st was', () => {
    const text = 'status: on-track\n'.repeat(23);
    const problems = Array.from({ length: 20 }, (_, i) => ({ message: 'Map keys must be unique', start: 17 * (i + 1), end: 17 * (i + 1) + 1 }));
    problems.push({ message: '2 more YAML problems from here on are not listed: fix the ones above first', start: 357, end: 358 });
    assert.deepEqual(parsed(text), unreadable(problems, 23));
  });

  it('a text of more than 50,000 entries is not read, and the problem covers its first line', () => {
    const text = `trajectory:\n  [${'1,'.repeat(MAX_YAML_ENTRIES)}1]\n`;
    assert.deepEqual(
      parsed(text),
      refused({ message: 'the YAML has more than 50,000 list and mapping entries and was not read: split it across files', start: 0, end: 11 }),
    );
  });
});

describe('yaml-bounds: counting entries and measuring depth', () => {
  // One kind of indicator repeated: each kind counts an entry on its own.
  const kinds: { name: string; text: (count: number) => string }[] = [
    { name: 'commas of a flow list', text: (count) => `[${','.repeat(count)}]` },
    { name: 'dashes of a block list', text: (count) => '-\n'.repeat(count) },
    { name: 'colons of a block mapping', text: (count) => ':\n'.repeat(count) },
    { name: 'question marks of explicit keys', text: (count) => '?\n'.repeat(count) },
  ];
  for (const kind of kinds) {
    it(`${MAX_YAML_ENTRIES + 1} ${kind.name} are too many entries`, () => {
      assert.equal(tooManyEntries(kind.text(MAX_YAML_ENTRIES + 1)), true);
    });
  }

  it(`exactly ${MAX_YAML_ENTRIES} entries, in a text longer than that, are not too many`, () => {
    assert.equal(tooManyEntries(`[${','.repeat(MAX_YAML_ENTRIES)}]`), false);
  });

  it('a short text is never too many entries', () => {
    assert.equal(tooManyEntries(lines('id: mh-liaison', 'partners: [test-mh, test-ccg]', '')), false);
  });

  const tokens = (text: string) => [...new Parser().parse(text)];

  it('every list and mapping entry is counted, block and flow', () => {
    const text = lines('id: mh-liaison', 'partners: [test-mh, test-ccg]', 'trajectory: { 2023/24: 120, 2024/25: 130 }', 'actions:', '  - recruit', '  - train', '');
    assert.deepEqual(measureTokens(tokens(text)), { entries: 10 });
  });

  it('nesting as deep as the limit is allowed; one deeper is reported at its start', () => {
    assert.deepEqual(measureTokens(tokens('partners: [[test-mh]]\n'), 3), { entries: 3 });
    assert.deepEqual(measureTokens(tokens('partners: [[[test-mh]]]\n'), 3), { tooDeepAt: 12, entries: 3 });
  });

  it('the first document that is too deep is the one reported', () => {
    assert.deepEqual(measureTokens(tokens(lines('[[a]]', '---', '[[b]]', '')), 1), { tooDeepAt: 1, entries: 1 });
  });
});

describe('readYaml: problems at the node, or at the fallback range', () => {
  const FALLBACK = { start: { line: 40, character: 0 }, end: { line: 40, character: 3 } };
  const range = (line: number, character: number, endLine: number, endCharacter: number) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });

  function read(text: string, schema: SchemaName = 'commitment') {
    const result = readYaml(text, new LineIndex(text), testEngine().schemas, schema, FALLBACK);
    return { view: result.view !== undefined, value: result.value, problems: result.problems };
  }

  for (const [name, text] of [
    ['an empty text', ''],
    ['a text of comments only', '# to be written\n'],
    ['`null`', 'null\n'],
    ['`~`', '~'],
  ] as const) {
    it(`${name} has no value, no view and no problems`, () => {
      assert.deepEqual(read(text), { view: false, value: undefined, problems: [] });
    });
  }

  it('a syntax problem is reported alone, without a value or a schema check', () => {
    assert.deepEqual(read(lines('id: mh-liaison', 'status: on-track', 'status: at-risk', '')), {
      view: false,
      value: undefined,
      problems: [{ ruleId: 'yaml-syntax', message: 'Map keys must be unique', range: range(2, 0, 2, 1) }],
    });
  });

  it('a text nested too deeply is reported, with nothing read', () => {
    assert.deepEqual(read(nested(65)), { view: false, value: undefined, problems: [{ ruleId: 'yaml-syntax', message: NESTED, range: range(0, 64, 0, 65) }] });
  });

  const cases: { name: string; text: string; schema?: SchemaName; problems: unknown[] }[] = [
    {
      name: 'a key missing from the whole block points at the fallback range',
      text: 'id: mh-liaison\n',
      problems: [{ ruleId: 'schema', message: 'the commitment block is missing `status` (where delivery stands)', range: FALLBACK }],
    },
    {
      name: 'a block that is a list, not a mapping, points at the fallback range',
      text: '- mh-liaison\n',
      problems: [{ ruleId: 'schema', message: 'the commitment block is a list; it must be a mapping (key: value lines)', range: FALLBACK }],
    },
    {
      name: 'a misspelt status points at the value, with the near status as a suggestion',
      text: lines('id: mh-liaison', 'status: ontrack', ''),
      problems: [{ ruleId: 'schema', message: '`status` is "ontrack"; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`', range: range(1, 8, 1, 15), data: { suggestions: ['on-track'] } }],
    },
    {
      name: 'a status near none of the allowed ones has no suggestion',
      text: lines('id: mh-liaison', 'status: delayed', ''),
      problems: [{ ruleId: 'schema', message: '`status` is "delayed"; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`', range: range(1, 8, 1, 15) }],
    },
    {
      name: 'an id that breaks the pattern carries the id as written and the id meant',
      text: lines('id: MH_Liaison', 'status: on-track', ''),
      problems: [
        {
          ruleId: 'schema',
          message: '`id` is "MH_Liaison": an id is written in lower case with hyphens, like mh-talking-therapies (mh-liaison)',
          range: range(0, 4, 0, 14),
          data: { suggestions: ['mh-liaison'] },
          invalidId: 'MH_Liaison',
        },
      ],
    },
    {
      name: 'an unknown key points at the key, with the key meant',
      text: lines('id: mh-liaison', 'status: on-track', 'leed: test-mh', ''),
      problems: [{ ruleId: 'schema', message: 'unknown key `leed` in the commitment block: did you mean `lead`?', range: range(2, 0, 2, 4), data: { suggestions: ['lead'] } }],
    },
    {
      name: 'an empty value in a block mapping points at one character where the value belongs',
      text: lines('id: mh-liaison', 'status:', ''),
      problems: [{ ruleId: 'schema', message: '`status` is empty; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`', range: range(1, 7, 2, 0) }],
    },
    {
      name: 'a key with no value in a flow mapping points at the key',
      text: '{ id: mh-liaison, status }\n',
      problems: [{ ruleId: 'schema', message: '`status` is empty; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`', range: range(0, 18, 0, 24) }],
    },
    {
      name: 'a value under a key written as an alias points at the whole mapping, not at the fallback range',
      text: lines('id: mh-liaison', 'summary: &s status', '*s : delayed', ''),
      problems: [{ ruleId: 'schema', message: '`status` is "delayed"; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`', range: range(0, 0, 3, 0) }],
    },
    {
      name: 'a list item of the wrong type points at the item',
      text: lines('id: mh-liaison', 'status: on-track', 'partners: [test-mh, 7]', ''),
      problems: [{ ruleId: 'schema', message: '`partners` item 2 is 7; it must be text', range: range(2, 20, 2, 21) }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = read(c.text, c.schema);
      assert.deepEqual(result.problems, c.problems);
      assert.equal(result.view, true);
    });
  }

  it('a repair comes first, as a schema problem with its replacement as the suggestion, and the repaired value is read', () => {
    const text = lines('id: mh-liaison', 'status: on-track', 'baseline: { year: 2023-24, value: 120 }', 'trajectory: { 2024/25: 13O }', '');
    assert.deepEqual(read(text), {
      view: true,
      value: { id: 'mh-liaison', status: 'on-track', baseline: { year: '2023/24', value: 120 }, trajectory: { '2024/25': '13O' } },
      problems: [
        { ruleId: 'schema', message: '`2023-24` is the financial year 2023/24: write it `2023/24`', range: range(2, 18, 2, 25), data: { suggestions: ['2023/24'] } },
        { ruleId: 'schema', message: '`2024/25` is "13O"; expected a number, or a percentage written like 75%', range: range(3, 23, 3, 26) },
      ],
    });
  });

  it('a repair without a replacement (a workforce list) has no suggestion', () => {
    const text = lines('workforce:', '  - group: registered nurses', '    demand: { 2023/24: 1200 }', '');
    assert.deepEqual(read(text, 'data-file').problems, [
      {
        ruleId: 'schema',
        message: 'the workforce block is a list of staff groups: put the list under `groups:`, like `groups: [ { group: registered nurses, demand: { ... }, supply: { ... } } ]`',
        range: range(1, 2, 3, 0),
      },
    ]);
  });
});

describe('nodeAtPath: the node a schema problem points at', () => {
  // The same text read by the plain reader (light nodes) and, with an anchor added, by the library.
  const texts = { plain: lines('groups:', '  - group: nurses', '    supply: 4', ''), library: lines('groups:', '  - group: &g nurses', '    supply: 4', '') };
  for (const [reader, text] of Object.entries(texts)) {
    const root = parseYaml(text).root;
    assert.ok(isMapNode(root));
    assert.equal(root instanceof PlainMap, reader === 'plain', 'read by the reader named');
    const groups = root.items[0]?.value;
    assert.ok(isSeqNode(groups));
    const item = groups.items[0];
    assert.ok(isMapNode(item));
    const supply = item.items[1];
    assert.ok(supply && isScalarNode(supply.value));
    it(`${reader} nodes: a path that is there gives its node and the key before it, exactly`, () => {
      assert.deepEqual(nodeAtPath(root, ['groups', 0, 'supply']), { node: supply.value, exact: true, key: supply.key });
      assert.deepEqual(nodeAtPath(root, ['groups', 0]), { node: item, exact: true });
      assert.equal(text.slice(...nodeSpan(supply.value as YamlNode)), '4');
    });
    it(`${reader} nodes: a missing key or list item gives the deepest node there, not exactly; a path on through a scalar gives the scalar`, () => {
      assert.deepEqual(nodeAtPath(root, ['groups', 0, 'demand']), { node: item, exact: false });
      assert.deepEqual(nodeAtPath(root, ['groups', 3]), { node: groups, exact: false });
      assert.deepEqual(nodeAtPath(root, ['groups', 0, 'supply', 'more']), { node: supply.value, exact: true, key: supply.key });
    });
  }
});
