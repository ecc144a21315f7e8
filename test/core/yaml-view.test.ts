import * as assert from 'node:assert/strict';
import { YamlView } from '../../core/src/model/yaml-view';
import { parseYaml } from '../../core/src/parse/yaml';
import type { Range } from '../../core/src/text/positions';

// The lenient view model builders read plan YAML through: a value of the wrong type reads as
// absent, never as an error, and every value knows where it was written. Ranges here are
// [line, character] pairs in the text below.

const TEXT = [
  'id: mh-liaison', //                        0
  'count: 12', //                             1
  'share: 75%', //                            2
  'words: [a, 3, b]', //                      3
  'trajectory: { 2019/20: 50%, 2020/21: lots, 2021/22: 70% }', // 4
  'baseline: { year: 2018/19, value: 21000 }', // 5
  'empty:', //                                6
  'list: []', //                              7
  '2019: year key', //                        8
  'infinite: .inf', //                        9
  'nested: { ? [complex] : x, plain: y }', // 10
].join('\n');

function viewOf(text: string): YamlView {
  const parsed = parseYaml(text);
  const node = parsed.doc?.contents;
  assert.ok(node, 'the text parses to a node');
  const lineStarts = [0, ...[...text].flatMap((char, index) => (char === '\n' ? [index + 1] : []))];
  const position = (offset: number) => {
    const line = lineStarts.filter((start) => start <= offset).length - 1;
    return { line, character: offset - (lineStarts[line] as number) };
  };
  return new YamlView(node, { rangeOf: (start, end): Range => ({ start: position(start), end: position(end) }) });
}

const at = (range: Range | undefined): [number, number, number, number] | undefined => (range ? [range.start.line, range.start.character, range.end.line, range.end.character] : undefined);

describe('model: the YAML view', () => {
  // Read in each test, never while the tests are defined (see limits.test.ts).
  const root = (): YamlView => viewOf(TEXT);

  it('reads text, numbers and plan figures where they are, and nothing of the wrong type', () => {
    assert.deepEqual(root().get('id')?.string(), { value: 'mh-liaison', range: { start: { line: 0, character: 4 }, end: { line: 0, character: 14 } } });
    assert.equal(root().get('id')?.number(), undefined);
    assert.deepEqual(root().get('count')?.number()?.value, 12);
    assert.equal(root().get('count')?.string(), undefined);
    assert.deepEqual(root().get('count')?.planValue()?.value, { kind: 'number', value: 12 });
    assert.deepEqual(root().get('share')?.planValue()?.value, { kind: 'percent', value: 75 });
    assert.equal(root().get('infinite')?.number(), undefined, 'an infinite number is no figure');
    assert.equal(root().get('empty')?.scalar(), null);
    assert.equal(root().get('trajectory')?.scalar(), undefined, 'a mapping has no scalar value');
  });

  it('finds a key written in digits by its text, and nothing under a key that is not there', () => {
    assert.equal(root().get('2019')?.string()?.value, 'year key');
    assert.equal(root().get('missing'), undefined);
    assert.equal(root().get('id')?.get('x'), undefined, 'a scalar has no keys');
  });

  it('gives the key range, the value range and the entry range of a value found under a key', () => {
    const count = root().get('count');
    assert.deepEqual(at(count?.keyRange), [1, 0, 1, 5]);
    assert.deepEqual(at(count?.range), [1, 7, 1, 9]);
    assert.deepEqual(at(count?.entryRange), [1, 0, 1, 9]);
  });

  it('a view with no key (the root, a list item) has its own range as key and entry range', () => {
    const item = root().get('words')?.items()[0];
    assert.ok(item);
    assert.deepEqual(at(item.keyRange), at(item.range));
    assert.deepEqual(at(item.entryRange), at(item.range));
    assert.deepEqual(at(item.range), [3, 8, 3, 9]);
  });

  it('lists the entries of a mapping with their keys located, skipping keys that are not scalars', () => {
    const entries = root().get('nested')?.entries() ?? [];
    assert.deepEqual(entries.map(([key, view]) => [key.value, at(key.range), view.string()?.value]), [['plain', [10, 27, 10, 32], 'y']]);
    assert.deepEqual(root().get('id')?.entries(), [], 'a scalar has no entries');
    assert.equal(root().entries().length, 11);
  });

  it('tells a list from a mapping or a scalar, even an empty one', () => {
    assert.equal(root().get('list')?.isList(), true);
    assert.equal(root().get('words')?.isList(), true);
    assert.equal(root().get('trajectory')?.isList(), false);
    assert.equal(root().get('id')?.isList(), false);
    assert.deepEqual(root().get('trajectory')?.items(), [], 'a mapping has no items');
  });

  it('reads the text items of a list, skipping the others', () => {
    assert.deepEqual(root().get('words')?.strings().map((item) => [item.value, at(item.range)]), [['a', [3, 8, 3, 9]], ['b', [3, 14, 3, 15]]]);
    assert.deepEqual(root().get('id')?.strings(), []);
  });

  it('reads values by year as a series, naming the years whose value is no figure', () => {
    const series = root().get('trajectory')?.series();
    assert.ok(series);
    assert.deepEqual(series.points.map((point) => [point.year.value, point.value.value]), [['2019/20', { kind: 'percent', value: 50 }], ['2021/22', { kind: 'percent', value: 70 }]]);
    assert.deepEqual(series.unreadable?.map((year) => [year.value, at(year.range)]), [['2020/21', [4, 28, 4, 35]]]);
    assert.deepEqual(at(series.keyRange), [4, 0, 4, 10]);
    assert.deepEqual(at(series.range), [4, 12, 4, 57]);
    assert.equal(root().get('list')?.series(), undefined, 'a list is not a series');
  });

  it('a series with every value a figure has no unreadable years', () => {
    const series = viewOf('{ 2019/20: 1, 2020/21: 2 }').series();
    assert.ok(series);
    assert.equal('unreadable' in series, false);
    assert.equal(series.points.length, 2);
  });

  it('reads a baseline as its year and value, the range covering key and value', () => {
    const baseline = root().get('baseline')?.yearValue();
    assert.deepEqual(baseline?.year?.value, '2018/19');
    assert.deepEqual(baseline?.value?.value, { kind: 'number', value: 21000 });
    assert.deepEqual(at(baseline?.range), [5, 0, 5, 41]);
    assert.equal(root().get('words')?.yearValue(), undefined, 'a list is not a baseline');
    assert.deepEqual(viewOf('{ year: 2019, value: lots }').yearValue(), { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 27 } }, year: undefined, value: undefined });
  });
});
