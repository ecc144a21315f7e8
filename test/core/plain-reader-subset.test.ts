import * as assert from 'node:assert/strict';
import { readPlainYaml } from '../../core/src/parse/plain-yaml';
import { assertSameAsLibrary, libraryReading } from '../helpers/yaml-reference';

/**
 * The plain YAML reader's subset, construct by construct: each text here is
 * one the reader must read itself (not leave to the library), giving the
 * library's nodes, ranges, value, entry count and document range exactly.
 * What it must leave to the library is in plain-reader-subset-2.test.ts.
 */

/** Asserts the plain reader reads `text` itself and equals the library on it. */
function readsAsLibrary(text: string): void {
  const plain = readPlainYaml(text);
  assert.notEqual(plain, undefined, `the plain reader reads:\n${text}`);
  if (!plain) return;
  assertSameAsLibrary(text, plain);
}

/** A table of texts the reader must read as the library does. */
function table(cases: readonly (readonly [string, string])[]): void {
  for (const [name, text] of cases) {
    it(name, () => readsAsLibrary(text));
  }
}

describe('plain YAML reader: the subset it reads itself, as the library does', () => {
  describe('block mappings and lists', () => {
    table([
      ['a mapping of plain values', 'id: mh-liaison\nstatus: on-track\nlead: nhs-north\n'],
      ['a mapping without a final line break', 'id: mh-liaison\nstatus: on-track'],
      ['a one-key mapping without a final line break', 'a: 1'],
      ['a key written in several words', 'planned care: 1\nA and E attendances: 2\nbeds (core): 3\n'],
      ['a nested mapping', 'commitment:\n  id: mh-liaison\n  status: on-track\nnext: 1\n'],
      ['a mapping nested one space deep', 'plan:\n lead: nhs-north\n by: 2024/25\n'],
      ['mappings nested three deep, closing back to each level', 'a:\n  b:\n    c: 1\n    d: 2\n  e: 3\nf: 4\n'],
      ['a list under a key at the key\'s own indent, then another key', 'partners:\n- org-a\n- org-b\nstatus: on-track\n'],
      ['a list under a key indented deeper, then another key', 'partners:\n  - org-a\n  - org-b\nstatus: on-track\n'],
      ['a list at the top', '- org-a\n- org-b\n'],
      ['a list of mappings (trajectory points)', 'trajectory:\n  - year: 2019/20\n    value: 5640\n  - year: 2020/21\n    value: 5700\n    note: rising\n'],
      ['a list of mappings at the top', '- year: 2019/20\n  value: 5640\n- year: 2020/21\n  value: 5700\n'],
      ['a list item whose mapping starts on the next line', 'items:\n  -\n    a: 1\n    b: 2\n'],
      ['a list item whose list starts on the next line', '-\n  - a\n  - b\n- c\n'],
      ['a list of mappings each with a nested list', '- id: a\n  orgs:\n    - x\n- id: b\n  orgs:\n  - y\n'],
      ['a document indented as a whole', '  id: mh-liaison\n  status: on-track\n'],
      ['a list indented as a whole', '  - a\n  - b'],
      ['twenty list items, each a one-key mapping', Array.from({ length: 20 }, (_, i) => `- id: c${i}\n`).join('')],
      ['twenty list items, each a flow list', Array.from({ length: 20 }, (_, i) => `- [a${i}, b]\n`).join('')],
      ['twenty keys, each with a flow mapping', Array.from({ length: 20 }, (_, i) => `k${i}: { a: [${i}] }\n`).join('')],
      ['keys that look like years, numbers and words of the core schema', '2019/20: 5\n2020: 6\n1.50: x\nnull: a\ntrue: b\n'],
      ['a list item whose text holds a colon', '- a:b\n- http://x.org/a\n'],
    ]);

    it('keys naming Object.prototype members become own, enumerable, writable properties as the library makes them', () => {
      const text = 'toString: 1\n__proto__: 2\nconstructor: 3\nid: x\n';
      readsAsLibrary(text);
      const plain = readPlainYaml(text);
      const expected = Object.getOwnPropertyDescriptors(libraryReading(text).doc.toJS() as object);
      assert.deepEqual(Object.getOwnPropertyDescriptors(plain?.value as object), expected);
      assert.deepEqual(Object.getOwnPropertyDescriptor(plain?.value as object, 'toString'), { value: 1, writable: true, enumerable: true, configurable: true });
    });
  });

  describe('scalars', () => {
    table([
      ['null in each spelling, and near misses', 'a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\nf: nullable\n'],
      ['booleans in each spelling, and near misses', 'a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: tRUE\nh: trueish\ni: untrue\n'],
      ['integers with and without signs', 'a: 5640\nb: -12\nc: +3\nd: 007\ne: 0\n'],
      ['decimals in every form', 'a: 1.50\nb: -1.5\nc: +.5\nd: .25\ne: 5.\nf: 2.0\ng: -0.750\nh: 12.345\n'],
      ['texts that look nearly like numbers', 'a: v1.5\nb: 1.2.3\nc: 2019/20\nd: 2022-04\ne: x1e3\nf: 1e3x\ng: 1e\nh: 0x\ni: 0o8\nj: 0xG1\nk: .infinity\nl: 1.5e\nm: e3\nn: 1-2\n'],
      ['texts with signs, percentages, hashes and colons inside', 'a: -x\nb: 50%\nc: C#\nd: x#y\ne: http://x.org/a\nf: Care & support\ng: -5x\n'],
      ['a plain value followed by spaces', 'a: x   \nb: 1  \n'],
      ['double-quoted values', 'a: "quoted"\nb: ""\nc: "it\'s"\nd: "50: half"\ne: "# not a comment"\n'],
      ['single-quoted values, with doubled quotes and backslashes', "a: 'x'\nb: ''\nc: 'it''s'\nd: 'C:\\dir'\ne: '''q'''\nf: 'say \"hi\"'\n"],
      ['quoted values followed by spaces and comments', 'a: "x"   \nb: \'y\' # note\nc: "z" #note\n'],
      ['quoted list items', '- "a"\n- \'b\'\n- \'it\'\'s\'\n'],
      ['a quoted value that ends the text', 'a: "x"'],
      ['a single-quoted value that ends the text', "a: 'x'"],
    ]);
  });

  describe('flow lists and mappings on one line', () => {
    table([
      ['empty flow collections', 'a: []\nb: {}\n'],
      ['a flow list of scalars', 'partners: [org-a, org-b, org-c]\n'],
      ['a flow list with spaces around items', 'a: [ a , b ,c ]\n'],
      ['a flow list of numbers, booleans and nulls', 'a: [1, 2.50, -3, true, ~, null, x]\n'],
      ['a flow mapping by year', 'values: { 2019/20: 5640, 2020/21: 5700 }\n'],
      ['a flow mapping without spaces inside its braces', 'a: {x: 1, y: two}\n'],
      ['nested flow lists', 'a: [a, [b, c], [[d]]]\n'],
      ['flow mappings in lists and lists in mappings', 'a: [a, {b: 1}, { c: [1, 2] }]\nb: { x: [y], z: {w: 1} }\n'],
      ['quoted items in flow collections', 'a: ["a", \'b\', "c d" , \'it\'\'s\']\nb: { x: "y", z: \'w\' }\n'],
      ['flow items holding colons, hashes and slashes', 'links: [https://nhs.uk/a, b]\nc: [C#, F#]\nd: [C# 10, x]\ne: [a :b]\nf: { k: a:b }\n'],
      ['a flow collection followed by a comment', 'a: [a] # note\nb: {x: 1}   # note\n'],
      ['a flow list as a list item and at the end of the text', '- [a, b]\n- {c: 1}'],
      ['a flow list nested thirty-one deep under a key', `a: ${'['.repeat(31)}x${']'.repeat(31)}\n`],
    ]);
  });

  describe('comments, blank lines and line ends', () => {
    table([
      ['a comment before the first line', '# the commitment\nid: x\n'],
      ['a one-character comment line before the first line', '#\nid: x\n'],
      ['a blank line with spaces before the first line', ' \nid: x\n'],
      ['comments after values', 'id: x # the id\nstatus: on-track  # so far\n'],
      ['comment lines between entries', 'a: 1\n# between\nb: 2\n'],
      ['a comment line at a nested mapping\'s indent between its entries', 'a:\n  b: 1\n  # between\n  c: 2\nd: 3\n'],
      ['a comment line less indented than the mapping that ends before it', 'a:\n  b: 1\n# after\nd: 2\n'],
      ['a comment line at the end, at the top level', 'a: 1\n# the end\n'],
      ['a comment line at the end, without a final line break', 'a: 1\n# the end'],
      ['a comment after a key whose value is on the next lines', 'a: # the list\n  - x\nb: # the map\n  c: 1\n'],
      ['blank lines between entries and at the end', 'a: 1\n\nb: 2\n\n\n'],
      ['a whitespace-only line between entries', 'a: 1\n  \nb: 2\n'],
      ['a whitespace-only last line', 'a: 1\n  '],
      ['blank lines inside a list', '- a\n\n- b\n'],
      ['comment lines between list items', '- a\n# note\n- b\n'],
    ]);
  });

  describe('folded scalars (>-)', () => {
    table([
      ['a folded note', 'note: >-\n  Some words,\n  and more.\nnext: 1\n'],
      ['a folded note with a blank line kept as a break', 'note: >-\n  One.\n\n  Two.\nnext: 1\n'],
      ['a folded note with two blank lines', 'note: >-\n  One.\n\n\n  Two.\n'],
      ['a folded note whose blank line has the text\'s own indent', 'note: >-\n  One.\n  \n  Two.\n'],
      ['a folded note ending the text without a line break', 'note: >-\n  One.\n  Two.'],
      ['a folded note of one line ending the text', 'note: >-\n  One.'],
      ['a folded note followed by blank lines', 'note: >-\n  One.\n\n'],
      ['a folded note in a nested mapping, then a key back at the outer indent', 'a:\n  note: >-\n    Text here\n    and here.\n  b: 1\nc: 2\n'],
      ['a folded note indented more than one step', 'note: >-\n      deep text\n      more\n'],
      ['a folded note with text that looks like YAML', 'note: >-\n  x: y # not a comment\n  - not a list\n  "quoted"\n'],
    ]);
  });

  describe('the bounds, at their limits', () => {
    it('reads mappings nested thirty-two deep', () => {
      const text = Array.from({ length: 32 }, (_, i) => `${' '.repeat(i)}k${i}:${i === 31 ? ' v' : ''}\n`).join('');
      readsAsLibrary(text);
    });

    it('reads a text of exactly the bound on entries, counting them as the library does', () => {
      // One mapping entry and 49,999 list items: 50,000 entries.
      const text = `a: [${Array.from({ length: 49_999 }, () => '1').join(',')}]\n`;
      const plain = readPlainYaml(text);
      assert.equal(plain?.entries, 50_000);
      assert.equal((plain?.value as { a: unknown[] }).a.length, 49_999);
    });
  });
});
