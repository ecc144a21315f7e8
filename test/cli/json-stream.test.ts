import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LazyArray, prettyJson, prettyJsonText } from '../../cli/src/format/json-stream';

/**
 * The value with every array at an odd depth made lazy (produced item by item), as the reports do with their
 * findings; the items of a lazy array stay plain, as LazyArray asks.
 */
function withLazyArrays(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (depth % 2 === 1) return new LazyArray(value);
    return value.map((item) => withLazyArrays(item, depth + 1));
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLazyArrays(v, depth + 1)]));
  return value;
}

describe('streamed JSON (large JSON and SARIF reports)', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, with a final line break', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        assert.equal(prettyJsonText(withLazyArrays(value)), `${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a lazy array at the top, empty or not, and leaves out undefined properties as JSON.stringify does', () => {
    const cases: [unknown, unknown][] = [
      [new LazyArray([]), []],
      [new LazyArray([1, 'two', { three: [3] }]), [1, 'two', { three: [3] }]],
      [{ a: undefined, b: new LazyArray([{ c: undefined, d: 'line\nbreak' }]), e: 1 }, { b: [{ d: 'line\nbreak' }], e: 1 }],
      [{ outer: { inner: new LazyArray([[], {}]) } }, { outer: { inner: [[], {}] } }],
    ];
    for (const [lazy, plain] of cases) assert.equal(prettyJsonText(lazy), `${JSON.stringify(plain, null, 2)}\n`);
  });

  it('makes the items of a lazy array only as it writes them, in chunks of about 64 K characters (past it by one batch of about 8 K at most)', () => {
    let made = 0;
    function* findings() {
      for (let i = 0; i < 20_000; i++) {
        made++;
        yield { file: `chapter-${i % 40}.md`, line: i + 1, message: `finding ${i}` };
      }
    }
    const chunks = prettyJson({ findings: new LazyArray(findings()), summary: { count: 20_000 } });
    const first = chunks.next();
    assert.ok(!first.done && first.value.length >= 64 * 1024 && first.value.length < 64 * 1024 + 16 * 1024, `first chunk: ${first.done ? 'none' : first.value.length} characters`);
    assert.ok(made < 2_000, `${made} findings made for the first chunk`);
    const rest = [...chunks];
    assert.equal(made, 20_000);
    const parsed = JSON.parse([first.value, ...rest].join('')) as { findings: unknown[]; summary: { count: number } };
    assert.equal(parsed.findings.length, 20_000);
    assert.deepEqual(parsed.findings[19_999], { file: 'chapter-39.md', line: 20_000, message: 'finding 19999' });
    assert.equal(parsed.summary.count, 20_000);
  });
});
