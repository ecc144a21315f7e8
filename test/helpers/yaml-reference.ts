import * as assert from 'node:assert/strict';
import { Composer, Parser } from 'yaml';
import { isMapNode as isMap, isScalarNode as isScalar, isSeqNode as isSeq } from '../../core/src/parse/yaml-nodes';
import { YAML_OPTIONS, type PlainYaml } from '../../core/src/parse/plain-yaml';
import { measureTokens } from '../../core/src/parse/yaml-bounds';

/** What the yaml library gives for a text: the reference the plain reader must equal. */
export function libraryReading(text: string): { doc: ReturnType<Composer['compose']> extends Generator<infer D> ? D : never; entries: number } {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer(YAML_OPTIONS).compose(tokens, true, text.length)];
  assert.equal(docs.length, 1, 'one document');
  return { doc: docs[0] as (typeof docs)[number], entries: measureTokens(tokens).entries };
}

/** Everything about a node the engine reads (kind, value, source, quoting, ranges, number format), as plain data. */
function described(node: unknown): unknown {
  if (isScalar(node)) {
    // A library scalar's number format and tag; the plain reader's scalars have neither (read only where both are unset).
    const { format, tag } = node as { format?: unknown; tag?: unknown };
    return { scalar: node.value, source: node.source, type: node.type, range: node.range, minFractionDigits: node.minFractionDigits, format, tag };
  }
  if (isMap(node) || isSeq(node)) {
    return {
      kind: isMap(node) ? 'map' : 'seq',
      flow: node.flow === true,
      range: node.range,
      items: isMap(node) ? node.items.map((pair) => ({ key: described(pair.key), value: described(pair.value) })) : node.items.map(described),
    };
  }
  return { other: String(node) };
}

/** Asserts that the plain reader's reading of `text` equals the library's: nodes, ranges, value, entries, document range. */
export function assertSameAsLibrary(text: string, plain: PlainYaml): void {
  const expected = libraryReading(text);
  assert.deepEqual(expected.doc.errors.map((e) => e.message), [], `the library finds no problem in:\n${text}`);
  assert.deepEqual(described(plain.root), described(expected.doc.contents), `nodes of:\n${text}`);
  const value: unknown = expected.doc.toJS();
  assert.deepEqual(plain.value, value, `value of:\n${text}`);
  assert.equal(plain.entries, expected.entries, `entries of:\n${text}`);
  assert.deepEqual(plain.range, expected.doc.range, `document range of:\n${text}`);
}
