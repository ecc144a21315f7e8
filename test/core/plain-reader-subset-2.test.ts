import * as assert from 'node:assert/strict';
import { readPlainYaml } from '../../core/src/parse/plain-yaml';

/**
 * What the plain YAML reader must leave to the yaml library (return
 * undefined for), construct by construct: anything outside its subset, and
 * texts inside it where the library would place comments or ends differently.
 * What it reads itself is in plain-reader-subset.test.ts.
 */

function table(cases: readonly (readonly [string, string])[]): void {
  for (const [name, text] of cases) {
    it(name, () => assert.equal(readPlainYaml(text), undefined, JSON.stringify(text)));
  }
}

describe('plain YAML reader: what it leaves to the library', () => {
  describe('characters and document markers', () => {
    table([
      ['an empty text', ''],
      ['a text of comments only', '# nothing yet\n'],
      ['a tab inside a value', 'a: b\tc\n'],
      ['a tab as indentation', 'a:\n\tb: 1\n'],
      ['a carriage return at a line end', 'a: 1\r\nb: 2\r\n'],
      ['a carriage return alone', 'a: 1\rb: 2\n'],
      ['a directive', '%YAML 1.2\n---\na: 1\n'],
      ['a document start marker', '---\na: 1\n'],
      ['a document end marker', 'a: 1\n...\n'],
      ['an explicit key', '? a\n: b\n'],
    ]);
  });

  describe('nodes outside the subset', () => {
    table([
      ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
      ['a tag', 'a: !text x\n'],
      ['a literal block scalar', 'a: |\n  text\n'],
      ['a folded scalar that keeps its final line break', 'a: >\n  text\n'],
      ['a folded scalar with the keep indicator', 'a: >+\n  text\n'],
      ['a folded scalar with an indentation indicator', 'a: >-2\n  text\n'],
      ['a folded scalar with a comment on its header', 'a: >- # note\n  text\n'],
      ['a plain value over two lines', 'a: one\n  two\n'],
      ['a plain list item over two lines', '- one\n  two\n'],
      ['a double-quoted value over two lines', 'a: "one\n  two"\n'],
      ['a single-quoted value over two lines', "a: 'one\n  two'\n"],
      ['a quoted value never closed', 'a: "one\nb: 2\n'],
      ['an escape in a double-quoted value', 'a: "line\\nbreak"\n'],
      ['doubled double quotes', 'a: "x""y"\n'],
      ['a single quote right after a closing double quote', 'a: "x"\'y"\n'],
      ['text after a closing quote', "a: 'x'y\n"],
      ['a comment right after a closing quote', 'a: "x"#c\n'],
      ['a value that is itself a mapping', 'a: b: c\n'],
      ['a value ending in a colon', 'a: b:\n'],
      ['a value starting with an indicator that holds a dash later', 'a: %x-y\nb: @x-y\n'],
      ['a value starting with a dash and a space', 'a: - b\n'],
      ['a list item that is itself a list', '- - a\n'],
      ['a list item with no value at the end of the text', '- a\n-'],
      ['a list item with no value before a shallower line', 'a:\n  -\nb: 1\n'],
    ]);
  });

  describe('keys', () => {
    table([
      ['an empty value before a key at the same indent', 'a:\nb: 1\n'],
      ['an empty value at the end', 'a:\n'],
      ['an empty value before a shallower key', 'x:\n  a:\nb: 1\n'],
      ['a duplicate key', 'a: 1\na: 2\n'],
      ['a duplicate key written as another number', '1: a\n1.0: b\n'],
      ['a duplicate key in a nested mapping', 'x:\n  a: 1\n  a: 2\n'],
      ['a key starting with a character outside the key set', '$a: 1\n'],
      ['a key holding a character outside the key set', 'a$b: 1\n'],
      ['a key ending with a character outside the key set', 'cost (£m): 5\n'],
      ['a key with a word of characters outside the key set', 'a £: 1\n'],
      ['a key with two spaces between its words', 'a  b: 1\n'],
      ['a quoted key', '"a": 1\n'],
      ['a merge key', '<<: 1\n'],
      ['a key with a colon inside', 'a:b: 1\n'],
      ['a key starting with a dash', '-5: y\n'],
    ]);
  });

  describe('numbers in forms other than decimal', () => {
    const forms = ['0o17', '0o777', '0x1F', '0xffAA', '1e3', '12e3', '1.5e3', '1.25e3', '1.e3', '.5e3', '.25e3', '-1e3', '+1e3', '-.5e3', '1e+3', '1E-3', '1e10', '.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan', '.NaN', '.NAN'];
    for (const form of forms) {
      it(`the number ${form}, as a value and in a flow list`, () => {
        assert.equal(readPlainYaml(`a: ${form}\n`), undefined);
        assert.equal(readPlainYaml(`a: [x, ${form}]\n`), undefined);
      });
    }
  });

  describe('flow collections', () => {
    table([
      ['a trailing comma in a list', 'a: [a, ]\n'],
      ['a trailing comma in a mapping', 'a: {x: 1, }\n'],
      ['an empty item between commas', 'a: [a, , b]\n'],
      ['an empty first item', 'a: [, b]\n'],
      ['an empty value in a flow mapping', 'a: {x: , y: 1}\n'],
      ['a flow key with no space after its colon', 'x: {a:1}\n'],
      ['a flow key with no value', 'x: {a, b}\n'],
      ['a flow key followed by a space before its colon', 'x: {a : 1}\n'],
      ['a flow key outside the key set', 'x: {$a: 1}\n'],
      ['a quoted flow key', 'x: {"a": 1}\n'],
      ['a duplicate flow key', 'x: {a: 1, a: 2}\n'],
      ['a pair inside a flow list', 'x: [a: b]\n'],
      ['a colon before a comma in a flow list', 'x: [a:, b]\n'],
      ['a colon before the end of a flow list', 'x: [a:]\n'],
      ['a colon before the end of a flow mapping', 'x: {k: a:}\n'],
      ['a bracket inside a flow item', 'x: [a[b]]\n'],
      ['a brace inside a flow item', 'x: [a{b}]\n'],
      ['a bracket inside a flow item before a comma', 'x: [a[b, c]\n'],
      ['a brace inside a flow item before a comma', 'x: [a{b, c]\n'],
      ['a flow list over two lines', 'x: [a,\n  b]\n'],
      ['a flow item over two lines', 'x: [a\n  b]\n'],
      ['a comment inside a flow list', 'x: [a #c]\n'],
      ['a comment right after a flow list', 'x: [a]#c\n'],
      ['text after a flow list', 'x: [a] b\n'],
      ['a flow list never closed', 'x: [a, b\n'],
      ['a flow mapping never closed at the end of the text', 'x: {a: 1'],
      ['a flow collection at the top', '[a, b]\n'],
    ]);
  });

  describe('comments the library attaches differently', () => {
    table([
      ['a comment deeper than the value before it', 'a: 1\n  # deeper\nb: 2\n'],
      ['a comment at a nested mapping\'s indent after its last entry', 'a:\n  b: 1\n  # c\nd: 2\n'],
      ['a comment at a nested mapping\'s indent at the end', 'a:\n  b: 1\n  # c\n'],
      ['a comment at a nested list\'s indent after its last item', 'a:\n  - x\n  # c\nd: 2\n'],
      ['a comment at the indent of a list written at its key\'s indent, before the next key', 'x:\n  a:\n  - y\n  # c\n  b: 1\n'],
      ['a comment at the indent of a list written at its key\'s indent, at the end', 'x:\n  a:\n  - y\n  # c\n'],
      ['a comment deeper than a list item before it', '- a\n  # deeper\n- b\n'],
    ]);
  });

  describe('folded scalars outside the subset', () => {
    table([
      ['a folded scalar with no text, at the end', 'note: >-\n'],
      ['a folded scalar with no text, before the next key', 'note: >-\nnext: 1\n'],
      ['a folded scalar whose text is at its key\'s indent', 'a:\n  note: >-\n  next: 1\n'],
      ['a folded scalar whose text is shallower than its key', 'a:\n  note: >-\n next: 1\n'],
      ['a folded scalar with a more-indented line', 'note: >-\n  one\n    more\n'],
      ['a folded scalar starting with a blank line', 'note: >-\n\n  one\n'],
      ['a folded scalar with a whitespace line deeper than its text', 'note: >-\n  one\n     \n  two\n'],
      ['a folded scalar as a list item', '- >-\n  one\n'],
    ]);
  });

  describe('nesting and size bounds', () => {
    it('leaves mappings nested thirty-three deep to the library', () => {
      const text = Array.from({ length: 33 }, (_, i) => `${' '.repeat(i)}k${i}:${i === 32 ? ' v' : ''}\n`).join('');
      assert.equal(readPlainYaml(text), undefined);
    });

    it('leaves flow lists nested thirty-two deep under a key to the library', () => {
      assert.equal(readPlainYaml(`a: ${'['.repeat(32)}x${']'.repeat(32)}\n`), undefined);
    });

    it('leaves a text of one entry more than the bound to the library', () => {
      const text = `a: [${Array.from({ length: 50_000 }, () => '1').join(',')}]\n`;
      assert.equal(readPlainYaml(text), undefined);
    });
  });
});
