import * as assert from 'node:assert/strict';
import { clearMemos, registered } from '../../core/src/cache/registry';
import { textCache } from '../../core/src/cache/text-cache';
import { parseYaml } from '../../core/src/parse/yaml';

/** The engine's memos can all be emptied at once (mutation runs do it before each test). */
describe('memos', () => {
  it('clearMemos empties every text cache and every registered memo', () => {
    const cache = textCache<{ n: number }>(1024, () => 8);
    const map = registered(new Map([['a', 1]]));
    cache.set('key', { n: 1 });
    clearMemos();
    assert.equal(cache.get('key'), undefined);
    assert.equal(map.size, 0);
  });

  it('a parse is remembered by its text until the memos are emptied', () => {
    const text = 'id: memo-test\nstatus: on-track\n';
    const first = parseYaml(text);
    assert.equal(parseYaml(text), first, 'the same text gives the remembered parse');
    clearMemos();
    const again = parseYaml(text);
    assert.notEqual(again, first, 'parsed afresh');
    assert.deepEqual(again.value, first.value);
  });
});
