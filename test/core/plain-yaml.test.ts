import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { readPlainYaml } from '../../core/src/parse/plain-yaml';
import { assertSameAsLibrary } from '../helpers/yaml-reference';

const ROOT = join(__dirname, '..', '..', '..');

/** Asserts the plain reader equals the library on `text` when it reads it; returns whether it did. */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text);
  if (!plain) return false;
  assertSameAsLibrary(text, plain);
  return true;
}

function files(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder, { recursive: true })
    .map((f) => join(folder, String(f)))
    .filter((f) => pattern.test(f) && statSync(f).isFile());
}

/** The contents of the fenced blocks and front matter of a chapter. */
function blocksOf(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```[a-z-]+\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  const front = /^---\n([\s\S]*?)^---/m.exec(markdown);
  return front ? [front[1] ?? '', ...blocks] : blocks;
}

describe('plain YAML reader (the fast path) against the yaml library', function () {
  this.timeout(120_000);

  it('reads every block and YAML file of the example plans and catalogs exactly as the library does', () => {
    const texts = [
      ...files(join(ROOT, 'examples'), /\.md$/).flatMap((f) => blocksOf(readFileSync(f, 'utf8'))),
      ...files(join(ROOT, 'examples'), /\.ya?ml$/).map((f) => readFileSync(f, 'utf8')),
      ...files(join(ROOT, 'catalogs'), /\.ya?ml$/).map((f) => readFileSync(f, 'utf8')),
    ];
    const read = texts.filter(agrees).length;
    assert.ok(texts.length > 100, `found ${texts.length} texts`);
    // Most real plan YAML is in the subset; if this falls, the fast path has stopped doing its job.
    assert.ok(read / texts.length > 0.8, `read ${read} of ${texts.length}`);
  });

  it('reads every block of the benchmark corpus exactly as the library does', async () => {
    const bench = (await import(pathToFileURL(join(ROOT, 'bench', 'generate.mjs')).href)) as {
      random(seed: number): unknown;
      variedChapter(r: unknown, orgs: string[], bytes: number): string;
      largeChapter(seed: number): string;
    };
    const chapters = [bench.largeChapter(3), bench.variedChapter(bench.random(7), ['org-a', 'org-b', 'org-c'], 200_000)];
    const texts = chapters.flatMap(blocksOf);
    const read = texts.filter(agrees).length;
    assert.ok(texts.length > 1000, `found ${texts.length} blocks`);
    assert.equal(read, texts.length, 'every benchmark block is in the subset');
  });

  it('agrees with the library on generated plan-like YAML, or leaves it to the library', () => {
    const key = fc.constantFrom('id', 'status', 'summary', 'lead', 'what', 'by', 'value', 'year', '2019/20', '2020', 'null', 'true', 'a b', 'x.y', '1.50', '-5', 'toString', '__proto__', 'k');
    const safe = fc.constantFrom('on-track', 'x', '5640', '-12', '1.50', '2.0', '~', 'true', '2018/19', '2022-04', 'C#', 'Care & support', '50%', '-x', 'http://x.org/a', '[a, b]', '[]', '{}', '{ 2019/20: 5, 2020/21: 6 }', '{ year: 2018/19, value: 5640 }', '"quoted"', "'single ''q'''", 'x # comment', '[ a , b ]', '[a, "b" , c]', '{ a: [1, 2] }', '[a, {b: 1}]');
    const tricky = fc.constantFrom(
      '+3', '.5', '5.', '1e3', '0x1F', '0o17', '.inf', '.nan', 'null', 'NULL', 'False', 'TRUE', 'a #b', 'a: b', 'a:b', "it's", 'say "hi"', '- x', '-', '?x', ':x', '&a', '*a', '!t x',
      '|', '>', '%x', '@x', '`x`', '{ a: 1 }', '[a, [b, c]]', '{a: 1}', '[a,b]', '[a, b,]', '[a, , b]', '{ a: 1, a: 2 }', '{ url: http://x }', '"with \\" escape"', "''", '""', '"a" ',
      "'a' # c", 'x#y', '[a] # c', '[a]#c', 'x   ', '[a: b]', '{ "a": 1 }', '{ a }', '', '[a,\n b]', 'two\n  lines',
    );
    const plain = fc.oneof({ arbitrary: safe, weight: 3 }, { arbitrary: tricky, weight: 1 });
    type Shape = { inline: string } | { folded: string[] } | { map: [string, Shape][] } | { seq: Shape[] };
    const foldedLine = fc.oneof({ arbitrary: fc.constantFrom('Some words, and more.', 'x: y # not a comment', '- not a list', '"quoted"', 'trailing  '), weight: 4 }, { arbitrary: fc.constantFrom('', '  more indented', '   ', '#hash'), weight: 1 });
    const folded = fc.array(foldedLine, { minLength: 1, maxLength: 5 }).map((lines): Shape => ({ folded: lines }));
    const { node } = fc.letrec<{ node: Shape; map: Shape; seq: Shape }>((tie) => ({
      map: fc
        .array(fc.tuple(key, fc.oneof({ arbitrary: plain.map((inline): Shape => ({ inline })), weight: 4 }, { arbitrary: folded, weight: 1 }, { arbitrary: tie('node'), weight: 1 })), { minLength: 1, maxLength: 4 })
        .map((map): Shape => ({ map })),
      seq: fc.array(fc.oneof(plain.map((inline): Shape => ({ inline })), tie('map')), { minLength: 1, maxLength: 3 }).map((seq): Shape => ({ seq })),
      node: fc.oneof({ depthSize: 'small' }, tie('map'), tie('seq')),
    }));
    /** Lines of a shape written at `indent`; `sameIndentSeq` writes a list under a key at the key's own indent. */
    const render = (shape: Shape, indent: number, sameIndentSeq: boolean): string[] => {
      const pad = ' '.repeat(indent);
      if ('inline' in shape) return [`${pad}${shape.inline}`];
      if ('folded' in shape) return shape.folded.map((line) => (line === '' ? '' : `${pad}${line}`));
      if ('map' in shape) {
        return shape.map.flatMap(([k, v]) => {
          if ('inline' in v) return [`${pad}${k}: ${v.inline}`];
          if ('folded' in v) return [`${pad}${k}: >-`, ...render(v, indent + 2, sameIndentSeq)];
          return [`${pad}${k}:`, ...render(v, 'seq' in v && sameIndentSeq ? indent : indent + 2, sameIndentSeq)];
        });
      }
      return shape.seq.flatMap((item) => {
        if ('inline' in item) return [`${pad}- ${item.inline}`];
        const lines = render(item, indent + 2, sameIndentSeq);
        return 'map' in item ? [`${pad}- ${(lines[0] ?? '').trimStart()}`, ...lines.slice(1)] : [`${pad}-`, ...lines];
      });
    };
    const junk = fc.constantFrom('', '# comment', '  # indented comment', '    # deeper comment', '  ', '---', '...', '%YAML 1.2', '\t- x', 'a:\r', '? k', 'a: &x 1', 'b: *x', 'c: |', '  text', 'k:', '-', '  more');
    const block = fc
      .tuple(node, fc.constantFrom(0, 0, 2), fc.boolean(), fc.array(fc.tuple(fc.nat(), junk), { maxLength: 2 }), fc.boolean())
      .map(([shape, indent, sameIndentSeq, insertions, newline]) => {
        const lines = render(shape, indent, sameIndentSeq);
        for (const [at, line] of insertions) lines.splice(at % (lines.length + 1), 0, line);
        return lines.join('\n') + (newline ? '\n' : '');
      });
    let read = 0;
    fc.assert(
      fc.property(block, (text) => {
        if (agrees(text)) read++;
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the fast path often enough for the comparison to mean something.
    assert.ok(read > 400, `read ${read} of 3000`);
  });

  it('leaves YAML outside the subset to the library', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: |\n  text\n', 'a: "esc\\n"\n', 'a: 1\na: 2\n', '- a\n  b\n', 'a:\n', '--- \na: 1\n', 'a: 0x1F\n', '\ta: 1\n', 'a: [1,\n 2]\n', '? a\n: b\n', '']) {
      assert.equal(readPlainYaml(text), undefined, JSON.stringify(text));
    }
  });
});
