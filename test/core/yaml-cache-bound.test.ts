import * as assert from 'node:assert/strict';
import { ONE_PASS_YAML_CACHE_BYTES, setYamlCacheBytes } from '../../core/src/index';
import { parseYaml } from '../../core/src/parse/yaml';

/** A text of `n` characters that no other test parses. */
const text = (tag: string, n: number) => `id: bound-${tag}\nnotes: ${'y'.repeat(n)}\n`;
/** What an entry is estimated to hold: two bytes a key character and forty a parsed one. */
const entryBytes = (t: string) => t.length * 42;

describe('the parse cache bound', () => {
  let editorBound: number;
  before(() => {
    editorBound = setYamlCacheBytes(ONE_PASS_YAML_CACHE_BYTES);
    setYamlCacheBytes(editorBound);
  });
  afterEach(() => setYamlCacheBytes(editorBound));

  it('gives back the bound it replaces; the one-pass bound is smaller than the editor one', () => {
    assert.equal(setYamlCacheBytes(12_345), editorBound);
    assert.equal(setYamlCacheBytes(editorBound), 12_345);
    assert.ok(ONE_PASS_YAML_CACHE_BYTES < editorBound);
  });

  it('refuses a bound that is not a whole number of bytes from 1, and keeps the one it has', () => {
    const kept = text('kept', 20);
    const parsed = parseYaml(kept);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => setYamlCacheBytes(bad), (error: unknown) => error instanceof RangeError && error.message === `the YAML parse cache's bound is a whole number of bytes from 1, not ${String(bad)}`);
    }
    assert.equal(setYamlCacheBytes(editorBound), editorBound, 'the bound is unchanged');
    assert.equal(parseYaml(kept), parsed, 'and so is what it holds');
  });

  it('a smaller bound keeps the most recent parses that fit and drops the older ones', () => {
    const older = text('older', 100);
    const newer = text('newer', 100);
    const a = parseYaml(older);
    const b = parseYaml(newer);
    setYamlCacheBytes(entryBytes(newer) + 10);
    assert.equal(parseYaml(newer), b, 'the most recent is kept');
    assert.notEqual(parseYaml(older), a, 'the older one no longer fits and is parsed again');
  });

  it('a larger bound keeps everything, and a parse larger than the bound is never kept', () => {
    const small = text('small', 50);
    const large = text('large', 500);
    const s = parseYaml(small);
    setYamlCacheBytes(entryBytes(small) * 3);
    assert.equal(parseYaml(small), s);
    const l = parseYaml(large);
    assert.notEqual(parseYaml(large), l, 'too large for the bound');
    setYamlCacheBytes(editorBound);
    assert.equal(parseYaml(small), s, 'kept across the change back');
    assert.deepEqual(parseYaml(large).value, l.value);
  });
});
