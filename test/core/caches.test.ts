import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { textCache } from '../../core/src/cache/text-cache';

const REPO = join(__dirname, '..', '..', '..');

describe('caches bounded by memory', () => {
  it('keeps the estimated bytes under the bound, dropping the least recently used first', () => {
    // Each entry: 2 bytes a key character + 100 for the value.
    const cache = textCache<{ n: number }>(1000, () => 100);
    for (let i = 0; i < 10; i++) cache.set(`key-${i}`.padEnd(50, '.'), { n: i }); // 200 bytes each
    assert.equal(cache.calculatedSize, 1000);
    assert.equal(cache.size, 5);
    assert.equal(cache.get('key-0'.padEnd(50, '.')), undefined);
    assert.deepEqual(cache.get('key-5'.padEnd(50, '.')), { n: 5 });
    // Reading key-5 made it recent: the next insertion drops key-6 instead.
    cache.set('key-10'.padEnd(50, '.'), { n: 10 });
    assert.deepEqual(cache.get('key-5'.padEnd(50, '.')), { n: 5 });
    assert.equal(cache.get('key-6'.padEnd(50, '.')), undefined);
  });

  it('does not keep a single entry larger than the whole bound', () => {
    const cache = textCache<{ n: number }>(1000, () => 5000);
    cache.set('huge', { n: 1 });
    assert.equal(cache.size, 0);
  });

  it('core, caches included, bundles for the browser without any Node built-in', async function () {
    this.timeout(60_000);
    const result = await build({ entryPoints: [join(REPO, 'core', 'src', 'index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((input) => input.includes('lru-cache')), 'lru-cache is in the bundle');
    assert.deepEqual(inputs.filter((input) => input.startsWith('node:')), []);
    const text = result.outputFiles[0]?.text ?? '';
    assert.doesNotMatch(text, /from ["']node:|require\(["']node:/);
  });
});
